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
 *
 * Cross-lingual candidates (`{ crossLingual: true }`): the same terms followed by at most
 * FTS_MAX_TRANSLATED terms in the other language (see FtsOptions), so the expression has at most
 * FTS_MAX_TERMS + FTS_MAX_TRANSLATED terms.
 */

import { entityName } from "./entities";
import { claimFrame } from "./frame";
import { lexicons } from "./lexicons";
import { stripAccents, type Language } from "./normalize";
import { phraseWords } from "./phrases";
import { snowballStem } from "./stem";
import { analyze, detectLanguage, stopwordsFor } from "./tokenize";

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

export type FtsOptions = {
  /**
   * Also find candidates written in the other language (issue 13): up to FTS_MAX_TRANSLATED more
   * terms, from the bilingual lexicon (the other language's headword of each content word's
   * concept, as a stem prefix) and the other-language names of places and bodies ("España" ->
   * "spain"*, "Banco Central" -> "central bank"*). Names the lexicon does not know ("Bukele") are
   * already language-neutral terms.
   */
  crossLingual?: boolean;
};

export const FTS_MAX_TRANSLATED = 8;

export function ftsQueryFor(text: string, language?: Language, options: FtsOptions = {}): string {
  const terms = sourceTerms(text, language);
  if (options.crossLingual) {
    const lang = language ?? detectLanguage(text) ?? "en";
    for (const t of translatedTerms(text, lang)) if (!terms.includes(t)) terms.push(t);
  }
  return terms.map((term) => `"${term.replace(/"/g, '""')}"*`).join(" OR ");
}

function sourceTerms(text: string, language?: Language): string[] {
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
  return chosen.map(({ term }) => term);
}

/** A stem prefix the way sourceTerms makes one: the common prefix of stem and word, or the word. */
function prefixTerm(word: string, language: Language): string {
  const shared = commonPrefix(snowballStem(word, language), word);
  return shared.length >= MIN_PREFIX ? shared : word;
}

const MONTHS_BY_LANGUAGE: Record<Language, string[]> = {
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};
/** Translated prefixes are at least this long: "tas"* would match half the index. */
const MIN_TRANSLATED_PREFIX = 4;

/** The longest word of a phrase that is not a stopword. */
function headWord(phrase: string, language: Language): string | undefined {
  const parts = phraseWords(phrase).filter((w) => !stopwordsFor(language).has(w) && /\p{L}/u.test(w));
  return parts.sort((x, y) => y.length - x.length)[0];
}

/**
 * Other-language terms for a claim: places and bodies first (their other-language name as a
 * phrase), then months, then content words and directions by length — the other language's
 * headword of the word's direction, or of its first two concepts (a word may have several senses:
 * "paro" is unemployment and a strike).
 */
function translatedTerms(text: string, language: Language): string[] {
  const lex = lexicons();
  const other: Language = language === "en" ? "es" : "en";
  const frame = claimFrame(text, language);
  const named: string[] = [];
  const words: { term: string; weight: number }[] = [];
  const addWord = (phrase: string | undefined, weight: number) => {
    const word = phrase && headWord(phrase, other);
    if (!word) return;
    const term = prefixTerm(word, other);
    if (term.length >= MIN_TRANSLATED_PREFIX) words.push({ term, weight });
  };
  for (const u of frame.units) {
    if ((u.kind === "place" || u.kind === "organisation") && !u.implied) {
      const parts = phraseWords(entityName(u.ids[0]!, other)).filter((w) => !stopwordsFor(other).has(w));
      if (parts.length > 0 && parts.join(" ") !== phraseWords(u.text).join(" ")) named.push(parts.join(" "));
    } else if (u.kind === "time" && u.time!.group === "month") {
      const month = MONTHS_BY_LANGUAGE[other][Number(u.time!.value) - 1];
      if (month) named.push(month);
    } else if (u.kind === "direction") {
      addWord(lex.directionForms.get(u.direction!.id)?.[other][0], u.text.length + 1);
    } else if (u.kind === "content") {
      const concepts = u.keys.filter((k) => k.startsWith("c:")).slice(0, 2);
      for (const c of concepts) addWord(lex.conceptInfo[Number(c.slice(2))]![other][0], u.text.length);
    }
  }
  words.sort((x, y) => y.weight - x.weight);
  const out: string[] = [];
  for (const t of [...named, ...words.map((w) => w.term)]) {
    if (!out.includes(t)) out.push(t);
    if (out.length >= FTS_MAX_TRANSLATED) break;
  }
  return out;
}
