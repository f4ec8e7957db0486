/**
 * Candidate placements for claims the diff could not place. Search is confined to the changed
 * regions of the new body: line-aligned ranges around inserted text and around the places where
 * the diff projects the searched claims (`searchRanges`). Within them:
 *
 * - exact: every occurrence of the canonical quote, ranked by context, then position;
 * - approximate: every free sentence near the claim's projected place, approximate matches of
 *   the quote there (approx-string-match, snapped to whole sentences), and sentences of inserted
 *   passages elsewhere that share enough of the claim's words (a moved and edited sentence).
 */
import search from "approx-string-match";
import { isLineBreak, type Alignment } from "./alignment";
import { canonicalMap, canonicalText, exactSpan, tokenize, type CanonicalMap } from "./canonical";
import { CONTEXT_LENGTH, contextAfter, contextBefore } from "./selectors";
import {
  contextScore, contextSimilarity, dice, matchScore, quoteSimilarity, wordCounts,
} from "./similarity";
import type { Occupancy, SentenceIndex } from "./spans";
import type { MatchWeights } from "./types";

/** A claim to search for, its quote and context canonicalised. */
export type Wanted = {
  index: number;
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the diff projects the old span (may be empty: a deletion). */
  projected: { start: number; end: number };
  /** Old text length in code units, for window margins. */
  length: number;
};

/** tier 1: exact quote; tier 0: approximate (whole sentences), placed only above the threshold. */
export type Candidate = { index: number; start: number; end: number; tier: 0 | 1; score: number };

/** At most this many exact occurrences are considered per claim (a boilerplate line repeated 500 times). */
const MAX_OCCURRENCES = 64;
/** Error budget of the approximate search around the claim's place, as a share of the quote. */
const LOCAL_ERROR_SHARE = 0.5;
/**
 * A sentence of inserted text away from the claim's place is a candidate when it shares this
 * much of the claim's words (Dice): a moved sentence that was also edited or reworded keeps most.
 */
const MIN_MOVED_OVERLAP = 0.25;
/** Insertions closer than this (code units) are one passage for the word filter. */
const PASSAGE_GAP = 64;

type Passage = { start: number; end: number; sentences: { start: number; end: number; words: Map<string, number> }[] };
type Range = [number, number];

/**
 * The ranges of the new body worth searching: every insertion and every projected claim, widened
 * by `margin` and then to whole lines, merged. Sorted and disjoint.
 */
export function searchRanges(al: Alignment, projected: readonly { start: number; end: number }[], margin: number): Range[] {
  const body = al.newBody;
  const raw: Range[] = [...al.insertions, ...projected].map((s) => [Math.max(0, s.start - margin), Math.min(body.length, s.end + margin)]);
  raw.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (let [a, b] of raw) {
    while (a > 0 && !isLineBreak(body.charCodeAt(a - 1))) a--;
    while (b < body.length && !isLineBreak(body.charCodeAt(b))) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

type Region = { start: number; end: number; canon: CanonicalMap };

export class CandidateSearch {
  private readonly regions: Region[];
  private readonly passages: Passage[] = [];

  constructor(
    private readonly al: Alignment,
    ranges: readonly Range[],
    private readonly sentences: SentenceIndex,
    private readonly occupied: Occupancy,
    private readonly weights: MatchWeights,
  ) {
    this.regions = ranges.map(([start, end]) => ({ start, end, canon: canonicalMap(tokenize(al.newBody, start, end)) }));
    for (const ins of al.insertions) {
      const last = this.passages[this.passages.length - 1];
      if (last && ins.start - last.end < PASSAGE_GAP) last.end = ins.end;
      else this.passages.push({ start: ins.start, end: ins.end, sentences: [] });
    }
    for (const p of this.passages) {
      const [first, last] = sentences.overlapping(p.start, p.end);
      for (let i = first; i < last; i++) {
        const s = sentences.sentences[i];
        p.sentences.push({ start: s.start, end: s.end, words: wordCounts(s.text) });
      }
    }
  }

  private features(start: number, end: number, w: Wanted) {
    const body = this.al.newBody;
    const prefix = canonicalText(contextBefore(body, start, 2 * CONTEXT_LENGTH));
    const suffix = canonicalText(contextAfter(body, end, 2 * CONTEXT_LENGTH));
    const distance = Math.abs(start - w.projected.start);
    return {
      prefix: contextSimilarity(w.prefix, prefix, "prefix"),
      suffix: contextSimilarity(w.suffix, suffix, "suffix"),
      position: 1 - Math.min(1, distance / Math.max(1, body.length)),
    };
  }

  /** Unoccupied exact occurrences of the canonical quote, best context first. */
  exact(w: Wanted): Candidate[] {
    const out: Candidate[] = [];
    if (w.quote.length === 0) return out;
    for (const { canon } of this.regions) {
      const text = canon.text;
      for (let at = text.indexOf(w.quote); at >= 0 && out.length < MAX_OCCURRENCES; at = text.indexOf(w.quote, at + 1)) {
        const { start, end } = exactSpan(canon, at, at + w.quote.length);
        if (this.occupied.overlaps(start, end)) continue;
        const f = this.features(start, end, w);
        // An occurrence with both contexts intact outranks any other ("exact quote with context").
        const bonus = f.prefix === 1 && f.suffix === 1 ? 1 : 0;
        out.push({ index: w.index, start, end, tier: 1, score: bonus + contextScore(f, this.weights) });
      }
    }
    return out;
  }

  /**
   * Whole-sentence candidates: every free sentence near the claim's projected place, approximate
   * matches of the quote there (approx-string-match, snapped to sentences), and sentences of
   * inserted passages elsewhere that share enough of the claim's words.
   */
  approximate(w: Wanted, threshold: number): Candidate[] {
    const margin = w.length + CONTEXT_LENGTH;
    const spans = new Map<string, { start: number; end: number }>();
    const consider = (s: { start: number; end: number } | null) => {
      if (s && !this.occupied.overlaps(s.start, s.end)) spans.set(`${s.start}:${s.end}`, s);
    };
    const { start: ps, end: pe } = w.projected;
    const [first, last] = this.sentences.overlapping(ps - margin, pe + margin);
    for (let i = first; i < last; i++) consider(this.sentences.sentences[i]);
    const maxErrors = Math.min(256, Math.floor(w.quote.length * LOCAL_ERROR_SHARE));
    for (const { canon, a, b } of this.toCanonical([[ps - margin, pe + margin]])) {
      for (const m of search(canon.text.slice(a, b), w.quote, maxErrors)) {
        if (m.end <= m.start) continue;
        const hit = exactSpan(canon, a + m.start, a + m.end);
        consider(this.sentences.snap(hit.start, hit.end));
      }
    }
    const words = wordCounts(w.quote);
    for (const p of this.passages) {
      for (const s of p.sentences) if (dice(words, s.words) >= MIN_MOVED_OVERLAP) consider(s);
    }
    const out: Candidate[] = [];
    for (const s of spans.values()) {
      const text = canonicalText(this.al.newBody.slice(s.start, s.end));
      // Character similarity is the costly feature; skip it when the weights give it no share.
      const quote = this.weights.wordShare < 1 ? quoteSimilarity(w.quote, text) : 0;
      const f = { quote, words: dice(words, wordCounts(text)), ...this.features(s.start, s.end, w) };
      const score = matchScore(f, this.weights);
      if (score >= threshold) out.push({ index: w.index, start: s.start, end: s.end, tier: 0, score });
    }
    return out;
  }

  /** Exact-offset windows as canonical ranges of the regions they fall in, merged per region. */
  private toCanonical(windows: Range[]): { canon: CanonicalMap; a: number; b: number }[] {
    const out: { canon: CanonicalMap; a: number; b: number }[] = [];
    for (const region of this.regions) {
      const from = region.canon.from;
      const lowerBound = (offset: number) => {
        let lo = 0;
        let hi = from.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (from[mid] < offset) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      const ranges = windows
        .filter(([s, e]) => s < region.end && e > region.start)
        .map(([s, e]): Range => [lowerBound(s), lowerBound(e)])
        .filter(([a, b]) => b > a)
        .sort((x, y) => x[0] - y[0]);
      let last: { canon: CanonicalMap; a: number; b: number } | null = null;
      for (const [a, b] of ranges) {
        if (last && a <= last.b) last.b = Math.max(last.b, b);
        else out.push((last = { canon: region.canon, a, b }));
      }
    }
    return out;
  }
}
