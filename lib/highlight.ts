/** A run of article text, either plain or covered by one claim. */
export type TextSegment<C> = { start: number; end: number; text: string; claim: C | null };

/**
 * Cuts the body into plain runs and claim runs by offsets. Claims are assumed not to
 * overlap; a claim starting inside the previous one is clipped rather than dropped.
 */
export function segmentBody<C extends { start: number; end: number }>(body: string, claims: C[]): TextSegment<C>[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: TextSegment<C>[] = [];
  let cursor = 0;
  for (const claim of sorted) {
    const start = Math.max(claim.start, cursor);
    const end = Math.min(claim.end, body.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ start: cursor, end: start, text: body.slice(cursor, start), claim: null });
    segments.push({ start, end, text: body.slice(start, end), claim });
    cursor = end;
  }
  if (cursor < body.length) segments.push({ start: cursor, end: body.length, text: body.slice(cursor), claim: null });
  return segments;
}

/** Highlight markers in search snippets: control characters no claim text uses; the UI turns them into <mark>. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** Splits an FTS5 snippet into plain and highlighted parts (markers \u0002 … \u0003). */
export function snippetParts(snippet: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  let current = "";
  for (const ch of snippet) {
    if (ch === MARK_START || ch === MARK_END) {
      if (current) parts.push({ text: current, mark });
      current = "";
      mark = ch === MARK_START;
    } else current += ch;
  }
  if (current) parts.push({ text: current, mark });
  return parts;
}
