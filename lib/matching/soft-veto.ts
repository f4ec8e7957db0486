/**
 * Dev v5: a small learned model that weighs the weak vetoes of word accounting.
 *
 * Word accounting (accounting.ts) blocks "same" when, in a close pair, words are left unexplained
 * ("different object: 'connection', 'series' / 'string'", "one says more: 'prior', 'year'"). On
 * four authors' pairs most of those blocks were true rewordings whose synonym no lexicon holds,
 * so such a conflict (and a pair with no conflict but a score under AUTO_MATCH_THRESHOLD) is now
 * evidence for a logistic regression over the frame, slot and accounting features below rather
 * than an absolute block. Dev v6: a loose pair the rules pass (no conflict, score under
 * RESIDUE_CLOSE) is decided by the same model (compare.ts). Strong slot disagreements — figure, unit, comparator, period,
 * direction, negation, place, organisation, entity, substitutions, swapped participants, a
 * figure or listed place one claim adds — are never passed to the model: they stay hard vetoes.
 *
 * The weights are trained by `npx tsx test/matching/eval/train-soft-veto.ts` (deterministic:
 * full-batch gradient descent from zero, standardised features, L2) on dev v9, with the
 * probability thresholds chosen by leave-one-author-out (dev v9: eight authors); they are committed in
 * soft-veto-model.json. Nothing is learned at run time.
 */

import type { Alignment } from "./align";
import { isSource, oneSidedResidue, residueOf, RESIDUE_CLOSE } from "./accounting";
import type { ClaimFrame, Unit } from "./frame-types";
import type { SlotComparison } from "./slot-base";
import model from "./soft-veto-model.json";

/** One logistic regression: standardisation (mean, sd) and weights, in FEATURE_NAMES order. */
export type Logistic = { mean: number[]; sd: number[]; weights: number[]; bias: number };
/** A model within a language and one across, each with its probability threshold. */
export type SoftVetoModel = { features: string[]; within: Logistic; cross: Logistic; threshold: { within: number; cross: number } };
export const SOFT_VETO_MODEL: SoftVetoModel = model as SoftVetoModel;

export const FEATURE_NAMES = [
  "score", "cross", "close", "residueMin", "residueMax", "residueShare", "residueVerbShare", "anchored", "pairedFigures",
  "partialShare", "unpairedShare", "noConflict", "detail", "action", "subjectObject", "length", "crossScore",
  "wordOverlap", "parallelShare", "oneSide", "oneSideNamed",
] as const;

/** Longest common subsequence of the two claims' words over the longer one (same language; 0 across). */
function wordOverlap(a: ClaimFrame, b: ClaimFrame): number {
  if (a.language !== b.language) return 0;
  const x = a.tokens.filter((t) => t.kind !== "sym").map((t) => t.norm), y = b.tokens.filter((t) => t.kind !== "sym").map((t) => t.norm);
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const w of x) {
    const row = [0];
    for (let j = 0; j < y.length; j++) row.push(w === y[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return prev[y.length]! / Math.max(1, x.length, y.length);
}

/**
 * Share of residue units that stand where the other claim has residue too: between the partners
 * of their nearest paired neighbours ("firmaron" / "suspendieron" in an otherwise identical claim),
 * the shape of a one-word flip rather than of a rewording.
 */
function parallelShare(a: ClaimFrame, b: ClaimFrame, al: Alignment, ra: readonly Unit[], rb: readonly Unit[]): number {
  const side = (f: ClaimFrame, other: ClaimFrame, mine: readonly Unit[], theirs: readonly Unit[], pairOf: Alignment["pairOfA"], partner: (p: { a: number; b: number }) => number) =>
    mine.filter((u) => {
      const i = f.units.indexOf(u);
      let before = -1, after = other.units.length;
      for (let k = i - 1; k >= 0; k--) if (pairOf.has(k)) { before = partner(pairOf.get(k)!); break; }
      for (let k = i + 1; k < f.units.length; k++) if (pairOf.has(k)) { after = partner(pairOf.get(k)!); break; }
      const [lo, hi] = before <= after ? [before, after] : [after, before];
      return theirs.some((v) => { const j = other.units.indexOf(v); return j > lo && j < hi; });
    }).length;
  const n = ra.length + rb.length;
  return n ? (side(a, b, ra, rb, al.pairOfA, (p) => p.b) + side(b, a, rb, ra, al.pairOfB, (p) => p.a)) / n : 0;
}

const meaningful = (u: Unit) => !u.implied && u.kind !== "quantity" && u.kind !== "time";

/** The feature vector of a pair with no hard conflict (FEATURE_NAMES order). */
export function softVetoFeatures(a: ClaimFrame, b: ClaimFrame, al: Alignment, conflict: SlotComparison | undefined, anchored: boolean): number[] {
  const cross = a.language !== b.language ? 1 : 0;
  const residue = residueOf(a, b, al);
  const ra = residue.a.filter((u) => !isSource(u, a));
  const rb = residue.b.filter((u) => !isSource(u, b));
  const na = a.units.filter(meaningful).length;
  const nb = b.units.filter(meaningful).length;
  const all = [...ra, ...rb];
  const pairedFigures = al.pairs.filter((p) => a.units[p.a]!.quantity !== undefined && p.weight === 1).length;
  const unpairedA = a.units.filter((u, i) => meaningful(u) && !al.pairOfA.has(i)).length;
  const unpairedB = b.units.filter((u, i) => meaningful(u) && !al.pairOfB.has(i)).length;
  const slot = conflict?.slot;
  const one = oneSidedResidue(a, b, al);
  return [
    al.score, cross, al.score >= (cross ? RESIDUE_CLOSE.cross : RESIDUE_CLOSE.within) ? 1 : 0,
    Math.min(ra.length, rb.length), Math.max(ra.length, rb.length), all.length / Math.max(1, na + nb),
    all.length ? all.filter((u) => u.verb || u.kind === "direction").length / all.length : 0,
    anchored ? 1 : 0, Math.min(3, pairedFigures),
    al.pairs.length ? al.pairs.filter((p) => p.weight < 1).length / al.pairs.length : 0,
    (unpairedA + unpairedB) / Math.max(1, na + nb),
    conflict ? 0 : 1, slot === "detail" ? 1 : 0, slot === "action" ? 1 : 0, slot === "subject" || slot === "object" ? 1 : 0,
    Math.log(1 + na + nb), cross * al.score,
    wordOverlap(a, b), parallelShare(a, b, al, ra, rb),
    // dev v14 (cross only): the units one claim alone keeps, and how many of them name something
    cross && !conflict ? Math.min(3, one.length) : 0, cross && !conflict ? Math.min(2, one.filter((u) => u.name || u.kind === "place" || u.kind === "organisation").length) : 0,
  ];
}

/** Probability that the pair is the same claim, by the model of its group (x[1] is the cross-lingual flag). */
export function softVetoProbability(x: readonly number[], model: SoftVetoModel = SOFT_VETO_MODEL): number {
  return logistic(x, x[1] ? model.cross : model.within);
}

export function logistic(x: readonly number[], m: Logistic): number {
  let z = m.bias;
  for (let i = 0; i < m.weights.length; i++) z += m.weights[i]! * ((x[i]! - m.mean[i]!) / m.sd[i]!);
  return 1 / (1 + Math.exp(-z));
}
