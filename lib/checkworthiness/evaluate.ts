/**
 * Evaluation runner: the whole pipeline (splitter + model) on annotated articles, per language.
 *
 * - boundaries: share of gold segments, datelines and timestamps excepted, that some produced claim
 *   matches exactly (same start and end);
 * - classification: every gold segment gets the score of the produced claim that overlaps it most
 *   (0 when nothing covers it), so a dateline glued to a claim counts against the claim; then
 *   precision, recall and F1 at the model's threshold, PR-AUC (average precision) and the best
 *   precision at recall >= 0.95.
 */
import type { Language } from "../vocabulary";
import { claimsWithModel } from "../splitter";
import type { CorpusArticle } from "./corpus";
import { NON_SENTENCE_KINDS } from "./corpus-format";
import { atThreshold, averagePrecision, precisionAtRecall, type Scored } from "./metrics";
import type { CheckworthinessModel } from "./model";
import { runSteps } from "./train";

export type LanguageFigures = {
  articles: number;
  segments: number;
  positives: number;
  boundaryExact: number;
  precision: number;
  recall: number;
  f1: number;
  prAuc: number;
  precisionAtRecall95: number;
  /** Share of produced claims scored by the full (tagger) stage. */
  fullStageShare: number;
};

export type SplitFigures = Record<Language, LanguageFigures>;

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

type Tally = { articles: number; items: Scored[]; sentences: number; exact: number; claims: number; full: number };

function tallyArticle(t: Tally, a: CorpusArticle, model: CheckworthinessModel): void {
  const claims = claimsWithModel(a.body, a.language, model);
  t.articles++;
  t.claims += claims.length;
  t.full += claims.filter((c) => c.stage === "full").length;
  const exact = new Set(claims.map((c) => `${c.start}:${c.end}`));
  let k = 0; // claims and segments are both in order: a moving window keeps this linear
  for (const seg of a.segments) {
    if (!NON_SENTENCE_KINDS.has(seg.kind)) {
      t.sentences++;
      if (exact.has(`${seg.start}:${seg.end}`)) t.exact++;
    }
    while (k < claims.length && claims[k].end <= seg.start) k++;
    let best = 0;
    let score = 0;
    for (let j = k; j < claims.length && claims[j].start < seg.end; j++) {
      const overlap = Math.min(seg.end, claims[j].end) - Math.max(seg.start, claims[j].start);
      if (overlap > best) (best = overlap), (score = claims[j].score);
    }
    t.items.push({ score, label: seg.label });
  }
}

export function evaluateArticles(articles: readonly CorpusArticle[], model: CheckworthinessModel): SplitFigures {
  return runSteps(evaluateArticlesSteps(articles, model));
}

/** The same, one article per step (the app evaluates a retrained model in slices). */
export function* evaluateArticlesSteps(articles: readonly CorpusArticle[], model: CheckworthinessModel): Generator<number, SplitFigures> {
  const out = {} as SplitFigures;
  let done = 0;
  for (const language of ["en", "es"] as const) {
    const t: Tally = { articles: 0, items: [], sentences: 0, exact: 0, claims: 0, full: 0 };
    for (const a of articles) {
      if (a.language !== language) continue;
      tallyArticle(t, a, model);
      yield ++done;
    }
    const at = atThreshold(t.items, model.threshold);
    out[language] = {
      articles: t.articles,
      segments: t.items.length,
      positives: at.positives,
      boundaryExact: round4(t.sentences === 0 ? 1 : t.exact / t.sentences),
      precision: round4(at.precision),
      recall: round4(at.recall),
      f1: round4(at.f1),
      prAuc: round4(averagePrecision(t.items)),
      precisionAtRecall95: round4(precisionAtRecall(t.items, 0.95).precision),
      fullStageShare: round4(t.claims === 0 ? 0 : t.full / t.claims),
    };
  }
  return out;
}

const COLUMNS: Array<[keyof LanguageFigures, string]> = [
  ["articles", "articles"],
  ["segments", "segments"],
  ["positives", "check-worthy"],
  ["boundaryExact", "boundaries"],
  ["precision", "precision"],
  ["recall", "recall"],
  ["f1", "F1"],
  ["prAuc", "PR-AUC"],
  ["precisionAtRecall95", "P@R≥0.95"],
  ["fullStageShare", "tagged"],
];

/** A plain-text table of one split's figures. */
export function formatFigures(title: string, figures: SplitFigures): string {
  const head = ["lang", ...COLUMNS.map(([, h]) => h)];
  const rows = (["en", "es"] as const).map((l) => [l, ...COLUMNS.map(([k]) => String(figures[l][k]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [title, fmt(head), ...rows.map(fmt)].join("\n") + "\n";
}
