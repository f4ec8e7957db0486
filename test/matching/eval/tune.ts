/**
 * Chooses the rule thresholds on the dev data in force (DEV_DIRS, lib/matching/evaluate.ts)
 * and validates the choice two ways: `npx tsx test/matching/eval/tune.ts`. Never reads a held-out
 * directory. The rules only: the learned soft-veto model is off here (its weights
 * and thresholds are chosen by train-soft-veto.ts on top of the rules this script ships).
 *
 * Grid: residue closeness within a language and across languages (accounting.ts RESIDUE_CLOSE),
 * strict accounting (RESIDUE_STRICT: any unexplained word blocks "same", at any closeness) per
 * group, the one-side residue count within a language (RESIDUE_ONE_SIDE_BY) and the auto-match threshold (compare.ts; the anchored threshold stays 0.28).
 * Objective, in order: within-language precision ≥ REQUIRED, then cross-lingual precision ≥
 * REQUIRED, then the most "same" pairs found; when no setting reaches REQUIRED in a group the
 * most precise wins first; ties go to the stricter setting. OBJECTIVE=worst applies the same
 * order to the worst author's precision (each author's pairs scored apart) instead of the pooled.
 * Validation: leave-one-author-out (every author of the dev data — the estimate
 * of what a new author's pairs will do) and 5 folds by family; in each, the setting is chosen on
 * the rest by the same objective and scored on the part left out.
 */
import { RESIDUE_CLOSE, RESIDUE_ONE_SIDE_BY, RESIDUE_STRICT } from "@/lib/matching/accounting";
import { compareFrames, AUTO_MATCH_THRESHOLD_ANCHORED, SUGGEST_THRESHOLD } from "@/lib/matching/compare";
import { CURRENT_DEV, DEV_DIRS, authorOf, languagesOf, loadPairs, type LabelledPair } from "@/lib/matching/evaluate";
import { claimFrame } from "@/lib/matching/frame";

/** The grid; GRID_WITHIN / GRID_CROSS / GRID_AUTO / GRID_STRICT_WITHIN / GRID_STRICT_CROSS (comma-separated; strict 0 / 1) narrow it. */
const grid = (name: string, values: number[]) => (process.env[name] ? process.env[name]!.split(",").map(Number) : values);
const WITHIN = grid("GRID_WITHIN", [0, 0.7, 0.75, 0.8, 0.85, 0.9]);
const CROSS = grid("GRID_CROSS", [0.3, 0.5, 1.01]);
const AUTO = grid("GRID_AUTO", [0.44, 0.5, 0.55]);
const STRICT_W = grid("GRID_STRICT_WITHIN", [0, 1]);
const STRICT_X = grid("GRID_STRICT_CROSS", [0, 1]);
const ONE_SIDE_W = grid("GRID_ONE_SIDE_WITHIN", [1, 2, 3]);
const FOLDS = 5;
const WORST = process.env.OBJECTIVE === "worst";

type Setting = { within: number; cross: number; auto: number; strictWithin: boolean; strictCross: boolean; oneSideWithin: number };
const pairs = loadPairs(DEV_DIRS);
const authors = [...new Set(pairs.map(authorOf))];
function hashFold(family: string): number {
  let h = 2166136261;
  for (const ch of family) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % FOLDS;
}

// Strict accounting makes the closeness of its group moot (every residue blocks): one value of it.
const settings: Setting[] = STRICT_W.flatMap((sw) => (sw ? [WITHIN[0]!] : WITHIN).flatMap((within) =>
  STRICT_X.flatMap((sx) => (sx ? [CROSS[0]!] : CROSS).flatMap((cross) =>
    AUTO.flatMap((auto) => (sw ? [1] : ONE_SIDE_W).map((oneSideWithin) => ({ within, cross, auto, strictWithin: sw === 1, strictCross: sx === 1, oneSideWithin })))))));
const predicted: boolean[][] = settings.map((s) => {
  Object.assign(RESIDUE_CLOSE, { within: s.within, cross: s.cross });
  Object.assign(RESIDUE_STRICT, { within: s.strictWithin, cross: s.strictCross });
  RESIDUE_ONE_SIDE_BY.within = s.oneSideWithin;
  return pairs.map((p) => {
    const l = languagesOf(p);
    return compareFrames(claimFrame(p.a, l.languageA), claimFrame(p.b, l.languageB), { auto: s.auto, autoAnchored: AUTO_MATCH_THRESHOLD_ANCHORED, suggest: SUGGEST_THRESHOLD }).tier === "same";
  });
});

type Counts = { tp: number; fp: number; fn: number };
function counts(k: number, keep: (i: number) => boolean, group: (p: LabelledPair) => boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  pairs.forEach((p, i) => {
    if (!keep(i) || !group(p)) return;
    const pred = predicted[k]![i]!;
    const same = p.label === "same";
    if (pred && same) c.tp++;
    else if (pred) c.fp++;
    else if (same) c.fn++;
  });
  return c;
}
const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
/** Precision required on the pairs a setting is chosen on: the 0.95 target plus a margin (figures there are optimistic). */
const REQUIRED = Number(process.env.REQUIRED_PRECISION ?? 0.96);
const within = (p: LabelledPair) => !p.lang.includes("-");
const cross = (p: LabelledPair) => p.lang.includes("-");
const all = () => true;

/** Precision of a group on the kept pairs: pooled, or (OBJECTIVE=worst) the worst author's. */
function objectivePrecision(k: number, keep: (i: number) => boolean, g: (p: LabelledPair) => boolean): number {
  if (!WORST) return precision(counts(k, keep, g));
  const per = authors.map((a) => counts(k, (i) => keep(i) && authorOf(pairs[i]!) === a, g)).filter((c) => c.tp + c.fp + c.fn > 0);
  return Math.min(...per.map(precision));
}

function choose(keep: (i: number) => boolean): number {
  let best = -1;
  let bestKey: number[] = [];
  settings.forEach((s, k) => {
    const pw = objectivePrecision(k, keep, within);
    const px = objectivePrecision(k, keep, cross);
    const r3 = (x: number) => Math.round(x * 1000);
    const key = [pw >= REQUIRED ? 1 : 0, px >= REQUIRED ? 1 : 0, pw >= REQUIRED ? 0 : r3(pw), px >= REQUIRED ? 0 : r3(px), counts(k, keep, all).tp, s.strictWithin ? 1 : 0, s.strictCross ? 1 : 0, -s.oneSideWithin, -s.within, -s.cross, s.auto];
    const better = best < 0 || key.some((v, i) => v !== bestKey[i] && key.slice(0, i).every((u, j) => u === bestKey[j]) && v > bestKey[i]!);
    if (better) (best = k), (bestKey = key);
  });
  return best;
}

const fmt = (c: Counts) => `P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
const show = (s: Setting) => `within ${s.strictWithin ? "strict" : `${s.within} one-side ${s.oneSideWithin}`} cross ${s.strictCross ? "strict" : s.cross} auto ${s.auto}`;
const stat = (xs: number[]) => {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return `${m.toFixed(3)} ± ${Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1)).toFixed(3)}`;
};
const fixed = process.env.SHOW_ALL ? settings.map((_, k) => k) : [];
for (const k of fixed) {
  const per = authors.map((a) => `${a} ${fmt(counts(k, (i) => authorOf(pairs[i]!) === a, within))}`).join(" | ");
  console.log(`${show(settings[k]!)}: within ${fmt(counts(k, () => true, within))} cross ${fmt(counts(k, () => true, cross))}\n    within per author: ${per}`);
}
const chosen = choose(() => true);
console.log(`objective: ${WORST ? "worst author's precision" : "pooled precision"} ≥ ${REQUIRED}`);
console.log(`chosen on all dev v${CURRENT_DEV} pairs: ${show(settings[chosen]!)}`);
console.log(`  within ${fmt(counts(chosen, () => true, within))} | cross ${fmt(counts(chosen, () => true, cross))} | all ${fmt(counts(chosen, () => true, all))}`);

function validate(name: string, partOf: (i: number) => string | number, parts: (string | number)[]): void {
  const scores: { w: Counts; x: Counts }[] = [];
  for (const f of parts) {
    const k = choose((i) => partOf(i) !== f);
    const w = counts(k, (i) => partOf(i) === f, within);
    const x = counts(k, (i) => partOf(i) === f, cross);
    scores.push({ w, x });
    console.log(`${name} ${f}: chosen ${show(settings[k]!)} → held-out within ${fmt(w)} | cross ${fmt(x)}`);
  }
  console.log(`${name} (mean ± sd over ${parts.length}): within P ${stat(scores.map((s) => precision(s.w)))} R ${stat(scores.map((s) => recall(s.w)))}; cross P ${stat(scores.map((s) => precision(s.x)))} R ${stat(scores.map((s) => recall(s.x)))}`);
}
validate("author", (i) => authorOf(pairs[i]!), authors);
const folds = pairs.map((p) => hashFold(p.family));
validate("fold", (i) => folds[i]!, [...Array(FOLDS).keys()]);
