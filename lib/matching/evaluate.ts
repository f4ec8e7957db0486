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
 * Protocol (docs/matching.md): every choice is made on the sets of MATCHING_SETS that had joined
 * by the dev version in force (CURRENT_DEV, DEV_DIRS; the holdouts among them were each scored once
 * and are spent, so they are dev data now), validated leave-one-author-out. A new held-out directory
 * (written by someone else) is scored once with `record.ts --holdout-dir DIR --block NAME`: aggregate figures
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

/**
 * Every labelled set in corpus/matching, in the order it was written, each by another author (the
 * prefix of its ids: "pa"/"pb" for pairs, "pc" for the old holdout, then "pd" … "pz", then "qa" … "qg"), with the dev
 * version it joined. A holdout is scored once, blind, under the version before it joins (its
 * `record.ts` block, docs/matching.md) and is spent from then on. A new holdout is a folder
 * outside this list until it has been scored.
 */
export const MATCHING_SETS: readonly { folder: string; joinedDev: number }[] = [
  { folder: "pairs", joinedDev: 1 },
  { folder: "holdout", joinedDev: 3 },
  { folder: "holdout-d", joinedDev: 4 },
  { folder: "holdout-e", joinedDev: 5 },
  { folder: "holdout-f", joinedDev: 6 },
  { folder: "holdout-g", joinedDev: 7 },
  { folder: "holdout-h", joinedDev: 8 },
  { folder: "holdout-i", joinedDev: 9 },
  { folder: "holdout-j", joinedDev: 10 },
  { folder: "holdout-k", joinedDev: 11 },
  { folder: "holdout-l", joinedDev: 12 },
  { folder: "holdout-m", joinedDev: 13 },
  { folder: "holdout-n", joinedDev: 13 },
  { folder: "holdout-o", joinedDev: 14 },
  { folder: "holdout-p", joinedDev: 14 },
  { folder: "holdout-q", joinedDev: 15 },
  { folder: "holdout-r", joinedDev: 15 },
  { folder: "holdout-s", joinedDev: 16 },
  { folder: "holdout-t", joinedDev: 16 },
  { folder: "holdout-u", joinedDev: 16 },
  { folder: "holdout-v", joinedDev: 17 },
  { folder: "holdout-w", joinedDev: 17 },
  { folder: "holdout-x", joinedDev: 18 },
  { folder: "holdout-y", joinedDev: 18 },
  { folder: "holdout-z", joinedDev: 19 },
  { folder: "holdout-qa", joinedDev: 19 },
  { folder: "holdout-qb", joinedDev: 20 },
  { folder: "holdout-qc", joinedDev: 20 },
  { folder: "holdout-qd", joinedDev: 21 },
  { folder: "holdout-qe", joinedDev: 21 },
  { folder: "holdout-qf", joinedDev: 22 },
  { folder: "holdout-qg", joinedDev: 22 },
];

export const matchingDir = (folder: string) => path.join(process.cwd(), "corpus", "matching", folder);

/** The folders dev version `version` chose everything on: every set that had joined by then. */
export function devDirs(version: number): string[] {
  return MATCHING_SETS.filter((s) => s.joinedDev <= version).map((s) => matchingDir(s.folder));
}

export const PAIRS_DIR = matchingDir("pairs");
/**
 * The dev version in force. The eval scripts (test/matching/eval) read DEV_DIRS and record block
 * `devV${CURRENT_DEV}`, and the corpus test reproduces it, so a round's data switch is the
 * MATCHING_SETS entries and this line. Earlier versions are history: `devDirs(N)` gives the folders
 * any of them chose everything on (docs/matching-history.md, their pair and author counts).
 */
export const CURRENT_DEV = 22;
export const DEV_DIRS: readonly string[] = devDirs(CURRENT_DEV);

/**
 * The author of a pair, from its id: corpus/matching/pairs (pa-, pb-: one author), the old
 * holdout (pc-), holdout d (pd-), holdout e (pe-), holdout f (pf-), holdout g (pg-), holdout h (ph-), holdout i (pi-), holdout j (pj-), holdout k (pk-), holdout l (pl-), holdout m (pm-), holdout n (pn-), holdout o (po-), holdout p (pp-), holdout q (pq-), holdout r (pr-), holdout s (ps-), holdout t (pt-), holdout u (pu-), holdout v (pv-), holdout w (pw-), holdout x (px-), holdout y (py-), holdout z (pz-), holdout qa (qa-), holdout qb (qb-), holdout qc (qc-), holdout qd (qd-), holdout qe (qe-), holdout qf (qf-) and holdout qg (qg-) were written by thirty-two different authors. Leave-one-author-out
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

/** Figures of every pair in a directory or directories (the dev data: DEV_DIRS; a holdout: its directory). */
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
