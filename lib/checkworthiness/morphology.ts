/**
 * Cheap tense and mood from word forms, English and Spanish. These are proxies, not a tagger: they
 * run on every sentence (the part-of-speech tagger only runs where it pays, see pos-features.ts).
 * A completed act is a claim and a plan is not (rule book), so past forms, perfects and passives
 * versus future and conditional forms are among the strongest signals.
 */
import type { Language } from "../vocabulary";
import * as m_lexicon_en from "./lexicon-en";
import type { Tokens } from "./tokens";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per character or per word.
const { EN_IRREGULAR_PAST } = m_lexicon_en;

export type VerbFacts = {
  /** First past-tense verb that is not a reporting verb ("resigned", "aprobó"), or "". */
  past: string;
  pastQuoted: string;
  /** has/have/had + participle, ha/han + participle. */
  perfect: boolean;
  /** was/were/fue/fueron + participle. */
  passive: boolean;
  /** Spanish synthetic future ("presentará"), or "". */
  future: string;
  /** Spanish conditional ("revisaría"), or "". */
  conditional: string;
  /** Spanish imperfect ("llevaba"): description rather than an event. */
  imperfect: boolean;
  /** A Spanish first-person verb outside quotations ("renuncié", "viví", "éramos"), or "". */
  firstPerson: string;
  /** Any finite verb found at all (else the sentence is a fragment: a label, a caption). */
  anyVerb: boolean;
};

const EN_NOT_PAST: ReadonlySet<string> = new Set(
  ("need indeed speed seed bed red shed hundred feed breed weed deed greed bleed proceed exceed succeed " +
    "expected scheduled planned proposed alleged supposed concerned interested based related united limited " +
    "advanced detailed skilled aged armed naked wicked sacred beloved learned crooked ragged rugged").split(" "),
);
const EN_REPORTING: ReadonlySet<string> = new Set(
  ("said told stated announced confirmed reported testified wrote noted added explained acknowledged admitted " +
    "disclosed revealed showed found concluded published released cited quoted argued believed called described " +
    "claimed insisted warned urged suggested considered complained asked answered replied responded declined " +
    "refused commented").split(" "),
);
const EN_AUX: ReadonlySet<string> = new Set(
  "is are was were be been being am has have had do does did 's 're 've 'd isn't aren't wasn't weren't".split(" "),
);
const EN_PERFECT_AUX: ReadonlySet<string> = new Set(["has", "have", "had", "'s", "'ve", "'d", "hasn't", "haven't", "hadn't"]);
const EN_PASSIVE_AUX: ReadonlySet<string> = new Set(["was", "were", "been", "is", "are", "be"]);
const EN_MODALS: ReadonlySet<string> = new Set("will would can could may might shall should must won't 'll".split(" "));

const ES_AUX: ReadonlySet<string> = new Set(
  ("es son fue fueron era eran está están estaba estaban estuvo estuvieron hay había hubo ha han he hemos había " +
    "habían tiene tienen tenía tenían sigue siguen queda quedan parece parecen").split(" "),
);
const ES_PERFECT_AUX: ReadonlySet<string> = new Set(["ha", "han", "he", "hemos", "había", "habían", "habrá", "habría", "hubo"]);
const ES_PASSIVE_AUX: ReadonlySet<string> = new Set(["fue", "fueron", "es", "son", "será", "serán", "era", "eran", "sido"]);
const ES_REPORTING: ReadonlySet<string> = new Set(
  ("dijo afirmó declaró señaló indicó informó explicó añadió agregó detalló precisó aseguró confirmó reveló " +
    "reportó publicó mostró registró recordó relató contó reconoció admitió consideró opinó sostuvo criticó " +
    "cuestionó calificó defendió denunció advirtió insistió reclamó pidió lamentó destacó subrayó respondió " +
    "explicaron dijeron afirmaron señalaron indicaron informaron").split(" "),
);
/** Nouns in -ería/-aría and a few others that look like conditionals or futures. */
const ES_NOT_VERB: ReadonlySet<string> = new Set(
  ("secretaría consejería batería galería librería tesorería ingeniería lotería cafetería panadería minería " +
    "ganadería refinería gendarmería mensajería hostelería carnicería ferretería joyería zapatería mayoría " +
    "minoría categoría teoría auditoría contraloría defensoría procuraduría curaduría veeduría alcaldía " +
    "economía energía policía garantía compañía tecnología").split(" "),
);

const ES_PARTICIPLE_RE = /(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha|so|sa)$/;
const ES_PRETERITE_RE = /^[a-záéíóúñü]{2,}(?:ó|aron|ieron|yeron|ió|yó)$/;
const ES_FUTURE_RE = /^[a-záéíóúñü]{2,}(?:ré|rás|rá|remos|réis|rán)$/;
const ES_CONDITIONAL_RE = /^[a-záéíóúñü]{2,}r(?:ía|ías|íamos|íais|ían)$/;
const ES_IMPERFECT_RE = /^[a-záéíóúñü]{2,}(?:aba|aban|ábamos)$/;
/**
 * First person: preterite "-é"/"-í" (renuncié, viví), imperfect "-ábamos"/"-íamos", and plural
 * "-amos"/"-emos"/"-imos" without another accent (vivimos, but not últimos, préstamos, mínimos).
 */
const ES_FIRST_PERSON_RE = /^[a-záéíóúñü]{2,}(?:[^aeiouáéíóú]é|[^aeiouáéíóú]í|ábamos|íamos)$|^[a-zñü]{2,}(?:amos|emos|imos)$|^(?:éramos|íbamos)$/;
const ES_NOT_FIRST_PERSON: ReadonlySet<string> = new Set(
  "aquí allí ahí así comité café bebé josé ramos mismos nosotros extremos supremos reclamos tramos primos".split(" "),
);

/** Word-form flags, computed once per distinct word (word-info.ts caches them). */
export const FORM = {
  AUX: 1,
  MODAL: 2,
  PERFECT_AUX: 4,
  PASSIVE_AUX: 8,
  PARTICIPLE: 16,
  PAST: 32,
  REPORTING: 64,
  FUTURE: 128,
  CONDITIONAL: 256,
  IMPERFECT: 512,
  FIRST_PERSON: 1024,
  NOT_VERB: 2048,
} as const;
const { AUX, MODAL, PERFECT_AUX, PASSIVE_AUX, PARTICIPLE, PAST, REPORTING, FUTURE, CONDITIONAL, IMPERFECT, FIRST_PERSON, NOT_VERB } = FORM;

/** The flags of a lower-cased word. */
export function wordForms(w: string, language: Language): number {
  return language === "es" ? spanishForms(w) : englishForms(w);
}

function englishForms(w: string): number {
  let f = 0;
  const irregular = EN_IRREGULAR_PAST.has(w);
  const regular = w.length >= 5 && w.endsWith("ed") && !EN_NOT_PAST.has(w);
  if (EN_AUX.has(w)) f |= AUX;
  if (EN_MODALS.has(w)) f |= MODAL;
  if (EN_PERFECT_AUX.has(w)) f |= PERFECT_AUX;
  if (EN_PASSIVE_AUX.has(w)) f |= PASSIVE_AUX;
  if (regular || irregular || w.endsWith("en")) f |= PARTICIPLE;
  if (regular || irregular) f |= PAST;
  if (EN_REPORTING.has(w)) f |= REPORTING;
  return f;
}

function spanishForms(w: string): number {
  let f = ES_AUX.has(w) ? AUX : 0;
  if (ES_PERFECT_AUX.has(w)) f |= PERFECT_AUX;
  if (ES_PASSIVE_AUX.has(w)) f |= PASSIVE_AUX;
  if (w.length < 3) return f;
  if (w.length >= 5 && ES_PARTICIPLE_RE.test(w)) f |= PARTICIPLE;
  if (ES_NOT_VERB.has(w)) f |= NOT_VERB;
  if (ES_FIRST_PERSON_RE.test(w) && !ES_NOT_FIRST_PERSON.has(w)) f |= FIRST_PERSON;
  if (ES_REPORTING.has(w)) f |= REPORTING;
  if (ES_PRETERITE_RE.test(w)) f |= PAST;
  else if (ES_FUTURE_RE.test(w)) f |= FUTURE;
  else if (ES_CONDITIONAL_RE.test(w)) f |= CONDITIONAL;
  else if (ES_IMPERFECT_RE.test(w)) f |= IMPERFECT;
  return f;
}

function emptyFacts(): VerbFacts {
  return {
    past: "",
    pastQuoted: "",
    perfect: false,
    passive: false,
    future: "",
    conditional: "",
    imperfect: false,
    firstPerson: "",
    anyVerb: false,
  };
}

export function verbFacts(tok: Tokens, language: Language): VerbFacts {
  return language === "es" ? spanishFacts(tok) : englishFacts(tok);
}

function englishFacts(tok: Tokens): VerbFacts {
  const f = emptyFacts();
  const { lower, inQuote, isNumber, info } = tok;
  for (let i = 0; i < tok.count; i++) {
    if (isNumber[i]) continue;
    const w = info[i].forms;
    const prev = i > 0 ? info[i - 1].forms : 0;
    if (w & (AUX | MODAL)) f.anyVerb = true;
    if (w & PARTICIPLE && prev & PERFECT_AUX) f.perfect = f.anyVerb = true;
    else if (w & PARTICIPLE && prev & PASSIVE_AUX) f.passive = f.anyVerb = true;
    // A past form right after "to" or a modal is not a past event ("to be cleared", "would reopen").
    if (w & PAST && !(prev & MODAL) && (i === 0 || lower[i - 1] !== "to") && !(w & REPORTING)) {
      f.anyVerb = true;
      if (inQuote[i]) f.pastQuoted ||= lower[i];
      else f.past ||= lower[i];
    } else if (w & REPORTING) f.anyVerb = true;
  }
  return f;
}

function spanishFacts(tok: Tokens): VerbFacts {
  const f = emptyFacts();
  const { lower, inQuote, isNumber, isCapital, info } = tok;
  for (let i = 0; i < tok.count; i++) {
    if (isNumber[i]) continue;
    const w = info[i].forms;
    const prev = i > 0 ? info[i - 1].forms : 0;
    if (w & AUX) f.anyVerb = true;
    if (w & PARTICIPLE && prev & PERFECT_AUX) f.perfect = f.anyVerb = true;
    else if (w & PARTICIPLE && prev & PASSIVE_AUX) f.passive = f.anyVerb = true;
    if (w & NOT_VERB || (isCapital[i] && i > 0)) continue;
    if (w & FIRST_PERSON && !inQuote[i]) (f.firstPerson ||= lower[i]), (f.anyVerb = true);
    if (w & PAST && !(w & REPORTING)) {
      f.anyVerb = true;
      if (inQuote[i]) f.pastQuoted ||= lower[i];
      else f.past ||= lower[i];
    } else if (w & REPORTING) f.anyVerb = true;
    else if (w & FUTURE) (f.future ||= lower[i]), (f.anyVerb = true);
    else if (w & CONDITIONAL) (f.conditional ||= lower[i]), (f.anyVerb = true);
    else if (w & IMPERFECT) f.imperfect = f.anyVerb = true;
  }
  return f;
}
