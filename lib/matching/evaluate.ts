/**
 * Evaluation of compareClaims on the labelled pairs of corpus/matching/pairs (see its README).
 * Node only (reads the corpus with fs): not exported from lib/matching/index.ts.
 *
 * Positives are "same" pairs; a prediction is positive when the tier is "same" (auto-match).
 * Reported per language group (en, es, cross-lingual = en-es + es-en, all): precision, recall and
 * F1 of "same claim"; for the suggest tier, the share of same + related pairs that are shown
 * (tier ≠ "different") and the share of "different" pairs shown; and, per kind of pair, how many
 * were auto-matched.
 *
 * Protocol "dev v11" (docs/matching.md): every choice is made on all of corpus/matching/pairs,
 * corpus/matching/holdout, holdout-d, holdout-e, holdout-f, holdout-g, holdout-h, holdout-i, holdout-j and holdout-k
 * (DEV_V11_DIRS; the nine holdouts were each scored once and are spent, so they are dev data now), validated
 * leave-one-author-out over ten authors. A new held-out directory (e.g. corpus/matching/holdout-l, written by
 * someone else) is scored once with `record.ts --holdout-dir DIR --block NAME`: aggregate figures
 * per group only (test/matching/recorded-figures.json). The old dev/test split by family
 * (lib/evaluation/split.ts) is kept for history.
 */

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { matchingSplit } from "../evaluation/split";
import { compareClaims, type Comparison } from "./compare";
import type { Language } from "./normalize";

export type PairLanguage = "en" | "es" | "en-es" | "es-en";
export type LabelledPair = {
  id: string; family: string; lang: PairLanguage; a: string; b: string;
  label: "same" | "related" | "different"; kind: string; decisive?: string;
};

export const PAIRS_DIR = path.join(process.cwd(), "corpus", "matching", "pairs");
/** The dev v2 holdout: scored once under dev v2, spent since — dev data from dev v3 on. */
export const HOLDOUT_DIR = path.join(process.cwd(), "corpus", "matching", "holdout");
/** Holdout d (a third author): scored once under dev v3, spent since — dev data in dev v4. */
export const HOLDOUT_D_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-d");
/** Holdout e (a fourth author, "pe"): scored once under dev v4, spent since — dev data in dev v5. */
export const HOLDOUT_E_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-e");
/** Dev v4 (history): the three authors' 1,975 pairs. */
export const DEV_V4_DIRS: readonly string[] = [PAIRS_DIR, HOLDOUT_DIR, HOLDOUT_D_DIR];
/** Dev v5: every rule, lexicon entry, threshold and model weight is chosen on these (2,450 pairs, four authors). */
export const DEV_V5_DIRS: readonly string[] = [...DEV_V4_DIRS, HOLDOUT_E_DIR];
/** Holdout f (a fifth author, "pf"): scored once under dev v5, spent since — dev data in dev v6. */
export const HOLDOUT_F_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-f");
/** Dev v6: every rule, lexicon entry, threshold and model weight is chosen on these (2,978 pairs, five authors). */
export const DEV_V6_DIRS: readonly string[] = [...DEV_V5_DIRS, HOLDOUT_F_DIR];
/** Holdout g (a sixth author, "pg"): scored once under dev v6, spent since — dev data in dev v7. */
export const HOLDOUT_G_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-g");
/** Dev v7: every rule, lexicon entry, threshold and model weight is chosen on these (3,486 pairs, six authors). */
export const DEV_V7_DIRS: readonly string[] = [...DEV_V6_DIRS, HOLDOUT_G_DIR];
/** Holdout h (a seventh author, "ph"): scored once under dev v7, spent since — dev data in dev v8. */
export const HOLDOUT_H_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-h");
/** Dev v8: every rule, lexicon entry, threshold and model weight is chosen on these (3,986 pairs, seven authors). */
export const DEV_V8_DIRS: readonly string[] = [...DEV_V7_DIRS, HOLDOUT_H_DIR];
/** Holdout i (an eighth author, "pi"): scored once under dev v8, spent since — dev data in dev v9. */
export const HOLDOUT_I_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-i");
/** Dev v9: every rule, lexicon entry, threshold and model weight is chosen on these (4,486 pairs, eight authors). */
export const DEV_V9_DIRS: readonly string[] = [...DEV_V8_DIRS, HOLDOUT_I_DIR];
/** Holdout j (a ninth author, "pj"): scored once under dev v9, spent since — dev data in dev v10. */
export const HOLDOUT_J_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-j");
/** Dev v10: every rule, lexicon entry, threshold and model weight is chosen on these (4,986 pairs, nine authors). */
export const DEV_V10_DIRS: readonly string[] = [...DEV_V9_DIRS, HOLDOUT_J_DIR];
/** Holdout k (a tenth author, "pk"): scored once under dev v10, spent since — dev data in dev v11. */
export const HOLDOUT_K_DIR = path.join(process.cwd(), "corpus", "matching", "holdout-k");
/** Dev v11: every rule, lexicon entry, threshold and model weight is chosen on these (5,546 pairs, ten authors). */
export const DEV_V11_DIRS: readonly string[] = [...DEV_V10_DIRS, HOLDOUT_K_DIR];

/**
 * The author of a pair, from its id: corpus/matching/pairs (pa-, pb-: one author), the old
 * holdout (pc-), holdout d (pd-), holdout e (pe-), holdout f (pf-), holdout g (pg-), holdout h (ph-), holdout i (pi-), holdout j (pj-) and holdout k (pk-) were written by ten different authors. Leave-one-author-out
 * validation (tune.ts) holds each out in turn.
 */
export function authorOf(p: { id: string }): string {
  const prefix = p.id.slice(0, 2);
  return prefix === "pb" ? "pa" : prefix;
}

/** The labelled pairs of one directory, or of several (concatenated, each sorted by file name). */
export function loadPairs(dir: string | readonly string[] = PAIRS_DIR): LabelledPair[] {
  if (typeof dir !== "string") return dir.flatMap((d) => loadPairs(d));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledPair));
}

export function pairsOfSplit(split: "dev" | "test", dir?: string): LabelledPair[] {
  return loadPairs(dir).filter((p) => matchingSplit(p.family) === split);
}

export function languagesOf(p: LabelledPair): { languageA: Language; languageB: Language } {
  const [x, y] = p.lang.split("-") as [Language, Language | undefined];
  return { languageA: x, languageB: y ?? x };
}

export type GroupFigures = {
  pairs: number; tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  /** suggest tier: share of same+related pairs shown, share of different pairs shown */
  suggestRecall: number; differentShown: number;
};

export type Figures = {
  groups: Record<"en" | "es" | "cross" | "all", GroupFigures>;
  /** per label:kind: pairs, auto-matched ("same"), suggested ("related") */
  kinds: Record<string, { pairs: number; same: number; related: number }>;
};

const r4 = (x: number) => Math.round(x * 10000) / 10000;

function group(results: { pair: LabelledPair; c: Comparison }[]): GroupFigures {
  let tp = 0, fp = 0, fn = 0, shownRel = 0, rel = 0, shownDiff = 0, diff = 0;
  for (const { pair, c } of results) {
    const predicted = c.tier === "same";
    const actual = pair.label === "same";
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    if (pair.label === "different") {
      diff++;
      if (c.tier !== "different") shownDiff++;
    } else {
      rel++;
      if (c.tier !== "different") shownRel++;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    pairs: results.length, tp, fp, fn, precision: r4(precision), recall: r4(recall), f1: r4(f1),
    suggestRecall: r4(rel ? shownRel / rel : 1), differentShown: r4(diff ? shownDiff / diff : 0),
  };
}

export function comparePairs(pairs: readonly LabelledPair[], compare: (p: LabelledPair) => Comparison = (p) => compareClaims(p.a, p.b, languagesOf(p))) {
  return pairs.map((pair) => ({ pair, c: compare(pair) }));
}

export function figuresOf(results: { pair: LabelledPair; c: Comparison }[]): Figures {
  const by = (test: (p: LabelledPair) => boolean) => group(results.filter((r) => test(r.pair)));
  const kinds: Figures["kinds"] = {};
  for (const { pair, c } of results) {
    const k = (kinds[`${pair.label}:${pair.kind}`] ??= { pairs: 0, same: 0, related: 0 });
    k.pairs++;
    if (c.tier === "same") k.same++;
    if (c.tier === "related") k.related++;
  }
  return {
    groups: { en: by((p) => p.lang === "en"), es: by((p) => p.lang === "es"), cross: by((p) => p.lang.includes("-")), all: by(() => true) },
    kinds: Object.fromEntries(Object.entries(kinds).sort(([x], [y]) => x.localeCompare(y))),
  };
}

export function evaluateSplit(split: "dev" | "test", dir?: string): Figures {
  return figuresOf(comparePairs(pairsOfSplit(split, dir)));
}

/** Figures of every pair in a directory or directories (dev v10: DEV_V10_DIRS; a holdout: its directory). */
export function evaluateDir(dir: string | readonly string[]): Figures {
  return figuresOf(comparePairs(loadPairs(dir)));
}


/** Within a language: en + es together. */
export function withinLanguage(g: Figures["groups"]): { tp: number; fp: number; fn: number; precision: number; recall: number } {
  const tp = g.en.tp + g.es.tp, fp = g.en.fp + g.es.fp, fn = g.en.fn + g.es.fn;
  return { tp, fp, fn, precision: r4(tp + fp ? tp / (tp + fp) : 1), recall: r4(tp + fn ? tp / (tp + fn) : 1) };
}

/** Plain-text table of the per-group aggregates only (what a held-out set may print). */
export function formatGroups(title: string, groups: Figures["groups"]): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [title, "group   pairs  TP  FP  FN  precision  recall  F1     suggest-recall  different-shown"];
  for (const [name, g] of Object.entries(groups)) {
    lines.push(`${name.padEnd(7)} ${String(g.pairs).padStart(5)} ${String(g.tp).padStart(3)} ${String(g.fp).padStart(3)} ${String(g.fn).padStart(3)}  ${pct(g.precision).padStart(9)}  ${pct(g.recall).padStart(6)}  ${pct(g.f1)}  ${pct(g.suggestRecall).padStart(14)}  ${pct(g.differentShown).padStart(15)}`);
  }
  const w = withinLanguage(groups);
  lines.push(`within a language (en + es): precision ${pct(w.precision)} (${w.tp} / ${w.tp + w.fp}), recall ${pct(w.recall)} (${w.tp} / ${w.tp + w.fn})`);
  return lines.join("\n");
}

/** Plain-text tables of figures (for a script or a test log): the groups, then the kinds. */
export function formatFigures(title: string, f: Figures): string {
  const lines = [formatGroups(title, f.groups)];
  lines.push("", "kind                     pairs  auto-matched  suggested");
  for (const [kind, k] of Object.entries(f.kinds)) lines.push(`${kind.padEnd(24)} ${String(k.pairs).padStart(5)}  ${String(k.same).padStart(12)}  ${String(k.related).padStart(9)}`);
  return lines.join("\n");
}
