/**
 * Snowball stems for the word n-grams ("resigned", "resigns" -> "resign"; "aprobó", "aprobaron" ->
 * "aprob"), so a word form the corpus never saw still meets its learned weight. Stemming is the
 * slowest step per word, and news vocabulary is Zipfian, so stems are memoised (bounded cache; the
 * result never depends on what is cached).
 */
import { newStemmer } from "snowball-stemmers";
import type { Language } from "../vocabulary";

const MAX_CACHE = 50_000;
const stemmers = { en: newStemmer("english"), es: newStemmer("spanish") };
const caches: Record<Language, Map<string, string>> = { en: new Map(), es: new Map() };

export function stem(word: string, language: Language): string {
  const cache = caches[language];
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmers[language].stem(word);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, s);
  }
  return s;
}
