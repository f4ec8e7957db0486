/**
 * Candidate placements for claims the diff could not place. Search is confined to the middle of
 * the new body (between the common prefix and suffix), and the approximate search to windows
 * around the claim's projected place and around inserted text that shares its words.
 */
import search from "approx-string-match";
import type { Alignment } from "./alignment";
import { canonicalMap, canonicalText, exactSpan, type CanonicalMap } from "./canonical";
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
/** An inserted passage is searched for a claim only if it holds this share of the claim's longer words. */
const MIN_WORD_CONTAINMENT = 0.5;
/** Insertions closer than this (code units) are one passage for the word filter. */
const PASSAGE_GAP = 64;

type Passage = { start: number; end: number; words: Set<string> };

export class CandidateSearch {
  private readonly canon: CanonicalMap;
  private readonly passages: Passage[] = [];

  constructor(
    private readonly al: Alignment,
    private readonly sentences: SentenceIndex,
    private readonly occupied: Occupancy,
    private readonly weights: MatchWeights,
  ) {
    this.canon = canonicalMap(al.newTokens);
    for (const ins of al.insertions) {
      const last = this.passages[this.passages.length - 1];
      if (last && ins.start - last.end < PASSAGE_GAP) last.end = ins.end;
      else this.passages.push({ start: ins.start, end: ins.end, words: new Set() });
    }
    for (const p of this.passages) p.words = longWords(al.newBody.slice(p.start, p.end));
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
    const text = this.canon.text;
    if (w.quote.length === 0) return out;
    for (let at = text.indexOf(w.quote); at >= 0 && out.length < MAX_OCCURRENCES; at = text.indexOf(w.quote, at + 1)) {
      const { start, end } = exactSpan(this.canon, at, at + w.quote.length);
      if (this.occupied.overlaps(start, end)) continue;
      const f = this.features(start, end, w);
      // An occurrence with both contexts intact outranks any other ("exact quote with context").
      const bonus = f.prefix === 1 && f.suffix === 1 ? 1 : 0;
      out.push({ index: w.index, start, end, tier: 1, score: bonus + contextScore(f, this.weights) });
    }
    return out;
  }

  /** Whole-sentence candidates near the projected place or in inserted text sharing the claim's words. */
  approximate(w: Wanted, threshold: number): Candidate[] {
    const margin = w.length + CONTEXT_LENGTH;
    const windows: [number, number][] = [[w.projected.start - margin, w.projected.end + margin]];
    const words = longWords(w.quote);
    for (const p of this.passages) {
      if (containment(words, p.words) >= MIN_WORD_CONTAINMENT) windows.push([p.start - margin, p.end + margin]);
    }
    const spans = new Map<string, { start: number; end: number }>();
    const consider = (s: { start: number; end: number } | null) => {
      if (s && !this.occupied.overlaps(s.start, s.end)) spans.set(`${s.start}:${s.end}`, s);
    };
    if (w.projected.end > w.projected.start) consider(this.sentences.snap(w.projected.start, w.projected.end));
    const maxErrors = Math.min(256, Math.floor(w.quote.length / 2));
    for (const [a, b] of this.toCanonical(windows)) {
      for (const m of search(this.canon.text.slice(a, b), w.quote, maxErrors)) {
        if (m.end <= m.start) continue;
        const hit = exactSpan(this.canon, a + m.start, a + m.end);
        consider(this.sentences.snap(hit.start, hit.end));
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

  /** Exact-offset windows clipped to the middle, as merged canonical ranges. */
  private toCanonical(windows: [number, number][]): [number, number][] {
    const from = this.canon.from;
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
      .map(([s, e]): [number, number] => [lowerBound(s), lowerBound(e)])
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  }
}

const LONG_WORD_RE = /[\p{L}\p{N}]{4,}/gu;

function longWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(LONG_WORD_RE) ?? []);
}

function containment(words: Set<string>, within: Set<string>): number {
  if (words.size === 0) return 1;
  let n = 0;
  for (const w of words) if (within.has(w)) n++;
  return n / words.size;
}
