/**
 * Claim memory's rules: which earlier claims are worth showing as "Checked before", and which are
 * the same claim. The pipeline for one claim:
 * 1. candidates: the claim text's ftsQueryFor() expression (distinctive prefix terms, OR-ed) on the
 *    search index, excluding the claim's own article, best bm25 first (MATCH_CANDIDATES of them;
 *    over more than MATCH_WINDOW matches, among the most recent ones) — db/matches;
 * 2. scoring: similarity() from lib/matching on each candidate, in the article's language when
 *    both articles share it;
 * 3. kept: numbers agree (a changed figure is never a match) and score ≥ MATCH_THRESHOLD, best
 *    MAX_MATCHES; `same` = score ≥ SAME_CLAIM_THRESHOLD, the rest are "related". MATCH_THRESHOLD
 *    is a display threshold below the same-claim one: reworded claims about the same event are
 *    worth showing as related even when they are not asserted to be the same claim.
 */
import { matchCandidates, claimForMatching, storeMatches } from "@/db/matches";
import type { Tx } from "@/db/transaction";
import { ftsQueryFor, SAME_CLAIM_THRESHOLD, similarity } from "@/lib/matching";
import type { Language } from "@/lib/vocabulary";

/** Shown as "Checked before" from this similarity up (lib/matching's same-claim threshold is higher). */
export const MATCH_THRESHOLD = 0.35;
export const MATCH_CANDIDATES = 20;
export const MAX_MATCHES = 5;
/** bm25 ranks at most this many candidate matches (the most recent) per claim. */
export const MATCH_WINDOW = 5_000;

export type MatchScore = { claimId: number; similarity: number; same: boolean };

/** Scores candidates with lib/matching and keeps the ones worth showing, best first. */
export function scoreCandidates(text: string, language: Language | undefined, candidates: { id: number; text: string; language: Language }[]): MatchScore[] {
  const scored: MatchScore[] = [];
  for (const c of candidates) {
    const result = similarity(text, c.text, { language: language && c.language === language ? language : undefined });
    // "Numbers must matter": a changed figure is a different claim, never shown as checked before.
    if (!result.numbersMatch || result.score < MATCH_THRESHOLD) continue;
    scored.push({ claimId: c.id, similarity: result.score, same: result.score >= SAME_CLAIM_THRESHOLD });
  }
  return scored.sort((a, b) => b.similarity - a.similarity || b.claimId - a.claimId).slice(0, MAX_MATCHES);
}

/** Matches one claim against the claims of other articles and stores the result. */
export function matchClaim(tx: Tx, claimId: number, now = new Date()): MatchScore[] {
  const claim = claimForMatching(tx, claimId);
  if (!claim) return [];
  const terms = ftsQueryFor(claim.text, claim.language);
  const candidates = terms ? matchCandidates(tx, claim, terms, { limit: MATCH_CANDIDATES, window: MATCH_WINDOW }) : [];
  const matches = scoreCandidates(claim.text, claim.language, candidates);
  storeMatches(tx, claim.id, matches, now);
  return matches;
}
