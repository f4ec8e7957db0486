/**
 * Cross-validation by article, for choosing settings (protocol v5, docs/checkworthiness.md). Every
 * article of the corpus (train and dev) falls in one of k folds by a seeded hash of its id. For
 * fold i the model is fitted as the shipped one is, with fold i removed: trained on the remaining
 * train-split articles, threshold and band chosen on the remaining dev-split articles; then the
 * whole pipeline is scored on fold i. Figures are reported per fold and as mean ± sd over folds.
 * Articles written for training (`tr-…`, `tr2-…`) and the spent holdouts (`hd-…`, `h2-…`, `h3-…`) are in
 * every fold's training data and never scored, so the folds, and the figures, stay comparable as
 * training articles are added. `newAuthorCheck` is the other estimate: each spent holdout's author in
 * turn is left out of the fit and scored.
 */
import { createHash } from "node:crypto";
import { isTrainingOnlyArticle } from "../evaluation/split";
import type { Language } from "../vocabulary";
import type { CorpusArticle } from "./corpus";
import { corpusSentences } from "./dataset";
import { evaluateArticles, type LanguageFigures, type SplitFigures } from "./evaluate";
import { fitModel, type FitOptions } from "./fit";
import { CheckworthinessModel } from "./model";

export const CV_FOLDS = 5;

const isTrainingOnly = isTrainingOnlyArticle;
/**
 * The spent holdouts, each written by another author session: id prefix → name. Leaving one out
 * refits on everything else (the other spent holdouts included).
 */
export const SPENT_AUTHORS = { "hd-": "holdout 1", "h2-": "holdout 2", "h3-": "holdout 3" } as const;
export type SpentAuthor = keyof typeof SPENT_AUTHORS;

export function foldOf(articleId: string, folds: number = CV_FOLDS): number {
  return createHash("sha256").update(`claimdesk-checkworthiness-cv:${articleId}`).digest().readUInt32BE(0) % folds;
}

export type MeanSd = { mean: number; sd: number };
export type CvSummary = Record<Language, Record<"precisionAtRecall95" | "f1" | "prAuc" | "precision" | "recall", MeanSd>>;
export type CvResult = { folds: SplitFigures[]; summary: CvSummary };

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function meanSd(xs: readonly number[]): MeanSd {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return { mean: round4(mean), sd: round4(sd) };
}

export function crossValidate(articles: readonly CorpusArticle[], opts: FitOptions, folds: number = CV_FOLDS): CvResult {
  const out: SplitFigures[] = [];
  for (let i = 0; i < folds; i++) {
    const held = articles.filter((a) => !isTrainingOnly(a.id) && foldOf(a.id, folds) === i);
    const rest = articles.filter((a) => isTrainingOnly(a.id) || foldOf(a.id, folds) !== i);
    const file = fitModel(corpusSentences(rest.filter((a) => a.split === "train")), corpusSentences(rest.filter((a) => a.split === "dev")), opts);
    out.push(evaluateArticles(held, new CheckworthinessModel(file)));
  }
  const keys = ["precisionAtRecall95", "f1", "prAuc", "precision", "recall"] as const;
  const summary = {} as CvSummary;
  for (const lang of ["en", "es"] as const) {
    const pick = (k: keyof LanguageFigures) => out.map((f) => f[lang][k]);
    summary[lang] = Object.fromEntries(keys.map((k) => [k, meanSd(pick(k))])) as CvSummary[Language];
  }
  return { folds: out, summary };
}

/**
 * "New author": for each spent holdout, the model fitted as the shipped one is but without that
 * holdout's articles, scored on them. Before the articles trained this was the holdout itself
 * (without `h3-` it is `cw-lr-4`'s data, so cw-lr-4's settings give its holdout-3 figures exactly);
 * it stays an estimate of how a settings change fares on an unseen author.
 */
export function newAuthorCheck(articles: readonly CorpusArticle[], opts: FitOptions): Record<SpentAuthor, SplitFigures> {
  const out = {} as Record<SpentAuthor, SplitFigures>;
  for (const prefix of Object.keys(SPENT_AUTHORS) as SpentAuthor[]) {
    const rest = articles.filter((a) => !a.id.startsWith(prefix));
    const file = fitModel(corpusSentences(rest.filter((a) => a.split === "train")), corpusSentences(rest.filter((a) => a.split === "dev")), opts);
    out[prefix] = evaluateArticles(articles.filter((a) => a.id.startsWith(prefix)), new CheckworthinessModel(file));
  }
  return out;
}

/** `P@R≥0.95 0.871 ± 0.034 …`, one line per language. */
export function formatCv(cv: CvResult): string {
  const f = (m: MeanSd) => `${m.mean.toFixed(3)} ± ${m.sd.toFixed(3)}`;
  return (["en", "es"] as const)
    .map((l) => {
      const s = cv.summary[l];
      return `${l}  P@R≥0.95 ${f(s.precisionAtRecall95)}  F1 ${f(s.f1)}  PR-AUC ${f(s.prAuc)}  P ${f(s.precision)}  R ${f(s.recall)}`;
    })
    .join("\n") + "\n";
}
