/** Public types of the anchoring module (re-exported from ./index). */

import type { SentenceSpan } from "../splitter";

export type { SentenceSpan };

/** A claim in the old body: `oldBody.slice(start, end) === text` (UTF-16 offsets). */
export type ClaimSpan<Id = string | number> = { id: Id; start: number; end: number; text: string };

/** How a placement was found: the diff of unchanged text, an exact quote search, or an approximate one. */
export type PlacementMethod = "diff" | "exact" | "approximate";

/**
 * Where a claim lands in the new body. For every status but `orphaned`,
 * `newBody.slice(start, end) === text`.
 *
 * - kept: the same text (up to whitespace and quote style) at the same offsets
 * - moved: the same text at other offsets
 * - changed: the sentence is still there with other words; [start, end) covers whole sentences
 *   of the new body and `score` is the match score (≥ the threshold)
 * - orphaned: not found
 */
export type Placement<Id = string | number> =
  | { id: Id; status: "kept"; start: number; end: number; text: string; method: PlacementMethod }
  | { id: Id; status: "moved"; start: number; end: number; text: string; method: PlacementMethod }
  | {
      id: Id;
      status: "changed";
      start: number;
      end: number;
      text: string;
      previousText: string;
      method: "approximate";
      score: number;
    }
  | { id: Id; status: "orphaned"; previousText: string };

export type PlacementStatus = Placement["status"];

/** Weights of the approximate-match score (see docs/anchoring.md). */
export type MatchWeights = {
  /** Similarity of the candidate sentence to the old quote. */
  quote: number;
  /** Share of the quote similarity that is word overlap (Dice) rather than character edit distance. */
  wordShare: number;
  /** Similarity of the 32 characters before the candidate to the old prefix. */
  prefix: number;
  /** Similarity of the 32 characters after the candidate to the old suffix. */
  suffix: number;
  /** Closeness to where the diff projects the old span; a tie-breaker. */
  position: number;
};

export type ReanchorOptions = {
  /** Approximate matches scoring below this are not placed (default REANCHOR_THRESHOLD). */
  threshold?: number;
  weights?: Partial<MatchWeights>;
};

/** Work done, so callers and tests can check that cost follows the size of the change. */
export type ReanchorStats = {
  /** Offsets of the old and new text between the common prefix and suffix (line-aligned). */
  oldMiddle: [number, number];
  newMiddle: [number, number];
  /** Claims the diff could not place, which were searched for. */
  searched: number;
  /** Runs of new text the diff did not match (inserted or rewritten). */
  insertions: number;
  /** Characters of the new body tokenised for search and split into sentences. */
  searchedChars: number;
};

export type ReanchorResult<Id = string | number> = {
  /** One placement per input claim, in input order. */
  placements: Placement<Id>[];
  /** Sentences of the new body that overlap inserted or replaced text and that no placed claim overlaps. */
  added: SentenceSpan[];
  stats: ReanchorStats;
};
