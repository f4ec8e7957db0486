/** Sorted span sets: the spans already taken by placed claims, and the new body's sentences. */
import { splitSentences, type SentenceSpan } from "../splitter";

type Span = { start: number; end: number };

/** Index of the first span whose end is after `offset` in spans sorted by start (ends sorted too). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Non-overlapping spans, kept sorted; the claims placed so far. */
export class Occupancy {
  private spans: Span[] = [];

  overlaps(start: number, end: number): boolean {
    const i = firstEndingAfter(this.spans, start);
    // An empty span still collides with a span that strictly contains it.
    return i < this.spans.length && this.spans[i].start < Math.max(end, start + 1);
  }

  /** Adds [start, end) unless it overlaps; returns whether it was added. */
  add(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    const i = firstEndingAfter(this.spans, start);
    if (i === this.spans.length) this.spans.push({ start, end });
    else this.spans.splice(i, 0, { start, end });
    return true;
  }
}

/**
 * The sentences of some line-aligned ranges of the new body (sorted, disjoint). The splitter never
 * lets a sentence cross a line break, so splitting a range alone gives the same spans as
 * splitting the whole body.
 */
export class SentenceIndex {
  readonly sentences: SentenceSpan[] = [];

  constructor(body: string, ranges: readonly [number, number][]) {
    for (const [from, to] of ranges) {
      for (const s of splitSentences(body.slice(from, to))) this.sentences.push({ text: s.text, start: s.start + from, end: s.end + from });
    }
  }

  /** Sentences overlapping [start, end), as an index range [first, last). */
  overlapping(start: number, end: number): [number, number] {
    const first = firstEndingAfter(this.sentences, start);
    let last = first;
    while (last < this.sentences.length && this.sentences[last].start < end) last++;
    return [first, last];
  }

  /**
   * The whole sentences a match [start, end) stands for: those it covers at least half of, or
   * the one it overlaps most. Null when it overlaps none.
   */
  snap(start: number, end: number): Span | null {
    const [first, last] = this.overlapping(start, end);
    if (first === last) return null;
    let lo = -1;
    let hi = -1;
    let best = first;
    let bestOverlap = -1;
    for (let i = first; i < last; i++) {
      const s = this.sentences[i];
      const overlap = Math.min(end, s.end) - Math.max(start, s.start);
      if (overlap > bestOverlap) { bestOverlap = overlap; best = i; }
      if (overlap * 2 >= s.end - s.start) { if (lo < 0) lo = i; hi = i; }
    }
    if (lo < 0) lo = hi = best;
    return { start: this.sentences[lo].start, end: this.sentences[hi].end };
  }
}
