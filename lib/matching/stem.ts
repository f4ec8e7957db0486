/**
 * Snowball stems (English and Spanish, package snowball-stemmers) with a bounded memo: the JS port
 * costs ~15 µs a word, and claim vocabularies repeat, so each distinct word is stemmed once.
 * Input is a normalised word (lowercase, no accents); Spanish is stemmed without accents too, so
 * "aprobó"/"aprobo" stem alike.
 */

import * as snowball from "snowball-stemmers";
import type { Language } from "./normalize";

const MEMO_LIMIT = 200_000;
const stemmers: Partial<Record<Language, snowball.Stemmer>> = {};
const memo: Record<Language, Map<string, string>> = { en: new Map(), es: new Map() };

export function snowballStem(word: string, language: Language): string {
  const cache = memo[language];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stemmer = (stemmers[language] ??= snowball.newStemmer(language === "es" ? "spanish" : "english"));
  const out = word.length <= 3 ? word : stemmer.stem(word);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}
