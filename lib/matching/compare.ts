/**
 * compareClaims: the claim-memory decision for a pair of claims, in one or two languages.
 *
 *   tier "same"      — auto-match: every frame slot agrees and score ≥ AUTO_MATCH_THRESHOLD;
 *                      a reviewer may reuse the earlier verdict (precision first).
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
 * Thresholds were chosen on the dev split of corpus/matching (see docs/matching.md).
 */

import { align } from "./align";
import { claimFrame } from "./frame";
import type { ClaimFrame } from "./frame-types";
import type { Language } from "./normalize";
import { compareSlots, describe, type SlotComparison } from "./slots";
import { detectLanguage } from "./tokenize";

export type Tier = "same" | "related" | "different";
export type ComparisonOptions = { languageA?: Language; languageB?: Language };
export type Comparison = { tier: Tier; score: number; slots: SlotComparison[]; reason: string | null; crossLingual: boolean };

/** Chosen on the dev split (docs/matching.md): the lowest score at which dev "same" precision stays ≥ 0.95. */
export const AUTO_MATCH_THRESHOLD = 0.42;
/** Chosen on the dev split: shows nearly every "same" or "related" pair while hiding most "different" ones. */
export const SUGGEST_THRESHOLD = 0.3;

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function compareFrames(a: ClaimFrame, b: ClaimFrame, thresholds = { auto: AUTO_MATCH_THRESHOLD, suggest: SUGGEST_THRESHOLD }): Comparison {
  const al = align(a, b);
  const slots = compareSlots(a, b, al);
  const conflict = slots.find((s) => !s.agrees);
  const score = round(al.score);
  const tier: Tier = conflict ? (score >= thresholds.suggest ? "related" : "different") : score >= thresholds.auto ? "same" : score >= thresholds.suggest ? "related" : "different";
  return { tier, score, slots, reason: conflict ? describe(conflict) : null, crossLingual: a.language !== b.language };
}

export function compareClaims(a: string, b: string, options: ComparisonOptions = {}): Comparison {
  const languageA = options.languageA ?? detectLanguage(a) ?? "en";
  const languageB = options.languageB ?? detectLanguage(b) ?? languageA;
  return compareFrames(claimFrame(a, languageA), claimFrame(b, languageB));
}
