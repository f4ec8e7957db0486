/**
 * Stemming for claim search: which indexed words count as the same word as the one typed.
 *
 * The index keeps words as written (lowercase, accents folded: "aprobó" is indexed as "aprobo"),
 * so search stems at query time: a word typed matches every indexed word with the same Snowball
 * stem (English or Spanish), found by reading the stretch of the index's vocabulary that could
 * hold them (db/search/terms.ts). All of this runs on accent-folded words, both sides the same.
 *
 * Two adjustments for Spanish, because folded accents hide suffixes Snowball knows only with them:
 * - a final "-cion" / "-sion" is always "-ción" / "-sión" in Spanish: it gets its accent back, so
 *   "aprobación" (folded "aprobacion") meets "aprobaciones" and "aprobó" at "aprob";
 * - a stem ending in "i" drops it (keeping three letters or more): folded "-ió" / "-ía" endings
 *   leave an "i" behind, so "subió", "subir" and "subieron" all become "sub", "tenía" meets "tener".
 */
import { stem } from "../checkworthiness/stem";
import type { Language } from "../vocabulary";

/** Shortest prefix worth a vocabulary scan: shorter stems would read half the dictionary. */
export const MIN_STEM_PREFIX = 3;

/** Words stemming applies to: three letters or more, letters only (numbers, codes and ids stay exact). */
export function isStemmable(word: string): boolean {
  return word.length >= MIN_STEM_PREFIX && /^\p{L}+$/u.test(word);
}

/** The stem of an accent-folded, lowercase word. */
export function searchStem(word: string, language: Language): string {
  if (language === "en") return stem(word, "en");
  const s = stem(word.replace(/([cs])ion$/, "$1ión"), "es");
  return s.length > MIN_STEM_PREFIX && s.endsWith("i") ? s.slice(0, -1) : s;
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/**
 * The prefix every word with this stem starts with, or null when it is too short to scan for.
 * Snowball only removes endings, except that English turns a final "y" into "i" ("city" →
 * "citi") and puts back an "e" ("hoping" → "hope"): a stem's final "e" or "i" may be absent from
 * its words, so the prefix stops before it, and before anything the typed word does not share.
 */
export function stemPrefix(word: string, stemmed: string): string | null {
  const prefix = commonPrefix(word, stemmed.replace(/[ei]$/, ""));
  return prefix.length >= MIN_STEM_PREFIX ? prefix : null;
}

/** The other forms of a word found in the index, grouped by which languages' stemmers agree. */
export type WordVariants = {
  /** Forms every language considered agrees on (the typed word itself always comes first). */
  any: string[];
  /** Forms only one language's stemmer relates to the word: they count only in that language's claims. */
  only: Partial<Record<Language, string[]>>;
};

/**
 * Sorts candidate words (from the vocabulary) into the typed word's variants: a candidate with
 * the same stem in every language considered is a variant everywhere; with the same stem in one
 * language only, a variant in that language ("rosa" for "rose" is Spanish only: Spanish stems both
 * to "ros"; English keeps "rose" apart).
 */
export function classifyVariants(word: string, candidates: Iterable<string>, languages: readonly Language[]): WordVariants {
  const stems = languages.map((l) => searchStem(word, l));
  const out: WordVariants = { any: [word], only: {} };
  for (const term of candidates) {
    if (term === word || !isStemmable(term)) continue;
    const agree = languages.filter((l, i) => searchStem(term, l) === stems[i]);
    if (agree.length === 0) continue;
    if (agree.length === languages.length) out.any.push(term);
    else (out.only[agree[0]!] ??= []).push(term);
  }
  return out;
}
