/**
 * Rule-based sentence scanner for news text (English + Spanish).
 *
 * A single left-to-right pass over UTF-16 code units. Every line break ends a sentence (headlines,
 * bylines and captions have no final period). Inside a line, a candidate boundary is a cluster of
 * terminators (. ! ? … and runs of periods) plus any closing quotes/brackets right after it; whether
 * it is a real boundary depends on what precedes it (abbreviation tables, initials, acronyms) and
 * on what follows it (lower-case word, digit, opening quote, sentence-starter word...).
 *
 * Linear time: every look-behind/look-ahead is bounded, so pathological input (100k characters on a
 * single line, long runs of punctuation) stays linear.
 */
import { AbbrevKind, abbrevKind, SENTENCE_STARTERS } from "./abbreviations";
import type { SentenceSpan } from "./types";

/** How far (in code units) token look-behind/look-ahead may go. Keeps the scan linear. */
const MAX_TOKEN = 256;

const enum Follow {
  End,
  Lower,
  Upper,
  Digit,
  /** Opening quote/bracket, ¿, ¡, or a dash not followed by a lower-case word. */
  Open,
  /** Closing punctuation or punctuation that cannot start a sentence (, ; : . ? ! ) ” »). */
  Close,
  /** Anything else: symbols, emoji, uncased scripts. */
  Other,
}

const LETTER_RE = /\p{L}/u;
const ALNUM_RE = /[\p{L}\p{N}]/u;

/** Line terminators as understood by String.prototype.trim. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Same set as String.prototype.trim's WhiteSpace, minus line terminators. */
export function isSpace(c: number): boolean {
  if (c === 32 || c === 9) return true;
  if (c < 160) return c === 11 || c === 12;
  return (
    c === 160 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isSpaceOrBreak(c: number): boolean {
  return isSpace(c) || isLineBreak(c);
}

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const ch = s[i];
  return ch !== ch.toLowerCase();
}

function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c < 128 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const ch = s[i];
  return ch !== ch.toUpperCase();
}

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER_RE.test(s[i]);
}

function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** Opening quotes and brackets, plus Spanish ¿ ¡. Straight quotes count as opening after a space. */
function isOpener(c: number): boolean {
  switch (c) {
    case 34: // "
    case 39: // '
    case 40: // (
    case 91: // [
    case 123: // {
    case 0xbf: // ¿
    case 0xa1: // ¡
    case 0xab: // «
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x201e: // „
    case 0x2039: // ‹
      return true;
  }
  return false;
}

/** Characters that may close a sentence right after its terminator: ” ’ » › ) ] } " ' */
function isCloser(c: number): boolean {
  switch (c) {
    case 34:
    case 39:
    case 41:
    case 93:
    case 125:
    case 0xbb:
    case 0x201d:
    case 0x2019:
    case 0x203a:
      return true;
  }
  return false;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function classifyFollower(s: string, k: number): Follow {
  const n = s.length;
  if (k >= n) return Follow.End;
  const c = s.charCodeAt(k);
  if (c >= 97 && c <= 122) return Follow.Lower;
  if (c >= 65 && c <= 90) return Follow.Upper;
  if (c >= 48 && c <= 57) return Follow.Digit;
  if (isLineBreak(c)) return Follow.End;
  if (isDash(c)) {
    // Dialogue / parenthetical dash: "—¿Vienes? —preguntó." continues when a lower-case word follows.
    let m = k + 1;
    const lim = Math.min(n, k + 8);
    while (m < lim && (isDash(s.charCodeAt(m)) || isSpace(s.charCodeAt(m)))) m++;
    return m < n && isLowerAt(s, m) ? Follow.Lower : Follow.Open;
  }
  if (isOpener(c)) return Follow.Open;
  switch (c) {
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 46: // .
    case 33: // !
    case 63: // ?
    case 41: // )
    case 93: // ]
    case 125: // }
    case 0x2026: // …
    case 0xbb: // »
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x203a: // ›
      return Follow.Close;
  }
  if (c < 128) return Follow.Other;
  if (isUpperAt(s, k)) return Follow.Upper;
  if (isLowerAt(s, k)) return Follow.Lower;
  return Follow.Other;
}

/** Start of the whitespace-delimited token that ends right before `end` (bounded look-behind). */
function tokenStart(s: string, end: number, lineStart: number): number {
  let p = end;
  const lim = Math.max(lineStart, end - MAX_TOKEN);
  while (p > lim && !isSpace(s.charCodeAt(p - 1))) p--;
  return p;
}

/** The word before a period, without leading quotes/brackets/dashes: "(Dr" -> "Dr", "“U.S" -> "U.S". */
function wordBefore(s: string, end: number, lineStart: number): { word: string; start: number } {
  let p = tokenStart(s, end, lineStart);
  while (p < end) {
    const c = s.charCodeAt(p);
    if ((c >= 48 && c <= 57) || isLetterAt(s, p)) break;
    p++;
  }
  return { word: s.slice(p, end), start: p };
}

function startsWithStarter(s: string, k: number): boolean {
  let e = k;
  const lim = Math.min(s.length, k + 16);
  while (e < lim && isLetterAt(s, e)) e++;
  if (e === k || e === lim) return false;
  return SENTENCE_STARTERS.has(s.slice(k, e));
}

const TLD_RE =
  /\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co|news|tv|ly|me|app|es|ar|sv|mx|gt|hn|ni|cr|pa|cu|do|ec|bo|py|uy|cl|pe|ve|br|us|uk|eu|fr|de|it|pt|ca|au|ru|cn|jp|in)(?![\p{L}\p{N}])/iu;

/** True when the whitespace-delimited token around `i` looks like a URL, domain or e-mail. */
function isUrlish(s: string, i: number, lineStart: number): boolean {
  const a = tokenStart(s, i, lineStart);
  let b = i;
  const lim = Math.min(s.length, i + MAX_TOKEN);
  while (b < lim && !isSpaceOrBreak(s.charCodeAt(b))) b++;
  const tok = s.slice(a, b);
  return (
    tok.includes("://") || tok.startsWith("www.") || tok.includes("@") || TLD_RE.test(tok) || tok.includes("/")
  );
}

function hasAlnum(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) {
      const cp = s.codePointAt(i)!;
      if (ALNUM_RE.test(String.fromCodePoint(cp))) return true;
      if (cp > 0xffff) i++;
    }
  }
  return false;
}

/**
 * Split `body` into trimmed sentence spans. When `lineStarts` is given, the start offset of the
 * line that contains each span is pushed to it (parallel to the result).
 */
export function scanSentences(body: string, lineStarts?: number[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = body.length;
  let segStart = 0;
  let lineStart = 0;
  let invQ = 0; // unmatched ¿ in the current segment
  let invE = 0; // unmatched ¡ in the current segment

  const emit = (a: number, b: number): void => {
    while (a < b && isSpaceOrBreak(body.charCodeAt(a))) a++;
    while (b > a && isSpaceOrBreak(body.charCodeAt(b - 1))) b--;
    if (a < b && hasAlnum(body, a, b)) {
      out.push({ text: body.slice(a, b), start: a, end: b });
      if (lineStarts) lineStarts.push(lineStart);
    }
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

  let i = 0;
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
      emit(segStart, i);
      segStart = lineStart = i + 1;
      invQ = invE = 0;
      i++;
      continue;
    }
    if (c === 0xbf) {
      invQ++;
      i++;
      continue;
    }
    if (c === 0xa1) {
      invE++;
      i++;
      continue;
    }
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
      else if (isCloser(d)) closed = true;
      else break;
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
      boundary = periodBoundary(body, i, k, follow, lineStart);
    }

    if (boundary) {
      emit(segStart, j);
      segStart = j;
      invQ = invE = 0;
    }
    i = j;
  }
  emit(segStart, n);
  return out;
}

/** A single period followed by whitespace and a non-lower-case character. */
function periodBoundary(s: string, i: number, k: number, follow: Follow, lineStart: number): boolean {
  const { word, start } = wordBefore(s, i, lineStart);
  if (word.length === 0) return true;
  switch (abbrevKind(word)) {
    case AbbrevKind.Prefix:
      return false;
    case AbbrevKind.Numeric:
      return follow !== Follow.Digit;
    case AbbrevKind.Final:
      return follow === Follow.Open || (follow === Follow.Upper && startsWithStarter(s, k));
  }
  // List marker at the start of a line: "1. The first point".
  if (word.length <= 3 && isAllDigits(word)) {
    let p = lineStart;
    while (p < start && isSpace(s.charCodeAt(p))) p++;
    if (p === start) return false;
  }
  return true;
}

function isAllDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * "security forces.President Nayib": a period glued to a capitalised word. A boundary when a
 * lower-case word of >= 2 letters (not an abbreviation) precedes, a word of >= 2 letters follows,
 * and the token is not a URL/domain/e-mail.
 */
function gluedPeriodBoundary(s: string, i: number, k: number, lineStart: number): boolean {
  if (i - 2 < lineStart || !isLowerAt(s, i - 1) || !isLetterAt(s, i - 2)) return false;
  if (k + 1 >= s.length || !isLetterAt(s, k + 1)) return false;
  let p = i;
  const lim = Math.max(lineStart, i - MAX_TOKEN);
  while (p > lim && isLetterAt(s, p - 1)) p--;
  if (abbrevKind(s.slice(p, i)) !== AbbrevKind.None) return false;
  return !isUrlish(s, i, lineStart);
}
