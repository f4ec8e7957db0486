/**
 * compareClaims: the claim-memory decision for a pair of claims, in one or two languages.
 *
 *   tier "same"      — auto-match: every frame slot agrees and score ≥ AUTO_MATCH_THRESHOLD, or
 *                      (dev v5) no hard slot disagrees and the learned model (soft-veto.ts)
 *                      gives ≥ SOFT_VETO_THRESHOLD; a reviewer may reuse the earlier verdict.
 *                      (dev v6) A loose pair (score under RESIDUE_CLOSE) needs the model too.
 *   tier "related"   — suggest: score ≥ SUGGEST_THRESHOLD (or a slot disagrees on a close
 *                      pair); shown with the reason, never reused automatically.
 *   tier "different" — not shown.
 *
 * `score` is the weighted Dice similarity of the aligned frames (align.ts), in [0, 1]; `slots`
 * lists every slot either claim fills (agreeing or not), and `reason` describes the first
 * disagreeing slot ("different place: Texas / Ohio") or is null. Frames are cached per text, so
 * comparing one new claim with many stored candidates builds the new claim's frame once; callers
 * holding frames can pass them instead of strings (compareFrames).
 *
 * Rule thresholds were chosen on dev v4 by tune.ts (confirmed on dev v5); the model's weights and
 * thresholds on dev v16 by train-soft-veto.ts, leave-one-author-out over twenty authors (see docs/matching.md;
 * earlier rounds in docs/matching-history.md).
 */

import { align } from "./align";
import { claimFrame } from "./frame";
import type { ClaimFrame } from "./frame-types";
import type { Language } from "./normalize";
import { crossGated, looseConflict, RESIDUE_CLOSE, softConflicts } from "./accounting";
import { compareSlots, describe, type SlotComparison } from "./slots";
import { SOFT_VETO_MODEL, softVetoFeatures, softVetoProbability } from "./soft-veto";
import { detectLanguage } from "./tokenize";

export type Tier = "same" | "related" | "different";
export type ComparisonOptions = { languageA?: Language; languageB?: Language };
export type Comparison = { tier: Tier; score: number; slots: SlotComparison[]; reason: string | null; crossLingual: boolean };

/** Chosen on dev v4 by tune.ts (docs/matching.md; 0.50 in dev v3, 0.44 in dev v2): auto-match when no slot disagrees and score ≥ this. */
export const AUTO_MATCH_THRESHOLD = 0.44;
/**
 * Lower bar when the claims share a specific figure (a paired figure other than a year that has a
 * unit, a decimal part or a value above 12: "2.300 kilos", "12,500", "3,4 %"): a loose rewording
 * that keeps the decisive figure and disagrees on nothing is the same claim.
 */
export const AUTO_MATCH_THRESHOLD_ANCHORED = 0.28;
/** Chosen on the dev split: shows nearly every "same" or "related" pair while hiding most "different" ones. */
export const SUGGEST_THRESHOLD = 0.4;

/**
 * Dev v5: probability of the learned model (soft-veto.ts) from which a pair with only a weak
 * veto — or none, but a score under the auto-match threshold — is the same claim, within a
 * language and across. Chosen by leave-one-author-out (soft-veto-model.json); above 1 = off.
 */
export const SOFT_VETO_THRESHOLD = SOFT_VETO_MODEL.threshold;

/**
 * Dev v16: a pair the rules do not pass reaches the model only from this score. Below it the claims
 * share too little for the model's features to mean anything (pt-0560, two unrelated claims at 0.10,
 * had a probability of 0.91).
 */
export const MODEL_FLOOR = 0.2;

export type Thresholds = { auto: number; autoAnchored: number; suggest: number; soft?: { within: number; cross: number } };
export const THRESHOLDS: Thresholds = { auto: AUTO_MATCH_THRESHOLD, autoAnchored: AUTO_MATCH_THRESHOLD_ANCHORED, suggest: SUGGEST_THRESHOLD, soft: SOFT_VETO_THRESHOLD };

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** A paired figure that is not a year and is specific: a unit, decimals, or a value above 12. */
export function anchored(a: ClaimFrame, al: ReturnType<typeof align>): boolean {
  return al.pairs.some((p) => {
    const q = a.units[p.a]!.quantity;
    return q !== undefined && p.weight === 1 && !q.year && (q.unit !== undefined || !Number.isInteger(q.value) || q.value > 12);
  });
}

export function compareFrames(a: ClaimFrame, b: ClaimFrame, thresholds: Thresholds = THRESHOLDS): Comparison {
  const al = align(a, b);
  const slots = compareSlots(a, b, al);
  let conflict = slots.find((s) => !s.agrees);
  const score = round(al.score);
  const isAnchored = anchored(a, al);
  const auto = isAnchored ? Math.min(thresholds.auto, thresholds.autoAnchored) : thresholds.auto;
  const ruled: Tier = conflict ? (score >= thresholds.suggest ? "related" : "different") : score >= auto ? "same" : score >= thresholds.suggest ? "related" : "different";
  const group = a.language !== b.language ? "cross" : "within";
  const soft = thresholds.soft?.[group] ?? 2;
  let tier = ruled;
  // dev v5: a weak veto (unexplained common words) or a low score is evidence for the model, not a block;
  // dev v6: so is a loose pair the rules pass (no conflict, score under RESIDUE_CLOSE): a topic neighbour looks like one
  // dev v14: so is a cross-lingual pair the rules pass while one claim alone keeps unexplained words (accounting.ts crossGated)
  const loose = ruled === "same" && (al.score < RESIDUE_CLOSE[group] || crossGated(a, b, al));
  if (soft <= 1 && (loose || (ruled !== "same" && al.score >= MODEL_FLOOR && slots.every((s) => s.agrees || softConflicts.has(s))))) {
    if (softVetoProbability(softVetoFeatures(a, b, al, conflict, isAnchored)) >= soft) {
      tier = "same";
      if (conflict) conflict.agrees = true;
      conflict = undefined;
    } else if (loose) {
      // the model does not take it: a suggestion, its unexplained words the reason
      conflict = looseConflict(a, b, al);
      slots.push(conflict);
      tier = "related";
    }
  }
  // Across languages, words that word accounting leaves over are the ones no translation paired, not a
  // like-for-like swap: a reviewer read "different subject: Estados Unidos / time" as nonsense.
  const leftOver = conflict !== undefined && group === "cross" && (loose || softConflicts.has(conflict));
  const reason = !conflict ? null : leftOver ? `no counterpart in the other language: ${conflict.a || "(none)"} / ${conflict.b || "(none)"}` : describe(conflict);
  return { tier, score, slots, reason, crossLingual: a.language !== b.language };
}

export function compareClaims(a: string, b: string, options: ComparisonOptions = {}): Comparison {
  const languageA = options.languageA ?? detectLanguage(a) ?? "en";
  const languageB = options.languageB ?? detectLanguage(b) ?? languageA;
  return compareFrames(claimFrame(a, languageA), claimFrame(b, languageB));
}
