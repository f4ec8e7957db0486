/**
 * Claim memory — pure similarity functions (no Next.js, React or database imports).
 * See similarity.ts for the score, numbers.ts for the number rule's parsing and tokenize.ts for the
 * stopword and stemming rules.
 */
export type { Language } from "./normalize";
export { normalizeText } from "./normalize";
export { extractNumbers } from "./numbers";
export { tokenize, detectLanguage } from "./tokenize";
export { similarity, isSameClaim, SAME_CLAIM_THRESHOLD } from "./similarity";
export type { SimilarityOptions, SimilarityResult } from "./similarity";
export { ftsQueryFor, FTS_MAX_TERMS } from "./fts";
