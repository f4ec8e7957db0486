/**
 * Claim memory — pure matching functions (no Next.js, React or database imports).
 *
 * compareClaims (compare.ts) is the claim-memory decision: claim frames (frame.ts) aligned across
 * claims and languages (align.ts), slot by slot (slots.ts), with two tiers — "same" (auto-match)
 * and "related" (suggest). wordDiff (word-diff.ts) gives the UI the difference. See
 * docs/matching.md for the algorithm, thresholds and figures.
 *
 * similarity / isSameClaim (similarity.ts) are the earlier word-overlap score, kept for existing
 * callers and as the benchmark baseline; numbers.ts holds the number rule, tokenize.ts the
 * stopword and stemming rules, fts.ts the candidate query.
 */
export type { Language } from "./normalize";
export { normalizeText } from "./normalize";
export { extractNumbers } from "./numbers";
export { tokenize, detectLanguage } from "./tokenize";
export { similarity, isSameClaim, SAME_CLAIM_THRESHOLD } from "./similarity";
export type { SimilarityOptions, SimilarityResult } from "./similarity";
export { ftsQueryFor, FTS_MAX_TERMS, FTS_MAX_TRANSLATED } from "./fts";
export type { FtsOptions } from "./fts";
export {
  compareClaims, compareFrames, AUTO_MATCH_THRESHOLD, AUTO_MATCH_THRESHOLD_ANCHORED, SUGGEST_THRESHOLD, SOFT_VETO_THRESHOLD, THRESHOLDS,
} from "./compare";
export type { Comparison, ComparisonOptions, Thresholds, Tier } from "./compare";
export { claimFrame } from "./frame";
export type { ClaimFrame, Unit } from "./frame-types";
export type { SlotComparison, SlotName } from "./slots";
export { wordDiff } from "./word-diff";
export { rankCandidates, MAX_RANKED } from "./rank";
export type { MatchCandidate, RankedMatch, RankOptions } from "./rank";
export { RESIDUE_CLOSE, RESIDUE_ONE_SIDE } from "./accounting";
export type { DiffSegment, WordDiff, WordDiffOptions } from "./word-diff";
