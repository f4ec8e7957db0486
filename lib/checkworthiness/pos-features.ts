/**
 * Part-of-speech and named-entity features from maintained NLP packages that ship their models:
 * wink-nlp with wink-eng-lite-web-model for English (universal POS tags; DATE, TIME, MONEY,
 * PERCENT, CARDINAL... entities) and es-compromise for Spanish (tense, person and mood tags, proper
 * nouns, values, dates). Both cost far more per sentence than the word-form proxies, so the scorer
 * calls them only for sentences the fast model is unsure about (see model.ts).
 *
 * The packages are loaded on first use (loading them takes seconds), so importing this module, or
 * the splitter, costs nothing.
 */
import type { WinkMethods } from "wink-nlp";
import type { Language } from "../vocabulary";
import { NAMED_FEATURES, namedIndex } from "./feature-names";
import { fnv, HASH_MASK, mix, NAMED_COUNT, NGRAM_VALUE, SEED } from "./hashing";

let wink: WinkMethods | null = null;
/**
 * The one call made on es-compromise, typed here: its published types are .ts sources that do not
 * compile under this project's strict settings (tsc checks .ts files even with skipLibCheck).
 */
type EsCompromise = (text: string) => { json(): unknown };

let es: EsCompromise | null = null;

/** CommonJS builds: the package is its default export. */
const defaultOf = <T>(m: T | { default: T }): T => (m as { default?: T }).default ?? (m as T);

function englishTagger(): WinkMethods {
  if (wink === null) {
    const winkNLP = defaultOf(require("wink-nlp") as typeof import("wink-nlp").default);
    const model = defaultOf(require("wink-eng-lite-web-model") as typeof import("wink-eng-lite-web-model").default);
    wink = winkNLP(model, ["pos", "ner"]);
  }
  return wink;
}

function spanishTagger(): EsCompromise {
  return (es ??= defaultOf(require("es-compromise") as EsCompromise));
}

const F = Object.fromEntries(NAMED_FEATURES.map((f, i) => [f.name, i])) as Record<string, number>;
const POS_PATTERN = namedIndex("pos:pattern");
const TAG_POS_BIGRAM = 0x70;

export type PosFeatures = { ids: number[]; vals: number[]; groups: number[] };

function push(out: PosFeatures, id: number, group = id, value = 1): void {
  out.ids.push(id);
  out.vals.push(value);
  out.groups.push(group);
}

/** Hashed bigrams of coarse tags ("AUX VERB", "PRON VERB"): sentence structure. */
function pushPattern(out: PosFeatures, tags: readonly string[]): void {
  let prev = "<s>";
  for (const t of tags) {
    const key = prev + " " + t;
    push(out, NAMED_COUNT + (mix(fnv(key, 0, key.length, SEED) ^ TAG_POS_BIGRAM) & HASH_MASK), POS_PATTERN, NGRAM_VALUE);
    prev = t;
  }
}

const EN_ENTITY: Record<string, string> = {
  DATE: "ner:date",
  TIME: "ner:time",
  MONEY: "ner:money",
  PERCENT: "ner:percent",
  CARDINAL: "ner:cardinal",
  ORDINAL: "ner:ordinal",
  DURATION: "ner:duration",
};

function english(text: string, out: PosFeatures): void {
  const nlp = englishTagger();
  const doc = nlp.readDoc(text);
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  const words = pos.filter((p) => p !== "PUNCT" && p !== "SPACE" && p !== "SYM");
  if (words.includes("PROPN")) push(out, F["pos:propn"]);
  if (words.includes("NUM")) push(out, F["pos:num"]);
  if (!words.includes("VERB") && !words.includes("AUX")) push(out, F["pos:no-verb"]);
  for (let i = 1; i < words.length; i++) if (words[i - 1] === "AUX" && words[i] === "VERB") (push(out, F["pos:aux+verb"]), (i = words.length));
  if (words[0] === "PRON") push(out, F["pos:starts-pron"]);
  if (words[0] === "VERB") push(out, F["pos:starts-verb"]);
  if (words.length >= 5 && words.filter((p) => p === "ADJ").length / words.length > 0.15) push(out, F["pos:adjectives"]);
  const seen = new Set<string>();
  for (const e of doc.entities().out(nlp.its.type) as string[]) {
    const name = EN_ENTITY[e];
    if (name && !seen.has(name)) (seen.add(name), push(out, F[name]));
  }
  pushPattern(out, words);
}

type EsTerm = { tags: string[] };

const ES_TAGS: Array<[tag: string, feature: string]> = [
  ["PastTense", "tag:past"],
  ["FutureTense", "tag:future"],
  ["Conditional", "tag:conditional"],
  ["Imperative", "tag:imperative"],
  ["ProperNoun", "tag:proper-noun"],
  ["NumericValue", "tag:value"],
  ["Date", "tag:date"],
];

/** es-compromise's coarse tag of a term: the first of these it carries. */
const ES_COARSE = ["Verb", "ProperNoun", "Noun", "Adjective", "Adverb", "Value", "Determiner", "Preposition", "Conjunction", "Pronoun"];

function spanish(text: string, out: PosFeatures): void {
  const sentences = spanishTagger()(text).json() as Array<{ terms: EsTerm[] }>;
  const terms = sentences.flatMap((s) => s.terms);
  const has = (tag: string) => terms.some((t) => t.tags.includes(tag));
  for (const [tag, feature] of ES_TAGS) if (has(tag)) push(out, F[feature]);
  if (terms.some((t) => t.tags.includes("Verb") && t.tags.includes("FirstPerson"))) push(out, F["tag:first-person"]);
  if (!has("Verb")) push(out, F["tag:no-verb"]);
  if (terms[0]?.tags.includes("Verb")) push(out, F["tag:starts-verb"]);
  const coarse = terms.map((t) => ES_COARSE.find((c) => t.tags.includes(c)) ?? "X");
  if (coarse.length >= 5 && coarse.filter((c) => c === "Adjective").length / coarse.length > 0.15) push(out, F["tag:adjectives"]);
  pushPattern(out, coarse);
}

export function posFeatures(text: string, language: Language): PosFeatures {
  const out: PosFeatures = { ids: [], vals: [], groups: [] };
  if (language === "es") spanish(text, out);
  else english(text, out);
  return out;
}
