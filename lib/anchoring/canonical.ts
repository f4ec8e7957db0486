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

// ʼ (U+02BC) is a letter to Unicode but an apostrophe to writers, so it is kept out of words:
// "donʼt" must tokenise like "don't". Runs of dots are one token so that "..." matches "…".
const TOKEN_RE = /(\s+)|((?:(?!\u02BC)[\p{L}\p{N}\p{M}\u00AD\u200B\u2060])+)|(\.+|\u2026)|([\s\S])/gu;

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

/** Tokenises `text.slice(from, to)`; whitespace is skipped, offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  // Upper bound on the token count: one per UTF-16 unit.
  let start = new Int32Array(Math.min(slice.length, 1024) || 1);
  let end = new Int32Array(start.length);
  let word = new Uint8Array(start.length);
  const key: string[] = [];
  let count = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    if (m[1] !== undefined) continue;
    if (count === start.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      start = grow(start);
      end = grow(end);
      const w = new Uint8Array(word.length * 2);
      w.set(word);
      word = w;
    }
    start[count] = from + m.index;
    end[count] = from + m.index + m[0].length;
    if (m[2] !== undefined) {
      const k = wordKey(m[2]);
      if (k.length === 0) continue; // a run of invisible characters only
      key.push(k);
      word[count] = 1;
    } else {
      key.push(symbolKey(m[0]));
      word[count] = 0;
    }
    count++;
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
