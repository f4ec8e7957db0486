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

type Entry<T> = { words: string[]; values: T[]; phrase: string };

/**
 * Phrases indexed by their first two words (single-word entries by the word, longer ones by the
 * second word, longest first), so a lookup costs two map probes however many phrases start with a
 * common word ("de", "el", "the").
 */
export class PhraseTable<T> {
  /** first word -> its single-word entry and the longer entries by second word */
  private readonly byFirst = new Map<string, { single?: Entry<T>; next: Map<string, Entry<T>[]> }>();
  private readonly byKey = new Map<string, Entry<T>>();
  private unsorted = new Set<Entry<T>[]>();
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
    const entry: Entry<T> = { words, values: [value], phrase };
    this.byKey.set(key, entry);
    let slot = this.byFirst.get(words[0]!);
    if (!slot) this.byFirst.set(words[0]!, (slot = { next: new Map() }));
    if (words.length === 1) slot.single = entry;
    else {
      let list = slot.next.get(words[1]!);
      if (!list) slot.next.set(words[1]!, (list = []));
      list.push(entry);
      if (list.length > 1) this.unsorted.add(list);
    }
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

  /**
   * Longest phrase starting at words[i] (words are normalised); `accept` may veto a candidate (a
   * case rule, a context rule), in which case shorter phrases are tried.
   */
  match(words: readonly string[], i: number, accept?: (hit: PhraseHit<T>) => boolean): PhraseHit<T> | undefined {
    const first = words[i];
    if (first === undefined) return undefined;
    if (this.unsorted.size > 0) {
      for (const list of this.unsorted) list.sort((x, y) => y.words.length - x.words.length);
      this.unsorted.clear();
    }
    const slot = this.byFirst.get(first);
    if (!slot) return undefined;
    const second = words[i + 1];
    const list = second === undefined ? undefined : slot.next.get(second);
    if (list) {
      for (const entry of list) {
        if (i + entry.words.length > words.length) continue;
        let ok = true;
        for (let k = 2; k < entry.words.length; k++) {
          if (words[i + k] !== entry.words[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const hit = { length: entry.words.length, values: entry.values, phrase: entry.phrase };
        if (!accept || accept(hit)) return hit;
      }
    }
    const one = slot.single;
    if (!one) return undefined;
    const hit = { length: 1, values: one.values, phrase: one.phrase };
    return !accept || accept(hit) ? hit : undefined;
  }

  get longest(): number {
    return this.maxWords;
  }
}
