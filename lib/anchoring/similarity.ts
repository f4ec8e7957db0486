/**
 * Scores for approximate placements, after Hypothesis's match-quote.ts (a weighted sum of quote,
 * prefix, suffix and position similarity, normalised to [0, 1]), with three differences:
 *
 * - the candidate is a whole sentence of the new body;
 * - quote similarity mixes word overlap (Dice of the word multisets) with character edit
 *   distance; on the dev split word overlap alone separated reworded sentences (Dice ≥ 0.38)
 *   from unrelated replacement sentences (≤ 0.32) best, so the tuned mix is all words;
 * - there is a threshold: a candidate below REANCHOR_THRESHOLD is not placed and the claim is
 *   orphaned, because carrying a verdict to the wrong sentence is worse than asking a reviewer.
 *
 * Context counts far less than in Hypothesis (5 + 5 against 50, not 20 + 20): an edit often
 * changes a sentence's neighbours too (a new top paragraph, a deleted neighbour), and a sentence
 * whose words are intact should not be lost for it. Weights and threshold were chosen on the dev
 * split of the evaluation set only (test/anchoring/eval/tune.ts, docs/anchoring.md).
 */
import search from "approx-string-match";
import type { MatchWeights } from "./types";

export const DEFAULT_WEIGHTS: MatchWeights = { quote: 50, wordShare: 1, prefix: 5, suffix: 5, position: 2 };

/**
 * Approximate candidates scoring below this are given up: the middle of the run of thresholds
 * (0.455–0.5) at which the tuned weights made no wrong and no missed placement on dev.
 */
export const REANCHOR_THRESHOLD = 0.47;

/** Plain Levenshtein distance; for short strings (contexts) only. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * 1 − edit distance / longer length, for sentence-sized strings. The distance is bounded from
 * above by the best approximate occurrence of `quote` in `candidate` (Myers' bit-parallel
 * search, O(n·m/32)) plus the candidate characters outside it, which is exact when the edits are
 * inside the sentence and a close bound otherwise; a full O(n·m) table per candidate was the
 * slowest part of re-anchoring.
 */
export function quoteSimilarity(quote: string, candidate: string): number {
  if (quote === candidate) return 1;
  if (quote.length === 0 || candidate.length === 0) return 0;
  const matches = search(candidate, quote, quote.length);
  let best = quote.length + candidate.length;
  for (const m of matches) best = Math.min(best, m.errors + candidate.length - (m.end - m.start));
  return Math.max(0, 1 - best / Math.max(quote.length, candidate.length));
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Word multiset of a text, lowercased. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD_RE) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Dice coefficient of two word multisets. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const [w, n] of a) {
    na += n;
    common += Math.min(n, b.get(w) ?? 0);
  }
  for (const n of b.values()) nb += n;
  return na + nb === 0 ? 0 : (2 * common) / (na + nb);
}

/** Dice coefficient of the two texts' word multisets (lowercased). */
export function wordOverlap(a: string, b: string): number {
  return dice(wordCounts(a), wordCounts(b));
}

/**
 * Similarity of an old context to the new text on the same side of a candidate: the new text is
 * cut to the old context's length at the candidate's edge. No old context (the claim was at the
 * start or end of the body) counts as a full match when the candidate is there too, else as 0.5.
 */
export function contextSimilarity(oldContext: string, newContext: string, side: "prefix" | "suffix"): number {
  if (oldContext.length === 0) return newContext.length === 0 ? 1 : 0.5;
  const cut = side === "prefix" ? newContext.slice(-oldContext.length) : newContext.slice(0, oldContext.length);
  return 1 - levenshtein(oldContext, cut) / oldContext.length;
}

export type MatchFeatures = { quote: number; words: number; prefix: number; suffix: number; position: number };

export function matchScore(f: MatchFeatures, w: MatchWeights): number {
  const quote = w.wordShare * f.words + (1 - w.wordShare) * f.quote;
  const total = w.quote + w.prefix + w.suffix + w.position;
  return (w.quote * quote + w.prefix * f.prefix + w.suffix * f.suffix + w.position * f.position) / total;
}

/** Ranks exact occurrences of a quote: context first, position as the tie-breaker. */
export function contextScore(f: Omit<MatchFeatures, "quote" | "words">, w: MatchWeights): number {
  const total = w.prefix + w.suffix + w.position;
  return total === 0 ? 0 : (w.prefix * f.prefix + w.suffix * f.suffix + w.position * f.position) / total;
}
