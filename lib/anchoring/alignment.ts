/**
 * Alignment of an old and a new body: which old text is unchanged in the new one, and where.
 *
 * 1. The common prefix and suffix are cut off by direct comparison and widened to whole lines, so
 *    an append, a prepend or a single edit costs time in proportion to the edit: only the middle
 *    between them is tokenised and diffed.
 * 2. The middle is diffed line by line (a line is a paragraph in news text) on canonical line
 *    keys, so moved paragraphs cost two line edits rather than hundreds of token edits.
 * 3. Each block of replaced lines is diffed token by token on canonical keys (whitespace, quote
 *    style etc. ignored, see canonical.ts), capped: a block needing more than TOKEN_EDIT_LIMIT
 *    edits is treated as wholly replaced.
 *
 * The result maps old tokens to new tokens in runs; old text inside one run is the same text in
 * the new body, so a claim inside one run is placed without any search.
 */
import { tokenize, type Tokens } from "./canonical";
import { diffRuns, type Run } from "./myers";

/** Edits beyond which the line diff gives up and treats the whole middle as one replaced block. */
const LINE_EDIT_LIMIT = 2000;
/** Edits beyond which a replaced block of lines is treated as unrelated text. */
const TOKEN_EDIT_LIMIT = 256;

/** A group of consecutive new tokens the diff did not match: inserted or rewritten text. */
export type Insertion = { first: number; last: number; start: number; end: number };

export type Alignment = {
  oldBody: string;
  newBody: string;
  /** [0, prefixEnd) is identical in both bodies; prefixEnd is a line start. */
  prefixEnd: number;
  /** From these offsets on, old and new are identical (line starts or the ends of the bodies). */
  oldSuffixStart: number;
  newSuffixStart: number;
  oldTokens: Tokens;
  newTokens: Tokens;
  /** Old token run [a, a+length) is the same text as new tokens [b, b+length); sorted. */
  runs: Run[];
  insertions: Insertion[];
};

const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

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

/** Interns strings to small integers so the diff compares numbers. */
class Interner {
  private ids = new Map<string, number>();
  id(key: string): number {
    let v = this.ids.get(key);
    if (v === undefined) this.ids.set(key, (v = this.ids.size));
    return v;
  }
}

/** Token index where each line starts (a line break in the whitespace before a token starts a line). */
function lineStarts(body: string, t: Tokens): number[] {
  const starts: number[] = [];
  for (let i = 0; i < t.count; i++) {
    if (i === 0) { starts.push(0); continue; }
    for (let p = t.end[i - 1]; p < t.start[i]; p++) {
      if (isLineBreak(body.charCodeAt(p))) { starts.push(i); break; }
    }
  }
  starts.push(t.count);
  return starts;
}

function lineIds(t: Tokens, tokenIds: Int32Array, starts: number[], lines: Interner): Int32Array {
  const ids = new Int32Array(starts.length - 1);
  for (let l = 0; l + 1 < starts.length; l++) {
    let key = "";
    for (let i = starts[l]; i < starts[l + 1]; i++) key += tokenIds[i] + ",";
    ids[l] = lines.id(key);
  }
  return ids;
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
  const oldTokens = tokenize(oldBody, prefixEnd, oldSuffixStart);
  const newTokens = tokenize(newBody, prefixEnd, newSuffixStart);
  const tokens = new Interner();
  const oldIds = Int32Array.from(oldTokens.key.slice(0, oldTokens.count), (k) => tokens.id(k));
  const newIds = Int32Array.from(newTokens.key.slice(0, newTokens.count), (k) => tokens.id(k));
  const runs = diffMiddle(oldBody, oldTokens, oldIds, newBody, newTokens, newIds);
  return {
    oldBody, newBody, prefixEnd, oldSuffixStart, newSuffixStart, oldTokens, newTokens, runs,
    insertions: unmatchedNewTokens(newTokens, runs),
  };
}

function diffMiddle(oldBody: string, ot: Tokens, oldIds: Int32Array, newBody: string, nt: Tokens, newIds: Int32Array): Run[] {
  const oldLines = lineStarts(oldBody, ot);
  const newLines = lineStarts(newBody, nt);
  const lines = new Interner();
  const oldLineIds = lineIds(ot, oldIds, oldLines, lines);
  const newLineIds = lineIds(nt, newIds, newLines, lines);
  const lineRuns = diffRuns(oldLineIds, 0, oldLineIds.length, newLineIds, 0, newLineIds.length, LINE_EDIT_LIMIT) ?? [];
  const runs: Run[] = [];
  const push = (r: Run) => {
    const last = runs[runs.length - 1];
    if (last && last.a + last.length === r.a && last.b + last.length === r.b) last.length += r.length;
    else runs.push({ ...r });
  };
  let oi = 0;
  let ni = 0;
  const block = (oj: number, nj: number) => {
    const a0 = oldLines[oi], a1 = oldLines[oj], b0 = newLines[ni], b1 = newLines[nj];
    if (a1 > a0 && b1 > b0) for (const r of diffRuns(oldIds, a0, a1, newIds, b0, b1, TOKEN_EDIT_LIMIT) ?? []) push(r);
  };
  for (const lr of lineRuns) {
    block(lr.a, lr.b);
    const a = oldLines[lr.a];
    const length = oldLines[lr.a + lr.length] - a;
    if (length > 0) push({ a, b: newLines[lr.b], length });
    oi = lr.a + lr.length;
    ni = lr.b + lr.length;
  }
  block(oldLineIds.length, newLineIds.length);
  return runs;
}

function unmatchedNewTokens(nt: Tokens, runs: Run[]): Insertion[] {
  const out: Insertion[] = [];
  let next = 0;
  const gap = (first: number, last: number) => {
    if (last > first) out.push({ first, last, start: nt.start[first], end: nt.end[last - 1] });
  };
  for (const r of runs) {
    gap(next, r.b);
    next = r.b + r.length;
  }
  gap(next, nt.count);
  return out;
}

/** Smallest token index whose end is after `offset` (count when none). */
export function tokenEndingAfter(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last run with a ≤ token (-1 when none). */
function runAtOrBefore(runs: Run[], token: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].a <= token) { found = mid; lo = mid + 1; }
    else hi = mid - 1;
  }
  return found;
}

/** The new token matched to old token `t`, or -1. */
function partner(al: Alignment, t: number): number {
  const r = runAtOrBefore(al.runs, t);
  if (r < 0 || t >= al.runs[r].a + al.runs[r].length) return -1;
  return al.runs[r].b + (t - al.runs[r].a);
}

/**
 * Offsets of old span [start, end) in the new body when the diff shows it unchanged (the same
 * canonical text, so the same text up to whitespace and quote style), otherwise null.
 */
export function mapUnchanged(al: Alignment, start: number, end: number): { start: number; end: number } | null {
  if (end <= al.prefixEnd) return { start, end };
  const delta = al.newBody.length - al.oldBody.length;
  if (start >= al.oldSuffixStart) return { start: start + delta, end: end + delta };
  if (start < al.prefixEnd || end > al.oldSuffixStart) return null;
  const ot = al.oldTokens;
  const nt = al.newTokens;
  const first = tokenEndingAfter(ot, start);
  const last = tokenEndingAfter(ot, end - 1);
  if (first >= ot.count || last >= ot.count || ot.start[first] > start || ot.start[last] >= end) return null;
  const r = runAtOrBefore(al.runs, first);
  if (r < 0 || last >= al.runs[r].a + al.runs[r].length) return null;
  const nFirst = al.runs[r].b + (first - al.runs[r].a);
  const nLast = al.runs[r].b + (last - al.runs[r].a);
  const sameToken = (o: number, n: number) =>
    al.oldBody.slice(ot.start[o], ot.end[o]) === al.newBody.slice(nt.start[n], nt.end[n]);
  // A boundary inside a token carries over only when the token is identical, not merely canonical.
  let newStart = nt.start[nFirst];
  if (start > ot.start[first]) {
    if (!sameToken(first, nFirst)) return null;
    newStart += start - ot.start[first];
  }
  let newEnd = nt.end[nLast];
  if (end < ot.end[last]) {
    if (!sameToken(last, nLast)) return null;
    newEnd = nt.start[nLast] + (end - ot.start[last]);
  }
  return { start: newStart, end: newEnd };
}

/**
 * Where old span [start, end) would be in the new body if it had stayed in place: each end goes
 * through its token's match, or, for text the diff did not match, to the nearest matched
 * neighbour. The result may be empty (a deletion) but is never reversed.
 */
export function projectSpan(al: Alignment, start: number, end: number): { start: number; end: number } {
  const delta = al.newBody.length - al.oldBody.length;
  const project = (offset: number, side: "start" | "end"): number => {
    if (offset <= al.prefixEnd) return offset;
    if (offset >= al.oldSuffixStart) return offset + delta;
    const ot = al.oldTokens;
    const nt = al.newTokens;
    let t: number;
    if (side === "start") {
      t = tokenEndingAfter(ot, offset);
      if (t >= ot.count) return al.newSuffixStart;
    } else {
      t = tokenEndingAfter(ot, offset - 1);
      if (t >= ot.count || ot.start[t] >= offset) t--; // the end falls in whitespace: last token before it
      if (t < 0) return al.prefixEnd;
    }
    const p = partner(al, t);
    if (p >= 0) {
      if (side === "start") return offset <= ot.start[t] ? nt.start[p] : Math.min(nt.end[p], nt.start[p] + offset - ot.start[t]);
      return offset >= ot.end[t] ? nt.end[p] : Math.max(nt.start[p], nt.end[p] - (ot.end[t] - offset));
    }
    const r = runAtOrBefore(al.runs, t);
    if (side === "start") return r >= 0 ? nt.end[al.runs[r].b + al.runs[r].length - 1] : al.prefixEnd;
    const next = al.runs[r + 1];
    return next ? nt.start[next.b] : al.newSuffixStart;
  };
  const s = project(start, "start");
  return { start: s, end: Math.max(s, project(end, "end")) };
}
