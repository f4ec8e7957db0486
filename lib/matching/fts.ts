/**
 * Candidate retrieval expression for SQLite FTS5.
 *
 * ftsQueryFor() returns the most distinctive content tokens (at most FTS_MAX_TERMS) OR-ed together,
 * each as a quoted prefix term: `"bukel"* OR "megacarcel"* OR "capacidad"*`.
 *
 * Safety: tokens come from tokenize-style splitting on anything that is not a Unicode letter or
 * digit, so they can never contain quotes, parentheses, asterisks, colons, carets or whitespace;
 * FTS5 keywords typed by a user (AND, OR, NOT, NEAR) end up inside quotes, where they are plain
 * strings. Any double quote is still doubled defensively. Tokens with no letter or digit never
 * survive the split. Returns "" when nothing usable remains — callers must skip the query then
 * (MATCH '' is an FTS5 syntax error).
 *
 * Prefix choice: the term is the longest common prefix of the stem and the normalised surface word
 * (stems may rewrite endings, e.g. "city" -> "citi", so the common prefix "cit" is used), falling
 * back to the whole surface word when that prefix is shorter than 3 letters. Terms are accent-free
 * lowercase, which matches FTS5's default unicode61 tokenizer (remove_diacritics) — a tokenizer that
 * keeps diacritics would need the index text normalised with normalizeText() as well.
 *
 * "Distinctive" without corpus statistics: longer words first, with a bonus for capitalised words
 * that do not start the text (names, places, institutions); ties keep text order.
 */

import { stripAccents, type Language } from "./normalize";
import { analyze, detectLanguage } from "./tokenize";

export const FTS_MAX_TERMS = 8;
const MIN_PREFIX = 3;
const PROPER_NOUN_BONUS = 4;

function commonPrefix(x: string, y: string): string {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i);
}

function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  words.forEach((word, index) => {
    if (index > 0 && /^\p{Lu}/u.test(word)) out.add(stripAccents(word).toLowerCase());
  });
  return out;
}

export function ftsQueryFor(text: string, language?: Language): string {
  const lang = language ?? detectLanguage(text);
  const proper = capitalisedWords(text);
  const candidates = new Map<string, { term: string; weight: number; order: number }>();
  analyze(text, lang).forEach(({ surface, stem }, order) => {
    if (!/[\p{L}\p{N}]/u.test(surface)) return;
    const shared = commonPrefix(stem, surface);
    const prefix = shared.length >= MIN_PREFIX ? shared : surface;
    const weight = prefix.length + (proper.has(surface) ? PROPER_NOUN_BONUS : 0);
    const existing = candidates.get(prefix);
    if (!existing || existing.weight < weight) {
      candidates.set(prefix, { term: prefix, weight, order: existing?.order ?? order });
    }
  });
  const chosen = [...candidates.values()]
    .sort((x, y) => y.weight - x.weight || x.order - y.order)
    .slice(0, FTS_MAX_TERMS)
    .sort((x, y) => x.order - y.order);
  return chosen.map(({ term }) => `"${term.replace(/"/g, '""')}"*`).join(" OR ");
}
