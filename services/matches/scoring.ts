/**
 * Claim memory's rules: which earlier claims are worth showing as "Checked before", and which are
 * the same claim. The pipeline for one claim:
 * 1. candidates: the claim text's ftsQueryFor(…, { crossLingual: true }) expression (distinctive
 *    prefix terms plus their English↔Spanish lexicon translations, OR-ed) on the search index,
 *    excluding the claim's own article, best bm25 first (MATCH_CANDIDATES of them; over more than
 *    MATCH_WINDOW matches, among the most recent ones) — db/matches;
 * 2. decision: rankCandidates() from lib/matching compares claim frames (figures, entities,
 *    places, direction, polarity, subject/object, action, time) in both articles' languages;
 *    "different" pairs are dropped, "same" (every deciding slot agrees) come first, then
 *    "related" (worth a look; never one-click reuse), best MAX_MATCHES — docs/matching.md has the
 *    thresholds, chosen on the dev split, and the held-out figures.
 */
import { matchCandidates, claimForMatching, storeMatches } from "@/db/matches";
import type { Tx } from "@/db/transaction";
import { ftsQueryFor, rankCandidates } from "@/lib/matching";
import type { Language } from "@/lib/vocabulary";

export const MATCH_CANDIDATES = 20;
export const MAX_MATCHES = 5;
/** bm25 ranks at most this many candidate matches (the most recent) per claim. */
export const MATCH_WINDOW = 5_000;

export type MatchScore = { claimId: number; similarity: number; same: boolean };

/** Compares candidates with lib/matching's claim frames and keeps the ones worth showing, best first. */
export function scoreCandidates(text: string, language: Language, candidates: { id: number; text: string; language: Language }[]): MatchScore[] {
  return rankCandidates(text, language, candidates, { max: MAX_MATCHES }).map(({ id, comparison }) => ({
    claimId: id,
    similarity: comparison.score,
    same: comparison.tier === "same",
  }));
}

/** Matches one claim against the claims of other articles (in either language) and stores the result. */
export function matchClaim(tx: Tx, claimId: number, now = new Date()): MatchScore[] {
  const claim = claimForMatching(tx, claimId);
  if (!claim) return [];
  const terms = ftsQueryFor(claim.text, claim.language, { crossLingual: true });
  const candidates = terms ? matchCandidates(tx, claim, terms, { limit: MATCH_CANDIDATES, window: MATCH_WINDOW }) : [];
  const matches = scoreCandidates(claim.text, claim.language, candidates);
  storeMatches(tx, claim.id, matches, now);
  return matches;
}
