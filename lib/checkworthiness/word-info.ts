/**
 * Everything the features need to know about one word, computed once per distinct word and
 * language: its normalised form, cue classes, phrase candidates, tense/mood flags and n-gram
 * buckets. News vocabulary is Zipfian, so nearly every token is a cache hit and costs one map
 * lookup. The cache is bounded and a pure function of the word: results never depend on it.
 */
import type { Language } from "../vocabulary";
import type { CueLexicon } from "./cues";
import * as m_cues from "./cues";
import * as m_hashing from "./hashing";
import { EN_LEXICON } from "./lexicon-en";
import { ES_LEXICON } from "./lexicon-es";
import * as m_morphology from "./morphology";
import * as m_stem from "./stem";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per word.
const { normaliseWord } = m_cues;
const { fnv, mix, HASH_MASK, NAMED_COUNT, SEED } = m_hashing;
const { wordForms } = m_morphology;
const { stem } = m_stem;

export type WordInfo = {
  raw: string;
  lower: string;
  isNumber: boolean;
  isCapital: boolean;
  /** No lower-case letter and two capitals or more ("NATO", "EE"). */
  isAcronym: boolean;
  /** A function word that Title Case leaves in lower case ("of", "de"). */
  titleStop: boolean;
  /** Cue-class bits of the word itself (lexicon-en.ts / lexicon-es.ts). */
  cues: number;
  /** Multi-word cues that start with this word. */
  phrases: CueLexicon["phrases"] extends Map<string, infer V> ? V | undefined : never;
  /** FORM flags (morphology.ts). */
  forms: number;
  /** Hash of the stem (or number shape), for bigrams. */
  unitHash: number;
  /** Feature ids: the unigram, then word-final character n-grams (3–4 letters). */
  ngramIds: number[];
};

export const TAG_WORD = 0x77;
export const TAG_SUFFIX = 0x73;

const LEXICONS: Record<Language, CueLexicon> = { en: EN_LEXICON, es: ES_LEXICON };
const MAX_CACHE = 100_000;
/** Per language: hash of a word's characters -> the words with that hash (collisions are rare). */
const caches: Record<Language, Map<number, WordInfo[]>> = { en: new Map(), es: new Map() };
const UPPER_RE = /\p{Lu}/u;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const CLOCK_RE = /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/;

/** Shape of a number token for n-grams: years, small counts and other figures generalise by shape. */
export function numberShape(raw: string): string {
  if (CLOCK_RE.test(raw) && raw.includes(":")) return "<time>";
  if (YEAR_RE.test(raw)) return "<year>";
  if (raw.length <= 2 && /^\d+$/.test(raw)) return "<n>";
  return "<num>";
}

/** No lower-case letter, two capitals or more ("NATO", "EE"): an acronym. */
function isUpperWord(w: string): boolean {
  let upper = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) upper++;
  }
  return upper >= 2;
}

const TITLE_STOP: ReadonlySet<string> = new Set(
  (
    "a an the of in on at to for and or but nor with by from as vs via into onto over after before about per " +
    "de del la el los las y e o u en al con por para un una sin sobre tras"
  ).split(" "),
);

function compute(raw: string, language: Language): WordInfo {
  const c = raw.charCodeAt(0);
  const isNumber = c >= 48 && c <= 57;
  const lower = normaliseWord(raw);
  const lex = LEXICONS[language];
  const unit = isNumber ? numberShape(raw) : stem(lower, language);
  const unitHash = fnv(unit, 0, unit.length, SEED);
  const ngramIds = [NAMED_COUNT + (mix(unitHash ^ TAG_WORD) & HASH_MASK)];
  if (!isNumber && lower.length >= 4) {
    for (let k = 3; k <= 4 && k < lower.length; k++) {
      ngramIds.push(NAMED_COUNT + (mix(fnv(lower, lower.length - k, lower.length, SEED ^ (TAG_SUFFIX + k))) & HASH_MASK));
    }
  }
  return {
    raw,
    lower,
    isNumber,
    isCapital: !isNumber && (c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(raw[0])),
    isAcronym: !isNumber && raw.length >= 2 && isUpperWord(raw),
    titleStop: TITLE_STOP.has(lower),
    cues: lex.words.get(lower) ?? 0,
    phrases: lex.phrases.get(lower),
    forms: isNumber ? 0 : wordForms(lower, language),
    unitHash,
    ngramIds,
  };
}

export function wordInfo(raw: string, language: Language): WordInfo {
  return wordInfoAt(raw, 0, raw.length, language, fnv(raw, 0, raw.length, SEED));
}

/**
 * The info of the word text[start, end). Looked up by a hash of its characters and checked with
 * startsWith, so a cache hit allocates nothing (not even the word's string): this runs for every
 * word of every sentence.
 */
export function wordInfoAt(text: string, start: number, end: number, language: Language, hash: number): WordInfo {
  const cache = caches[language];
  const key = hash & 0x3fffffff; // FNV-1a of text[start, end) with SEED; a small integer is the fastest key
  const hit = cache.get(key);
  if (hit !== undefined) {
    for (let k = 0; k < hit.length; k++) {
      const info = hit[k];
      if (info.raw.length === end - start && text.startsWith(info.raw, start)) return info;
    }
  }
  const info = compute(text.slice(start, end), language);
  if (cache.size >= MAX_CACHE) cache.clear();
  if (hit !== undefined && cache.has(key)) hit.push(info);
  else cache.set(key, [info]);
  return info;
}
