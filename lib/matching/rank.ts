/**
 * rankCandidates: the claim-memory decision for one new claim against the candidates a search
 * returned (what services/matches would call instead of similarity()). Pure: the caller fetches
 * candidates (e.g. with ftsQueryFor(text, language, { crossLingual: true }) on its index) and
 * stores the result.
 *
 * The new claim's frame is built once; each candidate's frame comes from claimFrame's cache or is
 * built. Candidates compared as "different" are dropped; the rest are ordered "same" first, then
 * by score, then by id (newest first), and cut to `max`.
 */

import { compareFrames, type Comparison } from "./compare";
import { claimFrame } from "./frame";
import type { ClaimFrame } from "./frame-types";
import type { Language } from "./normalize";

export type MatchCandidate = { id: number; text: string; language: Language };
export type RankedMatch = { id: number; comparison: Comparison };
export type RankOptions = { max?: number; frameOf?: (text: string, language: Language) => ClaimFrame };

export const MAX_RANKED = 5;

export function rankCandidates(text: string, language: Language, candidates: readonly MatchCandidate[], options: RankOptions = {}): RankedMatch[] {
  const frameOf = options.frameOf ?? claimFrame;
  const frame = frameOf(text, language);
  const out: RankedMatch[] = [];
  for (const c of candidates) {
    const comparison = compareFrames(frame, frameOf(c.text, c.language));
    if (comparison.tier !== "different") out.push({ id: c.id, comparison });
  }
  const rank = (m: RankedMatch) => (m.comparison.tier === "same" ? 1 : 0);
  out.sort((x, y) => rank(y) - rank(x) || y.comparison.score - x.comparison.score || y.id - x.id);
  return out.slice(0, options.max ?? MAX_RANKED);
}
