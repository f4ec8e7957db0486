/**
 * The curated lexicons of lib/matching/lexicon-data (see its README), loaded once per process and
 * indexed for lookup by normalised phrase. Nothing is read from outside the repository: the JSON
 * files are bundled as modules. `lexicons()` builds the tables on first use (~100 ms) and caches
 * them; the stem index of the bilingual lexicon is built lazily on its first lookup.
 *
 * Case rules for names (README "matching contract"): a name written in capitals in the lexicon
 * (an acronym: "US", "WHO", "EE. UU.") only matches text written in capitals; a capitalised name
 * ("Chad", "Texas Senate") only matches capitalised text; a lower-case entry ("central bank",
 * "mexicano") matches in any case. Generic bodies ("Gobierno", "Senate") match in any case.
 * Names are looked up in the text's language only (plus the shared demonym list), so the Spanish
 * name "Europa" is not read into an English sentence about Jupiter's moon.
 */

import b01 from "./lexicon-data/bilingual-01.json";
import b02 from "./lexicon-data/bilingual-02.json";
import b03 from "./lexicon-data/bilingual-03.json";
import b04 from "./lexicon-data/bilingual-04.json";
import b05 from "./lexicon-data/bilingual-05.json";
import b06 from "./lexicon-data/bilingual-06.json";
import b07 from "./lexicon-data/bilingual-07.json";
import b08 from "./lexicon-data/bilingual-08.json";
import b09 from "./lexicon-data/bilingual-09.json";
import b10 from "./lexicon-data/bilingual-10.json";
import b11 from "./lexicon-data/bilingual-11.json";
import b12 from "./lexicon-data/bilingual-12.json";
import b13 from "./lexicon-data/bilingual-13.json";
import b14 from "./lexicon-data/bilingual-14.json";
import b15 from "./lexicon-data/bilingual-15.json";
import b16 from "./lexicon-data/bilingual-16.json";
import b17 from "./lexicon-data/bilingual-17.json";
import b18 from "./lexicon-data/bilingual-18.json";
import b19 from "./lexicon-data/bilingual-19.json";
import b20 from "./lexicon-data/bilingual-20.json";
import b21 from "./lexicon-data/bilingual-21.json";
import b22 from "./lexicon-data/bilingual-22.json";
import b23 from "./lexicon-data/bilingual-23.json";
import b24 from "./lexicon-data/bilingual-24.json";
import b25 from "./lexicon-data/bilingual-25.json";
import b26 from "./lexicon-data/bilingual-26.json";
import b27 from "./lexicon-data/bilingual-27.json";
import b28 from "./lexicon-data/bilingual-28.json";
import directionsData from "./lexicon-data/directions.json";
import organisationsData from "./lexicon-data/organisations.json";
import paraphrasesData from "./lexicon-data/paraphrases.json";
import placesData from "./lexicon-data/places.json";
import type { Language } from "./normalize";
import { PhraseTable, phraseWords } from "./phrases";
import { snowballStem } from "./stem";
import { EXTRA_CONCEPTS, EXTRA_DIRECTIONS, EXTRA_PARAPHRASES } from "./supplement";

export type CaseRule = "any" | "cap" | "caps";
export type NameRef = { id: string; rule: CaseRule; demonym?: boolean };
export type Concept = { pos: string; en: string[]; es: string[] };
export type Paraphrase = { lang: Language; terms: string[]; with?: readonly string[][]; concepts: number[] };
export type Place = { id: string; type: string; within: string; name: Record<Language, string> };
export type Organisation = { id: string; type: string; name: Record<Language, string>; place?: string };

export type Lexicons = {
  concepts: Record<Language, PhraseTable<number>>;
  conceptInfo: Concept[];
  paraphrases: Record<Language, PhraseTable<number>>;
  paraphraseInfo: Paraphrase[];
  directions: Record<Language, PhraseTable<string>>;
  opposite: ReadonlyMap<string, string>;
  /** forms of each direction id, per language (first form = headword) */
  directionForms: ReadonlyMap<string, Record<Language, string[]>>;
  places: Record<Language, PhraseTable<NameRef>>;
  placeInfo: ReadonlyMap<string, Place>;
  organisations: Record<Language, PhraseTable<NameRef>>;
  organisationInfo: ReadonlyMap<string, Organisation>;
  /** Every normalised word of the bilingual lexicon, per language: "is this a common word?" */
  dictionary: Record<Language, ReadonlySet<string>>;
};

type RawConcept = { en: string[]; es: string[]; pos: string };
const BILINGUAL: RawConcept[][] = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, EXTRA_CONCEPTS];
const LANGS: Language[] = ["en", "es"];

function caseRule(name: string): CaseRule {
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase()) return "caps";
  return /^\p{Lu}/u.test(name) ? "cap" : "any";
}

function pair<T>(make: () => T): Record<Language, T> {
  return { en: make(), es: make() };
}

function build(): Lexicons {
  const concepts = pair(() => new PhraseTable<number>());
  const conceptInfo: Concept[] = [];
  const dictionary = pair(() => new Set<string>());
  for (const file of BILINGUAL) {
    for (const group of file) {
      const index = conceptInfo.push({ pos: group.pos, en: group.en, es: group.es }) - 1;
      for (const lang of LANGS) {
        for (const form of group[lang]) {
          concepts[lang].add(form, index);
          for (const w of phraseWords(form)) dictionary[lang].add(w);
        }
      }
    }
  }

  const paraphrases = pair(() => new PhraseTable<number>());
  const paraphraseInfo: Paraphrase[] = [];
  const rawParaphrases = [...(paraphrasesData as { lang: string; terms: string[]; with?: string[] }[]), ...EXTRA_PARAPHRASES];
  for (const set of rawParaphrases) {
    const lang = set.lang as Language;
    const linked = new Set<number>();
    for (const term of set.terms) for (const c of concepts[lang].get(term) ?? []) linked.add(c);
    const withWords = set.with?.map((w) => phraseWords(w)).filter((w) => w.length > 0);
    const index = paraphraseInfo.push({ lang, terms: set.terms, with: withWords, concepts: [...linked] }) - 1;
    for (const term of set.terms) paraphrases[lang].add(term, index);
  }

  const directions = pair(() => new PhraseTable<string>());
  const opposite = new Map<string, string>();
  const directionForms = new Map<string, Record<Language, string[]>>();
  const rawDirections = [...(directionsData as { id: string; opposite: string; en: string[]; es: string[] }[]), ...EXTRA_DIRECTIONS];
  for (const entry of rawDirections) {
    if (entry.opposite) opposite.set(entry.id, entry.opposite);
    const forms = directionForms.get(entry.id) ?? { en: [], es: [] };
    forms.en.push(...entry.en);
    forms.es.push(...entry.es);
    directionForms.set(entry.id, forms);
    for (const lang of LANGS) for (const form of entry[lang]) directions[lang].add(form, entry.id);
  }

  const places = pair(() => new PhraseTable<NameRef>());
  const placeInfo = new Map<string, Place>();
  type RawPlace = { id: string; type: string; en: string[]; es: string[]; demonyms: string[]; within: string };
  for (const p of placesData as RawPlace[]) {
    placeInfo.set(p.id, { id: p.id, type: p.type, within: p.within, name: { en: p.en[0] ?? p.id, es: p.es[0] ?? p.en[0] ?? p.id } });
    for (const lang of LANGS) {
      for (const name of p[lang]) places[lang].add(name, { id: p.id, rule: caseRule(name) });
      for (const name of p.demonyms) places[lang].add(name, { id: p.id, rule: caseRule(name), demonym: true });
    }
  }

  const organisations = pair(() => new PhraseTable<NameRef>());
  const organisationInfo = new Map<string, Organisation>();
  for (const o of organisationsData as { id: string; type: string; en: string[]; es: string[] }[]) {
    const prefix = o.id.split("-")[0]!;
    const place = o.type !== "generic" && o.id.includes("-") && placeInfo.has(prefix) ? prefix : undefined;
    organisationInfo.set(o.id, { id: o.id, type: o.type, name: { en: o.en[0] ?? o.id, es: o.es[0] ?? o.en[0] ?? o.id }, place });
    for (const lang of LANGS) {
      for (const name of o[lang]) {
        const rule = caseRule(name);
        organisations[lang].add(name, { id: o.id, rule: o.type === "generic" && rule === "cap" ? "any" : rule });
      }
    }
  }

  return { concepts, conceptInfo, paraphrases, paraphraseInfo, directions, opposite, directionForms, places, placeInfo, organisations, organisationInfo, dictionary };
}

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  return (cached ??= build());
}

let stemIndex: Record<Language, Map<string, number[]>> | undefined;

/**
 * Concepts whose single-word forms share this word's Snowball stem: a fallback for forms the
 * lexicon does not list ("regularisations", "vapor"). Built on first use from every single-word
 * form of nouns and adjectives and the base form of verbs (a few thousand words, once per process).
 */
export function conceptsByStem(stem: string, language: Language): readonly number[] {
  if (!stemIndex) {
    const index = pair(() => new Map<string, number[]>());
    lexicons().conceptInfo.forEach((c, i) => {
      for (const lang of LANGS) {
        // verbs: the infinitive / base form stands for its inflections (they share the stem)
        const forms = c.pos === "verb" ? c[lang].slice(0, 1) : c[lang].slice(0, 4);
        for (const form of forms) {
          const words = phraseWords(form);
          if (words.length !== 1) continue;
          const s = snowballStem(words[0]!, lang);
          const list = index[lang].get(s);
          if (!list) index[lang].set(s, [i]);
          else if (!list.includes(i)) list.push(i);
        }
      }
    });
    stemIndex = index;
  }
  return stemIndex[language].get(stem) ?? [];
}
