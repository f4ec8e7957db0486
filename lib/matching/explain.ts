/**
 * Word explanations for accounting (accounting.ts): whether the words of an unpaired unit of one
 * claim are said, in other words, by unpaired units of the other. Alignment (align.ts) pairs
 * units one to one; a claim can say with two units what the other says with one ("permanent
 * residents" / "residentes … permanentes") or with another form of the word ("se depreció" /
 * "depreciarse"), which leaves units unpaired that are nevertheless accounted for.
 *
 * A word is explained by a unit of the other claim when one of the unit's words shares a key with
 * it (Snowball stem, bilingual concept of the word or of its stem), or — for words written in
 * lower case — shares a long stem prefix in the same language, is a cognate across languages, or
 * the stem of a translation of one of its concepts starts like one of the unit's stems. Capitalised
 * words (names) are explained by their keys only: "Metro" is not "Metrobús".
 *
 * Groups, not single units: unpaired units linked by explanations form groups, and a group is
 * accounted for only when every word of every unit in it is explained by the other side of the
 * group. So "murder" / "attempted murder" is not accounted for ("attempted" is explained by
 * nothing), while "permanent residents" / "residentes", "permanentes" is.
 */

import type { ClaimFrame, Unit } from "./frame-types";
import { cognates, fold, prefixWeight } from "./lexical";
import { conceptsByStem, lexicons } from "./lexicons";
import type { Language } from "./normalize";
import { phraseWords } from "./phrases";
import { snowballStem } from "./stem";
import { conceptSynonymKeys, stemIsOwn, synonymKeys } from "./synonyms";
import { stopwordsFor } from "./tokenize";

type Word = { norm: string; cap: boolean; keys: string[]; up: string[]; stem: string; folded: string };
type UnitWords = { words: Word[]; keys: ReadonlySet<string>; ups: ReadonlySet<string>; stems: string[]; folded: string[] };

const unitWordsOf = new WeakMap<Unit, UnitWords>();
const translatedOf = new Map<string, string[]>();

/**
 * Infinitives a Spanish subjunctive form may come from ("entren" → "entrar", "comience" →
 * "comenzar", "busque" → "buscar", "cuente" → "contar", "vendiera" → "vender"): the lexicon lists
 * 14 forms a verb, none of the subjunctive, which follows "que", "antes de que", "para que" in
 * news. Spelling changes (qu → c, gu → g, c → z) and stem diphthongs (ie → e, ue → o) are undone.
 */
function subjunctiveInfinitives(word: string): string[] {
  const out: string[] = [];
  const bases = (stem: string) => {
    const forms = [stem];
    if (stem.endsWith("qu")) forms.push(`${stem.slice(0, -2)}c`);
    else if (stem.endsWith("gu")) forms.push(`${stem.slice(0, -2)}g`);
    else if (stem.endsWith("c")) forms.push(`${stem.slice(0, -1)}z`);
    for (const f of [...forms]) {
      const ie = f.lastIndexOf("ie"), ue = f.lastIndexOf("ue");
      if (ie > 0) forms.push(f.slice(0, ie) + "e" + f.slice(ie + 2));
      if (ue > 0) forms.push(f.slice(0, ue) + "o" + f.slice(ue + 2));
    }
    return forms;
  };
  const ar = /^(.{2,}?)(e|es|en|emos|ara|aran|ase|asen)$/.exec(word);
  if (ar) for (const b of bases(ar[1]!)) out.push(`${b}ar`);
  const erIr = /^(.{2,}?)(a|as|an|amos|iera|ieran|iese|iesen)$/.exec(word);
  if (erIr) for (const b of bases(erIr[1]!)) out.push(`${b}er`, `${b}ir`);
  return out;
}

/** A Spanish "ex-" word whose rest is a known word ("exministro", "extesorero"): "former …". */
export function exPrefixed(norm: string): string | undefined {
  const m = /^ex([a-z]{4,})$/.exec(norm);
  return m && conceptsByStem(snowballStem(m[1]!, "es"), "es").length ? m[1] : undefined;
}

/** Keys of a word (stem, concepts, WordNet synsets) and its WordNet hypernyms (synonyms.ts). */
function wordKeys(word: string, language: Language): { keys: string[]; up: string[] } {
  const stem = snowballStem(word, language);
  const keys = [`s:${language}:${stem}`];
  for (const c of lexicons().concepts[language].get(word) ?? []) keys.push(`c:${c}`);
  // dev v6: WordNet synonyms come from the form's own concepts, not its stem's: a Spanish stem joins words apart ("estudi": estudiante, estudio)
  const own = keys.length;
  // dev v9: nor a listed word's concepts from a stem that cuts a long suffix ("international" / "internal": synonyms.ts stemIsOwn)
  if (own === 1 || stemIsOwn(word, stem)) for (const c of conceptsByStem(stem, language)) keys.push(`c:${c}`);
  if (language === "es" && !lexicons().concepts.es.get(word)?.length) {
    for (const inf of subjunctiveInfinitives(word)) {
      const cs = lexicons().concepts.es.get(inf);
      if (cs?.length) {
        for (const c of cs) keys.push(`c:${c}`);
        break;
      }
    }
  }
  // dev v6: a Spanish "ex-" word is "former" and its rest ("extesorero" = "former treasurer"); dev v7:
  // only the rest explains (an English "former" is judged by formerStated, accounting.ts), so two
  // "ex-" words do not explain each other by "former" alone ("exalcalde" / "exconcejal")
  const rest = language === "es" ? exPrefixed(word) : undefined;
  if (rest) keys.push(...wordKeys(rest, "es").keys);
  // an English word's own synsets; a Spanish word's through the English forms of its concepts
  const wn = language === "en" ? (stemIsOwn(word, stem) ? [synonymKeys(stem)] : []) : (own > 1 ? keys.slice(1, own) : keys.slice(1)).map((k) => conceptSynonymKeys(Number(k.slice(2))));
  const up: string[] = [];
  for (const k of wn) keys.push(...k.own), up.push(...k.up);
  return { keys, up };
}

/** The unit's content words (no stopwords, three letters or more) with their keys, once per unit. */
export function unitWords(u: Unit, f: ClaimFrame): UnitWords {
  let out = unitWordsOf.get(u);
  if (out) return out;
  const stop = stopwordsFor(f.language);
  const words: Word[] = [];
  for (let i = u.first; i <= u.last; i++) {
    const t = f.tokens[i]!;
    if (t.kind !== "word" || stop.has(t.norm) || t.norm.length < 3) continue;
    const stem = snowballStem(t.norm, f.language);
    const wk = wordKeys(t.norm, f.language);
    // dev v6: a capitalised word spelt the same in both claims (folded) is the same name in either language ("Europa", "Vaca Muerta")
    if (t.cap) wk.keys.push(`n:${fold(t.norm)}`);
    words.push({ norm: t.norm, cap: t.cap && !t.sentenceStart, ...wk, stem, folded: fold(stem) });
  }
  const keys = new Set<string>(u.keys.filter((k) => !k.startsWith("t:")));
  const ups = new Set<string>();
  for (const w of words) {
    for (const k of w.keys) keys.add(k);
    for (const k of w.up) ups.add(k);
  }
  out = { words, keys, ups, stems: words.map((w) => w.stem), folded: words.map((w) => w.folded) };
  unitWordsOf.set(u, out);
  return out;
}

/** Stems, in the other language, of the translations of a word's concepts ("trade" → "comerci"). */
function translatedStems(word: Word, from: Language): string[] {
  const cacheKey = `${from}:${word.norm}`;
  const hit = translatedOf.get(cacheKey);
  if (hit) return hit;
  const lex = lexicons();
  const to: Language = from === "en" ? "es" : "en";
  const out: string[] = [];
  const concepts = new Set(word.keys.filter((k) => k.startsWith("c:")).map((k) => Number(k.slice(2))));
  for (const c of concepts) for (const form of lex.conceptInfo[c]![to]) for (const w of phraseWords(form)) if (w.length >= 3) out.push(snowballStem(w, to));
  if (translatedOf.size > 50_000) translatedOf.clear();
  translatedOf.set(cacheKey, out);
  return out;
}

/** Dev v6: two units written the same, capitalised (folded, accents aside): one name, whatever kind each was read as ("Europa" the moon / "Europa" read as Europe). */
function sameName(x: Unit, fx: ClaimFrame, y: Unit, fy: ClaimFrame): boolean {
  const caps = (u: Unit, f: ClaimFrame) => f.tokens.slice(u.first, u.last + 1).filter((t) => t.kind === "word" && !stopwordsFor(f.language).has(t.norm));
  const cx = caps(x, fx), cy = caps(y, fy);
  return cx.length > 0 && cx.every((t) => t.cap) && cy.every((t) => t.cap) && cx.map((t) => fold(t.norm)).join(" ") === cy.map((t) => fold(t.norm)).join(" ");
}

function explains(word: Word, from: Language, v: UnitWords, to: Language): boolean {
  if (word.keys.some((k) => v.keys.has(k))) return true;
  if (word.cap) return false;
  // one is a kind of the other in WordNet ("passengers" / "travellers"), lower-case words only
  if (word.up.some((k) => v.keys.has(k)) || word.keys.some((k) => k.startsWith("y:") && v.ups.has(k))) return true;
  if (from === to) return v.stems.some((s) => prefixWeight(s, word.stem) > 0);
  if (v.folded.some((s) => cognates(s, word.folded))) return true;
  return translatedStems(word, from).some((t) => v.stems.some((s) => s === t || prefixWeight(s, t) > 0));
}

/**
 * Of the unpaired units `ua` (of claim a) and `ub` (of claim b), the ones accounted for by the
 * other claim's unpaired units (see the module comment on groups).
 */
export function accountedUnits(ua: readonly Unit[], a: ClaimFrame, ub: readonly Unit[], b: ClaimFrame): Set<Unit> {
  const all = [...ua, ...ub];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const broken = new Set<number>();
  const link = (xs: readonly Unit[], fx: ClaimFrame, ys: readonly Unit[], fy: ClaimFrame, offsetX: number, offsetY: number) => {
    xs.forEach((x, i) => {
      const words = unitWords(x, fx).words;
      // dev v7: across languages a body is explained by words that translate it ("alcaldía" / "borough", "Fiscalía" / "prosecutors")
      const body = x.kind === "organisation" && fx.language !== fy.language;
      if (words.length === 0 || x.name || (x.kind !== "content" && x.kind !== "direction" && !body)) {
        // names, places and bodies that did not pair are never explained by other words
        if (!(x.name && ys.some((y) => x.keys.some((k) => unitWords(y, fy).keys.has(k)))) && !ys.some((y) => sameName(x, fx, y, fy))) broken.add(offsetX + i);
      }
      for (const w of words) {
        let found = false;
        ys.forEach((y, j) => {
          if (explains(w, fx.language, unitWords(y, fy), fy.language)) {
            found = true;
            parent[find(offsetX + i)] = find(offsetY + j);
          }
        });
        if (!found) broken.add(offsetX + i);
      }
    });
  };
  link(ua, a, ub, b, 0, ua.length);
  link(ub, b, ua, a, ua.length, 0);
  const badRoots = new Set([...broken].map(find));
  const sides = new Map<number, Set<string>>();
  all.forEach((_, i) => {
    const r = find(i);
    if (!sides.has(r)) sides.set(r, new Set());
    sides.get(r)!.add(i < ua.length ? "a" : "b");
  });
  return new Set(all.filter((_, i) => !badRoots.has(find(i)) && sides.get(find(i))!.size === 2));
}
