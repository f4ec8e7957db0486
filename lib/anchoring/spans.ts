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

  constructor(private readonly body: string, ranges: readonly [number, number][]) {
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

  /** Whether sentences i and i + 1 stand on the same line. */
  private sameLine(i: number): boolean {
    for (let p = this.sentences[i].end; p < this.sentences[i + 1].start; p++) {
      const c = this.body.charCodeAt(p);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
    }
    return true;
  }

  /**
   * The whole sentences a match [start, end) stands for: the one it overlaps most, widened to
   * neighbours on the same line that it covers at least half of. Null when it overlaps none.
   */
  snap(start: number, end: number): Span | null {
    const [first, last] = this.overlapping(start, end);
    if (first === last) return null;
    const overlap = (i: number) => Math.min(end, this.sentences[i].end) - Math.max(start, this.sentences[i].start);
    const covered = (i: number) => overlap(i) * 2 >= this.sentences[i].end - this.sentences[i].start;
    let best = first;
    for (let i = first + 1; i < last; i++) if (overlap(i) > overlap(best)) best = i;
    let lo = best;
    let hi = best;
    while (lo > first && this.sameLine(lo - 1) && covered(lo - 1)) lo--;
    while (hi + 1 < last && this.sameLine(hi) && covered(hi + 1)) hi++;
    return { start: this.sentences[lo].start, end: this.sentences[hi].end };
  }
}
