/**
 * Boundary rules of the sentence scanner: what follows a terminator cluster (Follow), and whether a
 * period ends a sentence given the word before it (abbreviation tables, initials, clock times, list
 * numbers) and the word after it. Every look-behind/look-ahead is bounded by MAX_TOKEN.
 */
import * as m_abbreviations from "./abbreviations";
import * as m_chars from "./chars";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per character or per word.
const { AbbrevKind, abbrevKind, SENTENCE_STARTERS } = m_abbreviations;
const { isDash, isLetterAt, isLineBreak, isLowerAt, isOpener, isSpace, isSpaceOrBreak, isUpperAt } = m_chars;

/** How far (in code units) token look-behind/look-ahead may go. Keeps the scan linear. */
export const MAX_TOKEN = 256;

export enum Follow {
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

export function classifyFollower(s: string, k: number): Follow {
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

function startsWithWord(s: string, k: number, words: ReadonlySet<string>): boolean {
  let e = k;
  const lim = Math.min(s.length, k + 16);
  while (e < lim && isLetterAt(s, e)) e++;
  if (e === k || e === lim) return false;
  return words.has(s.slice(k, e));
}

const startsWithStarter = (s: string, k: number): boolean => startsWithWord(s, k, SENTENCE_STARTERS);

/**
 * After "a.m." / "p. m." a capitalised word starts a new sentence ("as of 6 a.m. Malacañang
 * suspended classes") unless it belongs to the time: a weekday, a month, a time zone.
 */
const CLOCK_FOLLOWERS: ReadonlySet<string> = new Set(
  ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun " +
    "January February March April May June July August September October November December " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ET EST EDT CT CST CDT MT PT PST PDT GMT UTC BST CET CEST " +
    "IST SAST EAT WAT AEST AEDT Eastern Central Mountain Pacific Local").split(" "),
);

function isClockTime(s: string, word: string, start: number): boolean {
  const w = word.toLowerCase();
  if (w === "a.m" || w === "p.m") return true;
  // Spanish "p. m.": the word is "m" and "a." / "p." stands right before it.
  if (w !== "m" || start < 3) return false;
  const before = s.slice(Math.max(0, start - 3), start).toLowerCase();
  return before === "a. " || before === "p. ";
}

const TLD_RE =
  /\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co|news|tv|ly|me|app|es|ar|sv|mx|gt|hn|ni|cr|pa|cu|do|ec|bo|py|uy|cl|pe|ve|br|us|uk|eu|fr|de|it|pt|ca|au|ru|cn|jp|in)(?![\p{L}\p{N}])/iu;

/** True when the whitespace-delimited token around `i` looks like a URL, domain or e-mail. */
export function isUrlish(s: string, i: number, lineStart: number): boolean {
  const a = tokenStart(s, i, lineStart);
  let b = i;
  const lim = Math.min(s.length, i + MAX_TOKEN);
  while (b < lim && !isSpaceOrBreak(s.charCodeAt(b))) b++;
  const tok = s.slice(a, b);
  return (
    tok.includes("://") || tok.startsWith("www.") || tok.includes("@") || TLD_RE.test(tok) || tok.includes("/")
  );
}

/** A single period followed by whitespace and a non-lower-case character. */
export function periodBoundary(s: string, i: number, k: number, follow: Follow, lineStart: number, contentStart: number): boolean {
  const { word, start } = wordBefore(s, i, lineStart);
  if (word.length === 0) return true;
  switch (abbrevKind(word)) {
    case AbbrevKind.Prefix:
      return false;
    case AbbrevKind.Numeric:
      return follow !== Follow.Digit;
    case AbbrevKind.Final:
      if (follow === Follow.Upper && isClockTime(s, word, start)) return !startsWithWord(s, k, CLOCK_FOLLOWERS);
      // "Saguaro Power Co. (NYSE: SGPC) broke ground": a parenthesis after an abbreviation continues.
      // "He moved to the U.S. (It was 1990.)" is a new sentence in brackets.
      if (follow === Follow.Open) return s.charCodeAt(k) !== 40 || startsWithStarter(s, k + 1);
      return follow === Follow.Upper && startsWithStarter(s, k);
  }
  // A number at the start of a line's text ("1. The first point", "## 1. Costs") is a list number.
  if (word.length <= 3 && isAllDigits(word)) {
    let p = contentStart;
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
export function gluedPeriodBoundary(s: string, i: number, k: number, lineStart: number): boolean {
  if (i - 2 < lineStart || !isLowerAt(s, i - 1) || !isLetterAt(s, i - 2)) return false;
  if (k + 1 >= s.length || !isLetterAt(s, k + 1)) return false;
  let p = i;
  const lim = Math.max(lineStart, i - MAX_TOKEN);
  while (p > lim && isLetterAt(s, p - 1)) p--;
  if (abbrevKind(s.slice(p, i)) !== AbbrevKind.None) return false;
  return !isUrlish(s, i, lineStart);
}
