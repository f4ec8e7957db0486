/**
 * The model's feature index space: named features first (feature-names.ts), then 2^HASH_BITS
 * buckets for hashed n-grams (the hashing trick: no vocabulary to store, unseen n-grams weigh 0).
 */
import { NAMED_FEATURES } from "./feature-names";

export const HASH_BITS = 18;
export const HASH_MASK = (1 << HASH_BITS) - 1;
export const NAMED_COUNT = NAMED_FEATURES.length;
export const DIMENSION = NAMED_COUNT + (1 << HASH_BITS);
export const SEED = 0x811c9dc5;
/**
 * Value of a hashed n-gram feature (named features have value 1). Below 1, the same L2 penalty
 * restrains n-gram weights more than the named features', which generalise better to unseen
 * articles; 0.3 was chosen by cross-validation on train+dev.
 */
export const NGRAM_VALUE = 0.3;

/** 32-bit FNV-1a of s[from..to), starting from `seed`. */
export function fnv(s: string, from: number, to: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32), so combined hashes spread over the buckets. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
