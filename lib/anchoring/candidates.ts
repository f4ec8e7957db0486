/**
 * Candidate placements for claims the diff could not place. Search is confined to the changed
 * regions of the new body: line-aligned ranges around inserted text and around the places where
 * the diff projects the searched claims (`searchRanges`). Within them, the exact search looks
 * everywhere and the approximate search in windows around the claim's projected place and
 * around inserted passages that share its words.
 */
import search from "approx-string-match";
import { isLineBreak, type Alignment } from "./alignment";
import { canonicalMap, canonicalText, exactSpan, tokenize, type CanonicalMap } from "./canonical";
import { CONTEXT_LENGTH, contextAfter, contextBefore } from "./selectors";
import {
  contextScore, contextSimilarity, matchScore, quoteSimilarity, wordOverlap,
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
/**
 * An inserted passage far from the claim's place is searched only if it holds this share of the
 * claim's word pairs (a moved sentence that was also edited keeps most of them), and with a
 * smaller error budget than the claim's own place: text elsewhere must be a near copy.
 */
const MIN_PAIR_CONTAINMENT = 0.3;
const PASSAGE_ERROR_SHARE = 0.25;
const LOCAL_ERROR_SHARE = 0.5;
/** Insertions closer than this (code units) are one passage for the word filter. */
const PASSAGE_GAP = 64;

type Passage = { start: number; end: number; words: Set<string> };
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
      else this.passages.push({ start: ins.start, end: ins.end, words: new Set() });
    }
    for (const p of this.passages) p.words = wordPairs(al.newBody.slice(p.start, p.end));
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

  /** Whole-sentence candidates near the projected place or in inserted text sharing the claim's words. */
  approximate(w: Wanted, threshold: number): Candidate[] {
    const margin = w.length + CONTEXT_LENGTH;
    const spans = new Map<string, { start: number; end: number }>();
    const consider = (s: { start: number; end: number } | null) => {
      if (s && !this.occupied.overlaps(s.start, s.end)) spans.set(`${s.start}:${s.end}`, s);
    };
    // In place: what now stands where the claim was, sentence by sentence and as a whole.
    const { start: ps, end: pe } = w.projected;
    if (pe > ps) {
      const [first, last] = this.sentences.overlapping(ps, pe);
      for (let i = first; i < last; i++) consider(this.sentences.sentences[i]);
      consider(this.sentences.snap(ps, pe));
    }
    const pairs = wordPairs(w.quote);
    const far: Range[] = [];
    for (const p of this.passages) {
      if (containment(pairs, p.words) >= MIN_PAIR_CONTAINMENT) far.push([p.start - margin, p.end + margin]);
    }
    const searches: [Range[], number][] = [
      [[[ps - margin, pe + margin]], LOCAL_ERROR_SHARE],
      [far, PASSAGE_ERROR_SHARE],
    ];
    for (const [windows, share] of searches) {
      const maxErrors = Math.min(256, Math.floor(w.quote.length * share));
      for (const { canon, a, b } of this.toCanonical(windows)) {
        for (const m of search(canon.text.slice(a, b), w.quote, maxErrors)) {
          if (m.end <= m.start) continue;
          const hit = exactSpan(canon, a + m.start, a + m.end);
          consider(this.sentences.snap(hit.start, hit.end));
        }
      }
    }
    const out: Candidate[] = [];
    for (const s of spans.values()) {
      const text = canonicalText(this.al.newBody.slice(s.start, s.end));
      const f = { quote: quoteSimilarity(w.quote, text), words: wordOverlap(w.quote, text), ...this.features(s.start, s.end, w) };
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

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Consecutive word pairs, lowercased (single words for a one-word text). */
function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD_RE) ?? [];
  if (words.length < 2) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

function containment(items: Set<string>, within: Set<string>): number {
  if (items.size === 0) return 1;
  let n = 0;
  for (const x of items) if (within.has(x)) n++;
  return n / items.size;
}
