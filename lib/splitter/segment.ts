/**
 * Rule-based sentence scanner for news text (English + Spanish).
 *
 * A single left-to-right pass over UTF-16 code units. Every line break ends a sentence (headlines,
 * bylines and captions have no final period). At the start of each line, a block prefix (list
 * marker, heading mark, speaker label) is skipped and a dateline or timestamp becomes its own
 * segment (line-prefix.ts). Inside a line, a candidate boundary is a cluster of terminators
 * (. ! ? … and runs of periods) plus any closing quotes/brackets right after it; whether it is a
 * real boundary depends on what precedes and follows it (boundary-rules.ts) and on whether an open
 * quotation closes later on the line (quotes.ts).
 *
 * Linear time: every look-behind/look-ahead is bounded, so pathological input (100k characters on a
 * single line, long runs of punctuation) stays linear.
 */
import * as m_boundary_rules from "./boundary-rules";
import * as m_chars from "./chars";
import * as m_line_prefix from "./line-prefix";
import { QuoteTracker } from "./quotes";
import * as m_quotes from "./quotes";
import type { SentenceSpan } from "./types";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per character or per word.
const { Follow, classifyFollower, gluedPeriodBoundary, isUrlish, periodBoundary } = m_boundary_rules;
const { hasAlnum, isCloser, isDash, isLineBreak, isSpace, isSpaceOrBreak, isTerminator } = m_chars;
const { blockPrefixAt, leadAt } = m_line_prefix;
const { isQuoteChar } = m_quotes;

/** What a span is: a sentence, or the dateline / live-blog timestamp before a line's first sentence. */
export type SpanKind = "sentence" | "dateline" | "timestamp";

/** Optional outputs, parallel to the spans: the offset of each span's line, and its kind. */
export type ScanExtras = { lineStarts?: number[]; kinds?: SpanKind[] };

/** Split `body` into trimmed sentence spans (see the module comment). */
export function scanSentences(body: string, extras: ScanExtras = {}): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const { lineStarts, kinds } = extras;
  const n = body.length;
  let segStart = 0;
  let lineStart = 0;
  let contentStart = 0; // after the line's block prefix
  let invQ = 0; // unmatched ¿ in the current segment
  let invE = 0; // unmatched ¡ in the current segment
  const quotes = new QuoteTracker();

  const emit = (a: number, b: number, kind: SpanKind): void => {
    while (a < b && isSpaceOrBreak(body.charCodeAt(a))) a++;
    while (b > a && isSpaceOrBreak(body.charCodeAt(b - 1))) b--;
    if (a < b && hasAlnum(body, a, b)) {
      out.push({ text: body.slice(a, b), start: a, end: b });
      if (lineStarts) lineStarts.push(lineStart);
      if (kinds) kinds.push(kind);
    }
  };

  /** Start a line at `p`: skip its block prefix, emit its dateline/timestamp; returns where its text starts. */
  const enterLine = (p: number): number => {
    lineStart = p;
    invQ = invE = 0;
    quotes.reset();
    contentStart = blockPrefixAt(body, p).end;
    const lead = leadAt(body, contentStart);
    if (lead === null) return contentStart;
    emit(contentStart, lead.end, lead.kind);
    return lead.end;
  };

  /** Does the current segment open with ¿ / ¡ (after spaces, quotes, dashes)? */
  const segmentOpensWith = (code: number, upTo: number): boolean => {
    let p = segStart;
    while (p < upTo) {
      const c = body.charCodeAt(p);
      if (c === code) return true;
      if (isSpace(c) || isDash(c) || c === 0x201c || c === 0xab || c === 34 || c === 0x2018 || c === 39) p++;
      else return false;
    }
    return false;
  };

  let i = (segStart = enterLine(0));
  while (i < n) {
    const c = body.charCodeAt(i);
    // Fast path: letters and most ASCII punctuation.
    if (c > 63 && c < 0xa1) {
      i++;
      continue;
    }
    if (c === 32 || (c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    if (isLineBreak(c)) {
      emit(segStart, i, "sentence");
      i = segStart = enterLine(i + 1);
      continue;
    }
    if (c === 0xbf) invQ++;
    else if (c === 0xa1) invE++;
    else if (isQuoteChar(c)) quotes.see(body, i, lineStart);
    if (!isTerminator(c)) {
      i++;
      continue;
    }

    // --- a terminator cluster starts at i ---
    let j = i;
    let periods = 0;
    let qCount = 0;
    let eCount = 0;
    let ellipsis = false;
    let closed = false;
    while (j < n) {
      const d = body.charCodeAt(j);
      if (d === 46) periods++;
      else if (d === 63) qCount++;
      else if (d === 33) eCount++;
      else if (d === 0x2026) ellipsis = true;
      else if (isCloser(d)) {
        closed = true;
        if (isQuoteChar(d)) quotes.see(body, j, lineStart);
      } else break;
      j++;
    }
    if (periods >= 2) ellipsis = true;

    // Spanish ¿…? / ¡…!: a sentence that opens with ¿ ends at the ? that closes it.
    let strong = false;
    if (qCount > 0 && invQ > 0) {
      invQ = Math.max(0, invQ - qCount);
      if (invQ === 0 && segmentOpensWith(0xbf, i)) strong = true;
    }
    if (eCount > 0 && invE > 0) {
      invE = Math.max(0, invE - eCount);
      if (invE === 0 && segmentOpensWith(0xa1, i)) strong = true;
    }

    let k = j;
    while (k < n && isSpace(body.charCodeAt(k))) k++;
    const follow = classifyFollower(body, k);
    if (follow === Follow.End) {
      // End of text or line: the line break (or the final emit) closes the segment.
      i = j;
      continue;
    }
    const glued = k === j;
    let boundary = false;

    if (glued) {
      if (follow === Follow.Upper || (follow === Follow.Open && (closed || qCount + eCount > 0))) {
        if (closed) {
          boundary = true; // friends.”The
        } else if (qCount + eCount > 0 || ellipsis) {
          boundary = !isUrlish(body, i, lineStart); // Really?Yes / pasó...Y
        } else if (follow === Follow.Upper) {
          boundary = gluedPeriodBoundary(body, i, k, lineStart); // forces.President
        }
      }
    } else if (strong) {
      // "¿Vienes? le preguntó" ends at "?"; a dialogue dash ("—¿Vienes? —preguntó") or a comma does not.
      boundary = follow !== Follow.Close && !(follow === Follow.Lower && isDash(body.charCodeAt(k)));
    } else if (follow === Follow.Lower || follow === Follow.Close) {
      boundary = false;
    } else if (qCount + eCount > 0) {
      boundary = true;
    } else if (ellipsis) {
      boundary = follow === Follow.Upper || follow === Follow.Open;
    } else if (closed) {
      boundary = true; // "...friends.” La Nacion"
    } else {
      boundary = periodBoundary(body, i, k, follow, lineStart, contentStart);
    }
    // Inside a quotation that closes later on this line, the quotation is one claim.
    if (boundary && quotes.open && quotes.closesAfter(body, j)) boundary = false;

    if (boundary) {
      emit(segStart, j, "sentence");
      segStart = j;
      invQ = invE = 0;
    }
    i = j;
  }
  emit(segStart, n, "sentence");
  return out;
}
