/**
 * One tokenisation pass over a sentence for the feature extractor: words and numbers with their
 * case, whether they stand inside quotation marks, and a few character facts (%, currency, URL).
 * Numbers keep their inner separators ("1,312", "3,5", "74.000"); apostrophes stay inside words
 * ("didn't", "I've"); hyphens split ("forward-looking" -> "forward", "looking").
 */
import type { Language } from "../vocabulary";
import type { WordInfo } from "./word-info";
import * as m_word_info from "./word-info";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per character or per word.
const { wordInfoAt } = m_word_info;
const FNV_SEED = 0x811c9dc5;

export type Tokens = {
  /** What is known about each word regardless of its position (word-info.ts). */
  info: WordInfo[];
  /** Lower-cased, apostrophes straightened. */
  lower: string[];
  raw: string[];
  inQuote: boolean[];
  isNumber: boolean[];
  /** A clock time ("6:40", "18.30" before h/horas/am/pm): not a figure. */
  isTime: boolean[];
  /** Starts with a capital letter. */
  isCapital: boolean[];
  count: number;
  /** Share of letters and digits that stand inside quotation marks. */
  quotedShare: number;
  startsWithQuote: boolean;
  percent: boolean;
  currency: boolean;
  url: boolean;
  /** "Lunch: India 201 for 3": a colon after at most four words. */
  colonLabel: boolean;
  question: boolean;
  exclamation: boolean;
  /** Any lower-case letter at all (else the sentence is in capitals). */
  hasLower: boolean;
};

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Latin-1 and Latin Extended letters (á, ñ, ü, ł...) without a regex: most non-ASCII in EN/ES news.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  return WORD_CHAR_RE.test(s[i]);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function isQuoteMark(c: number): 0 | 1 | 2 | 3 {
  if (c === 0x201c || c === 0xab) return 1; // opens
  if (c === 0x201d || c === 0xbb) return 2; // closes
  if (c === 34) return 3; // toggles
  return 0;
}

function emptyTokens(): Tokens {
  return {
    info: [],
    lower: [],
    raw: [],
    inQuote: [],
    isNumber: [],
    isTime: [],
    isCapital: [],
    count: 0,
    quotedShare: 0,
    startsWithQuote: false,
    percent: false,
    currency: false,
    url: false,
    colonLabel: false,
    question: false,
    exclamation: false,
    hasLower: false,
  };
}

/**
 * Tokenise `text`. With `into`, that object is reused (the scorer keeps one): its arrays are
 * overwritten up to `count` and may be longer, so readers go by `count`, never by array length.
 */
export function tokenize(text: string, language: Language, into?: Tokens): Tokens {
  const t = into ?? emptyTokens();
  t.count = 0;
  t.startsWithQuote = t.percent = t.currency = t.colonLabel = t.hasLower = false;
  t.url = false;
  let inQuote = false;
  let quoted = 0;
  let alnum = 0;
  let seenWord = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const q = isQuoteMark(c);
    if (q !== 0) {
      if (!seenWord && !t.startsWithQuote && (q === 1 || q === 3)) t.startsWithQuote = true;
      inQuote = q === 1 ? true : q === 2 ? false : !inQuote;
      i++;
      continue;
    }
    if (c === 37 || c === 0x2030) t.percent = true;
    else if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20a6 || c === 0x20b9) t.currency = true;
    else if (c === 58 && !t.colonLabel && t.count > 0 && t.count <= 4) t.colonLabel = true;
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    const number = isDigit(c);
    // The word's cache key (FNV-1a of its characters), computed on the way.
    let h = Math.imul(FNV_SEED ^ c, 0x01000193);
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d, text, i)) {
        h = Math.imul(h ^ d, 0x01000193);
        i++;
        continue;
      }
      // Inner separators: 1,312 / 3.5 / don't / I’ve
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      // A web address: "example.com", "name@host", "https://"
      if ((d === 46 && ((next >= 97 && next <= 122) || (next >= 65 && next <= 90))) || d === 64 || (d === 58 && next === 47)) t.url = true;
      if (
        (number && (d === 44 || d === 46 || d === 58) && isDigit(next)) ||
        (!number && (d === 39 || d === 0x2019) && i + 1 < n && isWordChar(next, text, i + 1) && !isDigit(next))
      ) {
        h = Math.imul(Math.imul(h ^ d, 0x01000193) ^ next, 0x01000193);
        i += 2;
        continue;
      }
      break;
    }
    const info = wordInfoAt(text, start, i, language, h >>> 0);
    const raw = info.raw;
    if (!t.hasLower && raw !== raw.toUpperCase()) t.hasLower = true;
    const k = t.count++;
    t.info[k] = info;
    t.raw[k] = raw;
    t.lower[k] = info.lower;
    t.inQuote[k] = inQuote;
    t.isNumber[k] = number;
    t.isTime[k] = number && isClockTime(raw, text, i);
    t.isCapital[k] = info.isCapital;
    alnum += raw.length;
    if (inQuote) quoted += raw.length;
    seenWord = true;
  }
  t.quotedShare = alnum > 0 ? quoted / alnum : 0;
  let e = n - 1;
  while (e >= 0 && " \"'”’»)]".includes(text[e])) e--;
  t.question = (e >= 0 && text[e] === "?") || (text.includes("¿") && /^[\s"“«'‘(—–-]*¿/.test(text));
  t.exclamation = e >= 0 && text[e] === "!";
  return t;
}

const CLOCK_RE = /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/;
const CLOCK_UNIT_RE = /^\s?(?:[ap]\.?\s?m\b|h\b|hs\b|horas\b|hrs\b)/i;

/** "6:40" is a time; "18.30" only before a clock unit (else it is a decimal). */
function isClockTime(raw: string, text: string, end: number): boolean {
  if (!CLOCK_RE.test(raw)) return false;
  return raw.includes(":") ? !/^:\d/.test(text.slice(end, end + 2)) : CLOCK_UNIT_RE.test(text.slice(end, end + 7));
}
