/**
 * A sentence's features as the model reads them: parallel arrays of feature ids, values and
 * explanation groups, plus the trigger words of named features. See features.ts for what they are.
 */
import type { Language } from "../vocabulary";
import * as m_hashing from "./hashing";
import type { LineFacts } from "./layout";
import type { Tokens } from "./tokens";

// Bound once: under tsx every use of an imported binding is a getter call, and these are hot.
const { HASH_MASK, NAMED_COUNT, NGRAM_VALUE } = m_hashing;

export type SentenceContext = {
  language: Language;
  line: LineFacts;
  /** The sentence is on the first non-empty line of the article. */
  firstLine: boolean;
};

export type Features = {
  ids: number[];
  vals: number[];
  /** Explanation group of each feature: a named index, or wordGroup(token) / phraseGroup(token). */
  groups: number[];
  /** How many entries of ids/vals/groups are in use (a reused sink keeps longer arrays). */
  count: number;
  /** Named index and trigger word, alternating: [index, word, index, word, ...]. */
  triggers: Array<number | string>;
  tokens: Tokens;
};

/** Local copies: under tsx, imported bindings are getters, and these are read in hot loops. */
const NAMED = NAMED_COUNT;
const MASK = HASH_MASK;
const NGRAM = NGRAM_VALUE;

export const wordGroup = (token: number): number => NAMED + 2 * token;
/** The bigram that ends at `token` (token 0: the sentence's first word). */
export const phraseGroup = (token: number): number => NAMED + 2 * token + 1;

/**
 * Collects features. The scorer reuses one sink for every sentence (entries are overwritten, the
 * arrays keep their length), which spares the garbage collector one set of arrays per sentence.
 */
export class FeatureSink implements Features {
  readonly ids: number[] = [];
  readonly vals: number[] = [];
  readonly groups: number[] = [];
  count = 0;
  triggers: Array<number | string> = [];
  tokens!: Tokens;

  reset(tokens: Tokens): void {
    this.count = 0;
    this.triggers = [];
    this.tokens = tokens;
  }

  named(index: number, trigger = ""): void {
    this.put(index, 1, index);
    if (trigger) this.triggers.push(index, trigger);
  }

  hashed(hash: number, group: number): void {
    this.put(NAMED + (hash & MASK), NGRAM, group);
  }

  /** A hashed feature whose id is already computed (word-info.ts). */
  id(id: number, group: number): void {
    this.put(id, NGRAM, group);
  }

  private put(id: number, val: number, group: number): void {
    const n = this.count++;
    this.ids[n] = id;
    this.vals[n] = val;
    this.groups[n] = group;
  }
}

