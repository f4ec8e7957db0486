/**
 * Text normalisation shared by tokenisation, number extraction and the similarity score.
 * Pure functions only: no Next.js, React or database imports anywhere in lib/matching.
 */

import type { Language } from "../vocabulary";

export type { Language };

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u00B4\u0060\u02BC]/g; // ‘ ’ ‚ ‛ ′ ‵ ´ ` ʼ
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u2039\u203A]/g; // “ ” „ ‟ ″ ‶ « » ‹ ›
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g; // ‐ ‑ ‒ – — ― − ﹘ ﹣ －
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g; // zero-width characters and soft hyphen
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Strips accents by decomposing (NFD) and dropping combining marks: "Bukele reelegido en El Salvador según"
 * keeps its letters, "ñ" becomes "n", "é" becomes "e". Case is preserved (callers decide).
 */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

/**
 * Unifies typographic variants without changing case or accents: curly quotes become ' and ",
 * all dash-like characters become "-", "º" before C or F is the degree sign, zero-width characters vanish and every run of Unicode
 * whitespace (including non-breaking and narrow no-break spaces) becomes a single space.
 */
export function unifyPunctuation(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\u00BA(?=\s?[CF]\b)/g, "°") // dev v12: "46,8 ºC" (ordinal indicator) is "46,8 °C" (ph, pk)
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Canonical form used everywhere in matching: lowercase, accents stripped (NFD), quotes and dashes
 * unified, whitespace collapsed and trimmed. The language argument is accepted for API symmetry;
 * the transformation is the same for English and Spanish.
 */
export function normalizeText(text: string, _language?: Language): string {
  return stripAccents(unifyPunctuation(text)).toLowerCase();
}
