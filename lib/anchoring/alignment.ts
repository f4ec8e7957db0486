/**
 * Alignment of an old and a new body: which old text is unchanged in the new one, and where.
 *
 * 1. The common prefix and suffix are cut off by direct comparison and widened to whole lines, so
 *    an append, a prepend or one edit costs time in proportion to the edit.
 * 2. The lines of the middle (paragraphs, in news text) are diffed on their exact text, so a moved
 *    paragraph costs two line edits rather than hundreds of token edits, and unchanged lines are
 *    never tokenised.
 * 3. Each block of replaced lines is tokenised (canonical.ts) and diffed again, first by canonical
 *    line (a line whose only changes are whitespace or quote style matches here), then token by
 *    token, capped: a block needing more than TOKEN_EDIT_LIMIT edits is treated as rewritten.
 *
 * The result is a list of segments, old span ↔ new span, of the same text: `exact` when
 * identical (offsets shift), otherwise one token or one whitespace gap that is only canonically
 * equal. Consecutive matched units are joined by a segment for the whitespace between them, so
 * unchanged text forms one chain and a claim inside a chain is placed without any search.
 */
import { isSpace, tokenize, type Tokens } from "./canonical";
import { diffRuns } from "./myers";

/** Edits beyond which a line diff gives up and treats its lines as one replaced block. */
const LINE_EDIT_LIMIT = 2000;
/** Edits beyond which a replaced block of lines is treated as unrelated text. */
const TOKEN_EDIT_LIMIT = 256;

export type Segment = { o0: number; o1: number; n0: number; n1: number; exact: boolean };

export type Alignment = {
  oldBody: string;
  newBody: string;
  /** [0, prefixEnd) is identical in both bodies; prefixEnd is a line start. */
  prefixEnd: number;
  /** From these offsets on, old and new are identical (line starts or the ends of the bodies). */
  oldSuffixStart: number;
  newSuffixStart: number;
  /** Sorted by old and by new offsets alike, disjoint. */
  segments: Segment[];
  /** New text no segment covers (inserted or rewritten), trimmed of whitespace; sorted. */
  insertions: { start: number; end: number }[];
};

export const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // Native comparison of large chunks first: an append to a long live blog stays cheap.
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  return i;
}

function commonSuffixLength(a: string, b: string, max: number): number {
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= max && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  }
  return i;
}

const atLineBoundary = (body: string, p: number) => p === 0 || p === body.length || isLineBreak(body.charCodeAt(p - 1));

/** Whitespace and the invisible characters the tokenizer drops. */
function isBlank(body: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = body.charCodeAt(p);
    if (!isSpace(c) && c !== 0xad && c !== 0x200b && c !== 0x2060) return false;
  }
  return true;
}

type Line = { start: number; end: number };

/** The non-blank lines of body[from, to), trimmed of whitespace. */
function splitLines(body: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let p = from;
  while (p < to) {
    let e = p;
    while (e < to && !isLineBreak(body.charCodeAt(e))) e++;
    let s = p;
    let t = e;
    while (s < t && isSpace(body.charCodeAt(s))) s++;
    while (t > s && isSpace(body.charCodeAt(t - 1))) t--;
    if (t > s) lines.push({ start: s, end: t });
    p = e + 1;
  }
  return lines;
}

/** Interns strings to small integers so the diffs compare numbers. */
class Interner {
  private ids = new Map<string, number>();
  id(key: string): number {
    let v = this.ids.get(key);
    if (v === undefined) this.ids.set(key, (v = this.ids.size));
    return v;
  }
}

/** Collects matched units in order, joining whitespace-only gaps and merging exact neighbours. */
class SegmentWriter {
  readonly segments: Segment[] = [];
  constructor(readonly oldBody: string, readonly newBody: string) {}

  unit(o0: number, o1: number, n0: number, n1: number, exact: boolean): void {
    const last = this.segments[this.segments.length - 1];
    if (last && (last.o1 < o0 || last.n1 < n0) && isBlank(this.oldBody, last.o1, o0) && isBlank(this.newBody, last.n1, n0)) {
      const same = this.oldBody.slice(last.o1, o0) === this.newBody.slice(last.n1, n0);
      this.push({ o0: last.o1, o1: o0, n0: last.n1, n1: n0, exact: same });
    }
    this.push({ o0, o1, n0, n1, exact });
  }

  private push(s: Segment): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.exact && s.exact && last.o1 === s.o0 && last.n1 === s.n0) {
      last.o1 = s.o1;
      last.n1 = s.n1;
    } else {
      this.segments.push({ ...s });
    }
  }
}

export function alignBodies(oldBody: string, newBody: string): Alignment {
  const prefix = commonPrefixLength(oldBody, newBody);
  const suffix = commonSuffixLength(oldBody, newBody, Math.min(oldBody.length, newBody.length) - prefix);
  let prefixEnd = prefix;
  while (prefixEnd > 0 && !isLineBreak(oldBody.charCodeAt(prefixEnd - 1))) prefixEnd--;
  let oldSuffixStart = oldBody.length - suffix;
  let newSuffixStart = newBody.length - suffix;
  if (!atLineBoundary(oldBody, oldSuffixStart) || !atLineBoundary(newBody, newSuffixStart)) {
    // Widen to the next line start inside the (shared) suffix, the same distance in both bodies.
    let p = oldSuffixStart;
    while (p < oldBody.length && !isLineBreak(oldBody.charCodeAt(p))) p++;
    const widen = Math.min(p + 1, oldBody.length) - oldSuffixStart;
    oldSuffixStart += widen;
    newSuffixStart += widen;
  }
  const out = new SegmentWriter(oldBody, newBody);
  if (prefixEnd > 0) out.unit(0, prefixEnd, 0, prefixEnd, true);
  const oldLines = splitLines(oldBody, prefixEnd, oldSuffixStart);
  const newLines = splitLines(newBody, prefixEnd, newSuffixStart);
  const exactLines = new Interner();
  const oldIds = Int32Array.from(oldLines, (l) => exactLines.id(oldBody.slice(l.start, l.end)));
  const newIds = Int32Array.from(newLines, (l) => exactLines.id(newBody.slice(l.start, l.end)));
  const runs = diffRuns(oldIds, 0, oldIds.length, newIds, 0, newIds.length, LINE_EDIT_LIMIT) ?? [];
  let oi = 0;
  let ni = 0;
  for (const r of runs) {
    replacedLines(out, oldLines.slice(oi, r.a), newLines.slice(ni, r.b));
    for (let k = 0; k < r.length; k++) {
      const o = oldLines[r.a + k];
      const n = newLines[r.b + k];
      out.unit(o.start, o.end, n.start, n.end, true);
    }
    oi = r.a + r.length;
    ni = r.b + r.length;
  }
  replacedLines(out, oldLines.slice(oi), newLines.slice(ni));
  if (oldSuffixStart < oldBody.length) out.unit(oldSuffixStart, oldBody.length, newSuffixStart, newBody.length, true);
  const segments = out.segments.filter((s) => s.o1 > s.o0 || s.n1 > s.n0);
  return { oldBody, newBody, prefixEnd, oldSuffixStart, newSuffixStart, segments, insertions: uncovered(newBody, segments) };
}

/** Token index of each line's first token, and the count at the end. */
function tokenLines(t: Tokens, lines: Line[]): number[] {
  const starts: number[] = [];
  let i = 0;
  for (const l of lines) {
    while (i < t.count && t.start[i] < l.start) i++;
    starts.push(i);
  }
  starts.push(t.count);
  return starts;
}

/** Matches a block of replaced lines: by canonical line, then token by token. */
function replacedLines(out: SegmentWriter, oldLines: Line[], newLines: Line[]): void {
  if (oldLines.length === 0 || newLines.length === 0) return;
  const { oldBody, newBody } = out;
  const ot = tokenize(oldBody, oldLines[0].start, oldLines[oldLines.length - 1].end);
  const nt = tokenize(newBody, newLines[0].start, newLines[newLines.length - 1].end);
  const tokens = new Interner();
  const ids = (t: Tokens) => {
    const arr = new Int32Array(t.count);
    for (let i = 0; i < t.count; i++) arr[i] = tokens.id(t.key[i]);
    return arr;
  };
  const oIds = ids(ot);
  const nIds = ids(nt);
  const oStarts = tokenLines(ot, oldLines);
  const nStarts = tokenLines(nt, newLines);
  const lines = new Interner();
  const lineKey = (ids: Int32Array, starts: number[], l: number) => lines.id(ids.subarray(starts[l], starts[l + 1]).join(","));
  const oLineIds = Int32Array.from(oldLines, (_, l) => lineKey(oIds, oStarts, l));
  const nLineIds = Int32Array.from(newLines, (_, l) => lineKey(nIds, nStarts, l));
  const pair = (a: number, b: number) =>
    out.unit(ot.start[a], ot.end[a], nt.start[b], nt.end[b], oldBody.slice(ot.start[a], ot.end[a]) === newBody.slice(nt.start[b], nt.end[b]));
  const tokenBlock = (l0: number, l1: number, m0: number, m1: number) => {
    const a0 = oStarts[l0], a1 = oStarts[l1], b0 = nStarts[m0], b1 = nStarts[m1];
    if (a1 === a0 || b1 === b0) return;
    for (const r of diffRuns(oIds, a0, a1, nIds, b0, b1, TOKEN_EDIT_LIMIT) ?? []) {
      for (let k = 0; k < r.length; k++) pair(r.a + k, r.b + k);
    }
  };
  const runs = diffRuns(oLineIds, 0, oLineIds.length, nLineIds, 0, nLineIds.length, LINE_EDIT_LIMIT) ?? [];
  let l = 0;
  let m = 0;
  for (const r of runs) {
    tokenBlock(l, r.a, m, r.b);
    for (let a = oStarts[r.a], b = nStarts[r.b]; a < oStarts[r.a + r.length]; a++, b++) pair(a, b);
    l = r.a + r.length;
    m = r.b + r.length;
  }
  tokenBlock(l, oldLines.length, m, newLines.length);
}

function uncovered(body: string, segments: Segment[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const gap = (from: number, to: number) => {
    while (from < to && isSpace(body.charCodeAt(from))) from++;
    while (to > from && isSpace(body.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ start: from, end: to });
  };
  let p = 0;
  for (const s of segments) {
    gap(p, s.n0);
    p = s.n1;
  }
  gap(p, body.length);
  return out;
}

/** Index of the last segment with o0 ≤ offset (-1 when none). */
function segmentAtOrBefore(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].o0 <= offset) { found = mid; lo = mid + 1; }
    else hi = mid - 1;
  }
  return found;
}

/**
 * Offsets of old span [start, end) in the new body when the diff shows it unchanged (the same
 * canonical text, so the same text up to whitespace and quote style), otherwise null.
 */
export function mapUnchanged(al: Alignment, start: number, end: number): { start: number; end: number } | null {
  const segs = al.segments;
  let k = segmentAtOrBefore(segs, start);
  if (k < 0 || start >= segs[k].o1) return null;
  const first = segs[k];
  while (segs[k].o1 < end) {
    const next = segs[k + 1];
    if (!next || next.o0 !== segs[k].o1 || next.n0 !== segs[k].n1) return null;
    k++;
  }
  const last = segs[k];
  // A boundary inside a segment carries over only when the segment is identical text.
  if (start > first.o0 && !first.exact) return null;
  if (end < last.o1 && !last.exact) return null;
  return { start: first.n0 + (start - first.o0), end: last.exact ? last.n0 + (end - last.o0) : last.n1 };
}

/**
 * Where old span [start, end) would be in the new body had it stayed in place: each end goes
 * through its segment, or, for text the diff did not match, to the nearest matched neighbour.
 * The result may be empty (a deletion) but is never reversed.
 */
export function projectSpan(al: Alignment, start: number, end: number): { start: number; end: number } {
  const segs = al.segments;
  let s: number;
  const k = segmentAtOrBefore(segs, start);
  if (k >= 0 && start < segs[k].o1) s = segs[k].exact ? segs[k].n0 + (start - segs[k].o0) : segs[k].n0;
  else s = k >= 0 ? segs[k].n1 : 0;
  let e: number;
  const j = segmentAtOrBefore(segs, Math.max(start, end - 1));
  if (j >= 0 && end - 1 < segs[j].o1 && end > segs[j].o0) e = segs[j].exact ? segs[j].n0 + (end - segs[j].o0) : segs[j].n1;
  else e = j + 1 < segs.length ? segs[j + 1].n0 : al.newBody.length;
  return { start: s, end: Math.max(s, e) };
}
