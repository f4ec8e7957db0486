/**
 * Canonical text: what "the same text" means for re-anchoring.
 *
 * Two spans are the same text when their canonical token sequences are equal. Canonicalisation
 * ignores whitespace (amount and kind: spaces, tabs, NBSP, line breaks, and whitespace next to
 * punctuation), quote style (curly, straight, guillemets, primes), dash style, the ellipsis
 * character versus three dots, invisible characters (soft hyphen, zero-width space, word joiner)
 * and Unicode composition (NFC vs NFD). It keeps case, accents, digits and word boundaries: "ab"
 * and "a b" differ, because a space between two words is implied by them being two tokens.
 *
 * The canonical string joins token keys with one space between two word tokens and nothing
 * elsewhere, so `canonicalText("He said , “yes”")` is `He said,"yes"`.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u00B4\u0060\u02BC\u2039\u203A]/g; // ‘ ’ ‚ ‛ ′ ‵ ´ ` ʼ ‹ ›
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g; // “ ” „ ‟ ″ ‶ « »
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g; // ‐ ‑ ‒ – — ― − ﹘ ﹣ －
const INVISIBLE = /[\u00AD\u200B\u2060]/g;
const NON_ASCII = /[^\x00-\x7F]/;

/** Non-whitespace tokens of a text: parallel arrays, offsets absolute (`base` added). */
export type Tokens = {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Canonical key of each token. */
  key: string[];
  /** 1 when the token is a word (letters, digits, marks), 0 for punctuation and symbols. */
  word: Uint8Array;
};

function wordKey(raw: string): string {
  const visible = raw.replace(INVISIBLE, "");
  return NON_ASCII.test(visible) ? visible.normalize("NFC") : visible;
}

function symbolKey(raw: string): string {
  if (raw === "\u2026") return "...";
  if (raw.charCodeAt(0) === 46) return raw; // a run of dots
  return raw.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-");
}

/** JavaScript's \s: the whitespace the canonical form ignores. */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
// Word-ness of BMP code units, filled on first sight: 0 unknown, 1 word, 2 not.
const bmpWord = new Uint8Array(65536);
const astralWord = new Map<number, boolean>();

/**
 * Letters, digits and marks, plus the invisible characters (dropped from keys), but not ʼ
 * (U+02BC): a letter to Unicode, an apostrophe to writers, so "donʼt" tokenises like "don't".
 */
function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp === 0x2bc) return false;
  if (cp === 0xad || cp === 0x200b || cp === 0x2060) return true;
  if (cp < 65536) {
    if (bmpWord[cp] === 0) bmpWord[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    return bmpWord[cp] === 1;
  }
  let w = astralWord.get(cp);
  if (w === undefined) astralWord.set(cp, (w = WORD_CHAR.test(String.fromCodePoint(cp))));
  return w;
}

const symbolKeys = new Map<string, string>();

/**
 * Tokenises `text.slice(from, to)`: words (runs of word characters), runs of dots, and single
 * other code points; whitespace is skipped. Offsets are into `text`. A hand-written scanner: the
 * equivalent Unicode-class regular expression was the slowest part of re-anchoring.
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  let cap = Math.max(16, Math.min(to - from, 1024));
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let word = new Uint8Array(cap);
  const key: string[] = [];
  let count = 0;
  const push = (s: number, e: number, k: string, isWord: boolean) => {
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap); ns.set(start); start = ns;
      const ne = new Int32Array(cap); ne.set(end); end = ne;
      const nw = new Uint8Array(cap); nw.set(word); word = nw;
    }
    start[count] = s;
    end[count] = e;
    word[count] = isWord ? 1 : 0;
    key.push(k);
    count++;
  };
  const codePointAt = (i: number) => {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    }
    return c;
  };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const cp = codePointAt(i);
    const width = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      let j = i + width;
      let ascii = c < 128;
      while (j < to) {
        const q = codePointAt(j);
        if (!isWordCodePoint(q)) break;
        if (q >= 128) ascii = false;
        j += q > 0xffff ? 2 : 1;
      }
      const k = ascii ? text.slice(i, j) : wordKey(text.slice(i, j));
      if (k.length > 0) push(i, j, k, true); // else a run of invisible characters only
      i = j;
    } else if (c === 46) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) === 46) j++;
      push(i, j, text.slice(i, j), false);
      i = j;
    } else {
      const raw = text.slice(i, i + width);
      let k = symbolKeys.get(raw);
      if (k === undefined) symbolKeys.set(raw, (k = symbolKey(raw)));
      push(i, i + width, k, false);
      i += width;
    }
  }
  return { count, start, end, key, word };
}

/** The canonical string of a text (see the module comment). */
export function canonicalText(text: string): string {
  const t = tokenize(text);
  let out = "";
  for (let i = 0; i < t.count; i++) {
    if (i > 0 && t.word[i] && t.word[i - 1]) out += " ";
    out += t.key[i];
  }
  return out;
}

/** True when two texts are the same up to whitespace, quote style and the like. */
export function sameText(a: string, b: string): boolean {
  return a === b || canonicalText(a) === canonicalText(b);
}

/**
 * The canonical string of a token range, with, for every canonical character, the exact span it
 * came from: a character of a key as long as its token maps to its own code unit, any other
 * (a collapsed or widened key) to the whole token, and a joining space to the gap between words.
 */
export type CanonicalMap = {
  text: string;
  from: Int32Array;
  to: Int32Array;
  /** Canonical offset where token `first + i` starts. */
  tokenAt: Int32Array;
  first: number;
};

export function canonicalMap(tokens: Tokens, first = 0, last = tokens.count): CanonicalMap {
  let length = 0;
  for (let i = first; i < last; i++) {
    length += tokens.key[i].length;
    if (i > first && tokens.word[i] && tokens.word[i - 1]) length++;
  }
  const from = new Int32Array(length);
  const to = new Int32Array(length);
  const tokenAt = new Int32Array(Math.max(0, last - first));
  const parts: string[] = [];
  let p = 0;
  for (let i = first; i < last; i++) {
    const key = tokens.key[i];
    const s = tokens.start[i];
    const e = tokens.end[i];
    if (i > first && tokens.word[i] && tokens.word[i - 1]) {
      from[p] = tokens.end[i - 1];
      to[p] = s;
      parts.push(" ");
      p++;
    }
    tokenAt[i - first] = p;
    const oneToOne = key.length === e - s;
    for (let j = 0; j < key.length; j++, p++) {
      from[p] = oneToOne ? s + j : s;
      to[p] = oneToOne ? s + j + 1 : e;
    }
    parts.push(key);
  }
  return { text: parts.join(""), from, to, tokenAt, first };
}

/** Exact span of canonical range [a, b) (b > a). */
export function exactSpan(map: CanonicalMap, a: number, b: number): { start: number; end: number } {
  return { start: map.from[a], end: map.to[b - 1] };
}
