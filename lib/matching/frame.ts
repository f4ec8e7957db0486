/**
 * Claim frames: a claim cut into comparable units (frame-types.ts), computed once per claim and
 * reusable against any number of candidates (`claimFrame` caches the last few thousand).
 *
 * Order of extraction (each step only takes tokens no earlier step took):
 * 1. places and organisations (entities.ts) — names first, so "Cámara Baja" is not "baja" (fell);
 * 2. time references (timeexpr.ts) — "since 2019", "first six months", months, weekdays;
 * 3. figures with unit and comparator, multipliers (quantities.ts);
 * 4. directions and negation cues (polarity.ts);
 * 5. the remaining content words and phrases: the longest bilingual concept or paraphrase phrase
 *    ("car company", "laid off", "tasa de interés"), else single words; stopwords and reporting
 *    verbs (tokenize.ts lists) are dropped.
 *
 * Keys of a content unit (two units match when their keys meet): `c:<concept>` for every
 * bilingual concept group holding the form (the stem index of the lexicon when the form is not
 * listed), `p:<set>` for paraphrase sets (a set with a `with` list only when one of its context
 * phrases occurs in the claim) together with the concepts of the set's other terms, `s:<lang>:<stem>`
 * (Snowball) and `w:<word>` for words that no concept covers, words of five letters or more and
 * capitalised words — language-neutral, so names and identical cognates ("dengue", "Renfe",
 * "Atapuerca", "hospital") match across languages. A phrase also carries `t:<lang>:<stem>` for each
 * of its words, used only for partial matches ("centro histórico" / "historic centre").
 *
 * A capitalised word that is not a dictionary word of the language is a name (weight 1.5).
 */

import { entityUnits } from "./entities";
import { anyUsed, type ClaimFrame, type FrameToken, type Unit } from "./frame-types";
import { conceptsByStem, lexicons } from "./lexicons";
import { stripAccents, unifyPunctuation, type Language } from "./normalize";
import { joinDigitGroups, tokensOf } from "./numbers";
import { polarityUnits } from "./polarity";
import { quantityUnits } from "./quantities";
import { romanUnits } from "./roman";
import { snowballStem } from "./stem";
import { timeUnits } from "./timeexpr";
import { stopwordsFor } from "./tokenize";

/** Symbols that never separate the words of a name or phrase ("U.S.", "light-years", "Spain's"). */
const SOFT = new Set([".", "-", "'", "&", "/", "·"]);
const SENTENCE_END = new Set([".", "!", "?", ":", ";", '"', "(", "¿", "¡"]);

function prepare(text: string): { base: string; prepared: string } {
  // dev v9: a plain space between a group of one to three digits and groups of three is a thousands separator ("26 300", "43 000"; pc, pd, pf, pi)
  const base = unifyPunctuation(joinDigitGroups(text.normalize("NFC")).replace(/(?<![\d.,] ?)\b(\d{1,3})((?: \d{3})+)\b(?![.,]?\d)/g, (_, a: string, b: string) => a + b.replace(/ /g, "")));
  let prepared = stripAccents(base).toLowerCase();
  if (prepared.length !== base.length) {
    prepared = [...base].map((ch) => {
      const m = stripAccents(ch).toLowerCase();
      return m.length === ch.length ? m : ch;
    }).join("");
  }
  return { base, prepared };
}

export function frameTokens(base: string, prepared: string): { tokens: FrameToken[]; scan: ReturnType<typeof tokensOf> } {
  const scan = tokensOf(prepared);
  const tokens: FrameToken[] = [];
  let sentenceStart = true;
  scan.forEach((s) => {
    const raw = base.slice(s.start, s.end);
    if (s.kind === "sym") {
      if (SENTENCE_END.has(s.text)) sentenceStart = true;
      if (SOFT.has(s.text)) return;
    }
    let norm = s.text;
    // "didn't", "won't", "can't": the "t" after an apostrophe is a "not"
    if (norm === "t" && prepared[s.start - 1] === "'" && /n$/.test(tokens.at(-1)?.norm ?? "")) norm = "not";
    const letters = raw.replace(/[^\p{L}]/gu, "");
    tokens.push({
      kind: s.kind, norm, raw, start: s.start, end: s.end,
      cap: /^\p{Lu}/u.test(raw), caps: letters.length >= 2 && letters === letters.toUpperCase(),
      sentenceStart: sentenceStart && s.kind !== "sym",
    });
    if (s.kind !== "sym") sentenceStart = false;
  });
  return { tokens, scan };
}

function spanText(tokens: readonly FrameToken[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t, k, all) => (k > 0 && all[k - 1]!.end < t.start ? " " : "") + t.raw).join("");
}

/** Words spelled alike in English and Spanish with different meanings: no language-neutral key. */
const FALSE_FRIENDS = new Set(["actual", "mayor", "grave", "largo", "media", "sensible", "asistir", "carpeta", "once", "embarazada", "librería", "libreria", "suceso", "exito", "realizar", "colegio", "fabrica", "pretender"]);

/** An unknown word that looks like an inflected verb ("cruzaron", "timó", "spotted", "shooting"). */
function verbLike(raw: string, language: Language): boolean {
  const w = raw.toLowerCase();
  if (language === "es") return /(aron|ieron|aban|ando|iendo|ó|ió|aría|arán|erán|irán|izar|ificar)$/.test(w);
  return /[^e]ed$|ing$/.test(w) && w.length > 5;
}

function occurs(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/** A word joined by a hyphen, with no space, to the word before or after it ("out-of-state"). */
function hyphenated(tokens: readonly FrameToken[], base: string, i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1], after = tokens[i + 1];
  return (before?.kind === "word" && before.end + 1 === t.start && base[before.end] === "-") ||
    (after?.kind === "word" && t.end + 1 === after.start && base[t.end] === "-");
}

function contentUnits(tokens: readonly FrameToken[], words: readonly string[], used: boolean[], language: Language, base: string): Unit[] {
  const lex = lexicons();
  const stop = stopwordsFor(language);
  const out: Unit[] = [];
  const free = (i: number, length: number) => !anyUsed(used, i, i + length);
  const paraphraseOk = (set: number) => {
    const context = lex.paraphraseInfo[set]!.with;
    return !context || context.some((phrase) => occurs(words, phrase));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (used[i] || t.kind !== "word") continue;
    const concept = lex.concepts[language].match(words, i, (h) => free(i, h.length));
    const para = lex.paraphrases[language].match(words, i, (h) => free(i, h.length) && h.values.some(paraphraseOk));
    const length = Math.max(concept?.length ?? 0, para?.length ?? 0, 1);
    // a stopword only starts a unit as the first word of a phrase ("a day", "al día"), or inside a
    // hyphenated compound, where it carries the meaning ("in-state" / "out-of-state", dev v3)
    if (length === 1 && stop.has(words[i]!) && !hyphenated(tokens, base, i)) continue;
    const keys = new Set<string>();
    const concepts = concept && concept.length === length ? concept.values : [];
    for (const c of concepts) keys.add(`c:${c}`);
    if (para && para.length === length) {
      for (const set of para.values.filter(paraphraseOk)) {
        keys.add(`p:${set}`);
        for (const c of lex.paraphraseInfo[set]!.concepts) keys.add(`c:${c}`);
      }
    }
    if (length === 1) {
      const w = words[i]!;
      if (w.length < 2) continue;
      const stem = snowballStem(w, language);
      keys.add(`s:${language}:${stem}`);
      // dev v8: the stem's concepts are a fallback for forms the lexicon does not list; a listed form keeps its own ("international" is not "internal": stem "intern", ph)
      if (concepts.length === 0) for (const c of conceptsByStem(stem, language)) keys.add(`c:${c}`);
      // Spanish "exministro", "expresidente" = former + minister / president
      if (language === "es" && /^ex[a-z]{5,}/.test(w) && lex.dictionary.es.has(w.slice(2))) {
        for (const c of lex.concepts.es.get(w.slice(2)) ?? []) keys.add(`c:${c}`);
      }
      const dictionaryWord = lex.dictionary[language].has(w) || stop.has(w);
      const known = [...keys].some((k) => k.startsWith("c:"));
      if (!known || (w.length >= 5 && !FALSE_FRIENDS.has(w))) keys.add(`w:${w}`);
      const name = t.cap && !dictionaryWord && !known;
      // any capitalised word keeps its spelling as a key: "Vaca Muerta" is a name in both languages
      if (name || (t.cap && !t.sentenceStart)) keys.add(`w:${w}`);
      const anyVerb = concepts.some((c) => lex.conceptInfo[c]!.pos === "verb");
      // "to finalize", "to dollarize": a word after the infinitive marker is a verb
      const afterTo = language === "en" && words[i - 1] === "to" && (anyVerb || concepts.length === 0);
      const verb = !name && (afterTo || (concepts.length > 0 && !concepts.some((c) => lex.conceptInfo[c]!.pos !== "verb")) || ((anyVerb || concepts.length === 0) && verbLike(t.raw, language)));
      out.push({ kind: "content", first: i, last: i, text: t.raw, keys: [...keys], ids: [], weight: name ? 1.5 : 1, name, verb });
      continue;
    }
    const last = i + length - 1;
    for (let k = i; k <= last; k++) used[k] = true;
    if (words.slice(i, last + 1).every((w) => stop.has(w))) {
      i = last; // "antes de", "a pesar de": function words only, like their translations
      continue;
    }
    // the stems of its words too, so "frente a" still meets "frente" and "centro histórico" "historic"
    // (t: keys take part in partial matching only, never in exact key matches: "aviso rojo" ≠ "aviso")
    for (let k = i; k <= last; k++) if (!stop.has(words[k]!) && words[k]!.length >= 3) keys.add(`t:${language}:${snowballStem(words[k]!, language)}`);
    const verb = concepts.length > 0 && concepts.every((c) => lex.conceptInfo[c]!.pos === "verb");
    out.push({ kind: "content", first: i, last, text: spanText(tokens, i, last), keys: [...keys], ids: [], weight: 1, verb });
    i = last;
  }
  return out;
}

export function buildFrame(text: string, language: Language): ClaimFrame {
  const { base, prepared } = prepare(text);
  const { tokens, scan } = frameTokens(base, prepared);
  const words = tokens.map((t) => t.norm);
  const used = new Array<boolean>(tokens.length).fill(false);
  const units: Unit[] = [];
  units.push(...entityUnits(tokens, words, used, language));
  units.push(...timeUnits(tokens, words, used));
  // numberSpans works on the full scan (it needs "-" and "/"); map its indices to frame tokens
  const scanToFrame = (() => {
    const m: number[] = [];
    let k = 0;
    scan.forEach((s) => {
      while (k < tokens.length && tokens[k]!.start < s.start) k++;
      m.push(Math.min(k, tokens.length - 1));
    });
    return m;
  })();
  units.push(...quantityUnits(prepared, scan, tokens, words, used, language, scanToFrame), ...romanUnits(tokens, used));
  const polarity = polarityUnits(tokens, words, used, language);
  units.push(...polarity.directions, ...polarity.extra);
  units.push(...contentUnits(tokens, words, used, language, base));
  units.sort((x, y) => x.first - y.first || x.last - y.last);
  return { text: base, language, tokens, units, negations: polarity.negations };
}

const CACHE_LIMIT = 5000;
const cache = new Map<string, ClaimFrame>();

/** The frame of a claim, cached by language and text (a bounded map, oldest entries dropped first). */
export function claimFrame(text: string, language: Language): ClaimFrame {
  const key = `${language}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const frame = buildFrame(text, language);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, frame);
  return frame;
}
