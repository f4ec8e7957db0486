/**
 * Retraining with desk labels, as one stepwise computation: read the corpus, drop desk labels that
 * repeat a held-out (dev or holdout) sentence, fit on train + desk labels (band and threshold chosen
 * on dev, as for the shipped model), then score the dev split (protocol v5: there is no test split
 * in the corpus; the holdout-4 folder is scored once, by `cli model eval --holdout-dir`, never here). Every step is small (one
 * file, one sentence, one mini-batch, one article), so the app can run it in slices of a few
 * milliseconds with the server free between them; `runSteps` runs it to the end at once.
 *
 * Reproducible: the corpus is read in file-name order and the desk labels come sorted
 * (desk-labels.ts), so the same labels and seed give the same model file, byte for byte.
 */
import { corpusFiles, loadHoldout, readCorpusArticle, type CorpusArticle, type CorpusFile } from "./corpus";
import { corpusSentences, deskSentences, type DeskLabel, type LabelledSentence } from "./dataset";
import { countLabels, sentenceKey, withoutHeldOut, type LabelCounts } from "./desk-labels";
import { evaluateArticlesSteps, type SplitFigures } from "./evaluate";
import { fitModelSteps, isEncoded } from "./fit";
import { CheckworthinessModel, type ModelFile } from "./model";

export type DeskLabelFigures = LabelCounts & { total: number; used: number; heldOut: number };

/**
 * What the Model page shows of a model: its threshold, dev figures, its desk labels, and for the
 * shipped model its holdout figures once recorded. `test` is kept for models retrained under
 * protocol v1 (their figures are stored in the database).
 */
export type ModelFigures = { threshold: number; dev: SplitFigures; holdout?: SplitFigures; test?: SplitFigures; deskLabels: DeskLabelFigures };

export type RetrainProgress = { fraction: number; phase: string };
export type RetrainResult = { file: ModelFile; figures: ModelFigures; model: CheckworthinessModel };
export type RetrainOptions = { seed: number; version: string; epochs?: number };

type Corpus = { train: LabelledSentence[]; dev: LabelledSentence[]; devArticles: CorpusArticle[]; heldOut: Set<string> };

/** Read once per process: the corpus does not change while it runs (and its encodings are kept with it). */
let corpus: Corpus | null = null;

/** Rough cost of each kind of step, in tenths of a millisecond on the development machine, for the progress bar. */
const COST = { file: 100, encode: 40, encoded: 0.5, batch: 6.5, choose: 400, article: 250 };

function plan(files: number, sentences: LabelledSentence[], batches: number, articles: number): number {
  const encode = sentences.reduce((sum, s) => sum + (isEncoded(s) ? COST.encoded : COST.encode), 0);
  return files * COST.file + encode + batches * COST.batch + COST.choose + articles * COST.article;
}

function* readCorpus(files: CorpusFile[], tick: (cost: number, phase: string) => RetrainProgress): Generator<RetrainProgress, Corpus> {
  const articles: CorpusArticle[] = [];
  for (const f of files) {
    articles.push(readCorpusArticle(f));
    yield tick(COST.file, `Reading the corpus: article ${articles.length} of ${files.length}`);
  }
  const of = (split: CorpusArticle["split"]) => articles.filter((a) => a.split === split);
  const heldOut = heldOutOf([...of("dev"), ...loadHoldout()]);
  return { train: corpusSentences(of("train")), dev: corpusSentences(of("dev")), devArticles: of("dev"), heldOut };
}

/** The desk labels a retrain would use now, and how many it would hold out. */
export function deskLabelFigures(labels: readonly DeskLabel[], heldOut: ReadonlySet<string> = heldOutSentences()): DeskLabelFigures {
  const split = withoutHeldOut(labels, heldOut);
  return { ...countLabels(labels), total: labels.length, used: split.kept.length, heldOut: split.heldOut };
}

let heldOutOnly: Set<string> | null = null;

function heldOutOf(articles: readonly CorpusArticle[]): Set<string> {
  const keys = new Set<string>();
  for (const a of articles) for (const seg of a.segments) keys.add(sentenceKey(a.language, seg.text));
  return keys;
}

/** The dev and holdout sentences (read once per process: a few dozen small files). */
export function heldOutSentences(): ReadonlySet<string> {
  return corpus?.heldOut ?? (heldOutOnly ??= heldOutOf([...corpusFiles(["dev"]).map((f) => readCorpusArticle(f)), ...loadHoldout()]));
}

export function* retrainSteps(desk: readonly DeskLabel[], opts: RetrainOptions): Generator<RetrainProgress, RetrainResult> {
  const files = corpus ? [] : corpusFiles(["train", "dev"]);
  // The plan is refined once the corpus is read (sentence and batch counts are known then).
  let total = files.length * COST.file + 1;
  let done = 0;
  const progress: RetrainProgress = { fraction: 0, phase: "Starting" };
  const tick = (cost: number, phase: string): RetrainProgress => {
    done += cost;
    progress.fraction = Math.min(0.99, done / total);
    progress.phase = phase;
    return progress;
  };
  if (!corpus) {
    total = plan(files.length, [], 0, 0) + 1e6; // unknown yet: keep the bar low while reading
    corpus = yield* readCorpus(files, tick);
  }
  const c = corpus;
  const { kept, heldOut } = withoutHeldOut(desk, c.heldOut);
  const train = [...c.train, ...deskSentences(kept)];
  const epochs = opts.epochs ?? 40;
  const batches = 2 * epochs * Math.ceil(train.length / 16);
  const articles = c.devArticles.length;
  const sentences = [...train, ...c.dev];
  const cold = sentences.map((x) => !isEncoded(x)); // read before fitting encodes them
  total = done + plan(0, sentences, batches, articles);

  const fitting = fitModelSteps(train, c.dev, { seed: opts.seed, ...(opts.epochs ? { epochs: opts.epochs } : {}) });
  let fitted: ModelFile;
  for (;;) {
    const next = fitting.next();
    if (next.done) {
      fitted = next.value;
      break;
    }
    const s = next.value;
    if (s.phase === "encode") yield tick(cold[s.done - 1] ? COST.encode : COST.encoded, `Reading the sentences: ${s.done} of ${s.total}`);
    else if (s.phase === "choose") yield tick(COST.choose, "Choosing the threshold on the dev split");
    else yield tick(COST.batch, `Training the ${s.phase} stage: epoch ${s.epoch} of ${s.epochs}`);
  }
  const file: ModelFile = { ...fitted, version: opts.version, training: { ...fitted.training, deskLabels: kept.length, deskLabelsHeldOut: heldOut } };
  const model = new CheckworthinessModel(file);
  const dev = yield* evaluate(c.devArticles, model, tick);
  progress.fraction = 1;
  progress.phase = "Ready";
  return { file, model, figures: { threshold: file.threshold, dev, deskLabels: deskLabelFigures(desk, c.heldOut) } };
}

function* evaluate(
  articles: CorpusArticle[],
  model: CheckworthinessModel,
  tick: (cost: number, phase: string) => RetrainProgress,
): Generator<RetrainProgress, SplitFigures> {
  const steps = evaluateArticlesSteps(articles, model);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield tick(COST.article, `Scoring the dev split: article ${next.value} of ${articles.length}`);
  }
}
