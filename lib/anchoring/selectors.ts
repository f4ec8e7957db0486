/**
 * Selectors in the spirit of the W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/):
 * a TextQuoteSelector (the exact text with some context on either side) and a
 * TextPositionSelector (UTF-16 offsets). The quote survives edits that move text; the position
 * disambiguates repeated quotes and is a tie-breaker when the quote has to be searched for.
 */

/** Characters of context kept on each side of a quote (UTF-16 code units, see `contextBefore`). */
export const CONTEXT_LENGTH = 32;

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };
export type Anchor = { quote: TextQuoteSelector; position: TextPositionSelector };

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(body: string, i: number): boolean {
  return i > 0 && i < body.length && isLow(body.charCodeAt(i)) && isHigh(body.charCodeAt(i - 1));
}

/** Up to `length` code units before `start`, widened by one rather than cutting a surrogate pair. */
export function contextBefore(body: string, start: number, length = CONTEXT_LENGTH): string {
  let from = Math.max(0, start - length);
  if (splitsPair(body, from)) from--;
  return body.slice(from, start);
}

/** Up to `length` code units after `end`, widened by one rather than cutting a surrogate pair. */
export function contextAfter(body: string, end: number, length = CONTEXT_LENGTH): string {
  let to = Math.min(body.length, end + length);
  if (splitsPair(body, to)) to++;
  return body.slice(end, to);
}

/**
 * Describes `body.slice(start, end)` by quote (with CONTEXT_LENGTH characters of prefix and
 * suffix) and by position. Throws a RangeError for offsets outside the body or reversed.
 */
export function describeAnchor(body: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start > end) {
    throw new RangeError(`describeAnchor: [${start}, ${end}) is not a span of a ${body.length}-character body`);
  }
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: body.slice(start, end),
      prefix: contextBefore(body, start),
      suffix: contextAfter(body, end),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}
