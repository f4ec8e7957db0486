/**
 * Multi-word phrase lookup over normalised words, used by every lexicon (concepts, paraphrases,
 * directions, places, organisations, units and time words).
 *
 * A phrase is stored as the list of its normalised words (normalizeText, then runs of letters and
 * digits: "EE. UU." -> ["ee", "uu"], "Banco de España" -> ["banco", "de", "espana"]). Lookup is
 * longest match first at a given position of a word sequence; several values may share a phrase
 * (a name that belongs to two places, a word in two concept groups) and are all returned.
 */

import { stripAccents } from "./normalize";

const WORD = /[\p{L}\p{N}]+/gu;

/** Normalised words of a phrase or text, ignoring punctuation. */
export function phraseWords(text: string): string[] {
  const lower = text.toLowerCase();
  // same result as normalizeText for the letters and digits kept; accents only stripped when present
  return (/[^\x00-\x7f]/.test(lower) ? stripAccents(lower) : lower).match(WORD) ?? [];
}

export type PhraseHit<T> = { length: number; values: T[]; phrase: string };

export class PhraseTable<T> {
  /** first word -> phrases starting with it, longest first */
  private readonly byFirst = new Map<string, { words: string[]; values: T[]; phrase: string }[]>();
  private readonly byKey = new Map<string, { words: string[]; values: T[]; phrase: string }>();
  private unsorted = new Set<string>();
  private maxWords = 0;

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const key = words.join(" ");
    const existing = this.byKey.get(key);
    if (existing) {
      if (!existing.values.includes(value)) existing.values.push(value);
      return;
    }
    const entry = { words, values: [value], phrase };
    this.byKey.set(key, entry);
    let list = this.byFirst.get(words[0]!);
    if (!list) this.byFirst.set(words[0]!, (list = []));
    list.push(entry);
    if (list.length > 1) this.unsorted.add(words[0]!);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /** True when some phrase is exactly these words. */
  has(words: readonly string[]): boolean {
    return this.byKey.has(words.join(" "));
  }

  /** Exact lookup of a single normalised word or phrase. */
  get(phrase: string): T[] | undefined {
    return this.byKey.get(phraseWords(phrase).join(" "))?.values;
  }

  private listFor(first: string) {
    if (this.unsorted.size > 0) {
      for (const key of this.unsorted) this.byFirst.get(key)!.sort((x, y) => y.words.length - x.words.length);
      this.unsorted.clear();
    }
    return this.byFirst.get(first);
  }

  /**
   * Longest phrase starting at words[i] (words are normalised); `accept` may veto a candidate (a
   * case rule, a context rule), in which case shorter phrases are tried.
   */
  match(words: readonly string[], i: number, accept?: (hit: PhraseHit<T>) => boolean): PhraseHit<T> | undefined {
    const list = this.listFor(words[i] ?? "");
    if (!list) return undefined;
    for (const entry of list) {
      if (i + entry.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        if (words[i + k] !== entry.words[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const hit = { length: entry.words.length, values: entry.values, phrase: entry.phrase };
      if (!accept || accept(hit)) return hit;
    }
    return undefined;
  }

  get longest(): number {
    return this.maxWords;
  }
}
