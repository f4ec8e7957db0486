/**
 * Character classes for the sentence scanner, on UTF-16 code units. ASCII is tested first with plain
 * comparisons; only non-ASCII characters fall back to Unicode property regexes (the scanner calls
 * these for nearly every character, so the fast paths matter).
 */
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

export function isSpaceOrBreak(c: number): boolean {
  return isSpace(c) || isLineBreak(c);
}

/**
 * Past the ASCII fast paths, only a non-ASCII character outside the surrogate range gets the
 * Unicode test: a surrogate is half of an astral character, which the scanner never counts as a letter.
 */
function needsUnicodeTest(c: number): boolean {
  return c >= 128 && (c < 0xd800 || c > 0xdfff);
}

export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  return needsUnicodeTest(c) && s[i] !== s[i].toLowerCase();
}

export function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  return needsUnicodeTest(c) && s[i] !== s[i].toUpperCase();
}

export function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return needsUnicodeTest(c) && LETTER_RE.test(s[i]);
}

export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** Opening quotes and brackets, plus Spanish ¿ ¡. Straight quotes count as opening after a space. */
export function isOpener(c: number): boolean {
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
export function isCloser(c: number): boolean {
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

export function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

export function hasAlnum(s: string, a: number, b: number): boolean {
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

