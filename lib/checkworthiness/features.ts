/**
 * Sentence -> sparse feature vector. Two parts share one index space:
 *
 * - named features (feature-names.ts): cue classes inside and outside quotations, tense and mood
 *   from word forms, figures, names, quotations, length and layout, and a few conjunctions that a
 *   linear model cannot form itself ("a source states a fact" vs "a source states a view");
 * - hashed n-grams: word stems, stem bigrams (with a sentence-start mark) and word-final character
 *   n-grams (3–4 letters: "-aron", "-ará", "-ned"), which carry tense and person in both languages.
 *
 * Every feature carries an explanation group: a named feature explains itself (with its trigger
 * word); an n-gram explains as its word or phrase (a word's character n-grams join its group, so they
 * explain as one word). Groups are numbers and labels are only built for the reasons shown, because
 * this runs on every sentence of every article.
 */
import * as m_cues from "./cues";
import * as m_feature_names from "./feature-names";
import { FeatureSink, type Features, type SentenceContext } from "./feature-sink";
import * as m_hashing from "./hashing";
import * as m_layout from "./layout";
import * as m_lexicon_en from "./lexicon-en";
import * as m_lexicon_es from "./lexicon-es";
import * as m_morphology from "./morphology";
import * as m_word_info from "./word-info";
import type { Tokens } from "./tokens";
import * as m_tokens from "./tokens";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per character or per word.
const { CUE_BIT, CUE_CLASSES, INITIAL_ONLY } = m_cues;
const { NAMED_FEATURES, namedIndex } = m_feature_names;
const { fnv, mix, NAMED_COUNT, SEED } = m_hashing;
const NAMED = NAMED_COUNT;
const { isTitleCase } = m_layout;
const { verbFacts } = m_morphology;
const { numberShape } = m_word_info;
const { EN_LAW_VERBS, EN_RULE_WORDS, EN_RULE_BEFORE_QUE } = m_lexicon_en;
const { ES_LAW_VERBS, ES_RULE_WORDS, ES_RULE_BEFORE_QUE } = m_lexicon_es;
const { tokenize } = m_tokens;

const CUE_INDEX = CUE_CLASSES.map((c) => [namedIndex(`cue:${c}`), namedIndex(`cue:${c}:quoted`)] as const);
const F = Object.fromEntries(NAMED_FEATURES.map((f, i) => [f.name, i])) as Record<string, number>;

const TAG_BIGRAM = 0x62;
const START_HASH = fnv("<s>", 0, 3, SEED);

/** Cue bits found outside and inside quotations, and the first trigger of each class (by class index). */
type Cues = { out: number; quoted: number; trigger: string[] };

const INITIAL_MASK = CUE_CLASSES.reduce((m, c, i) => (INITIAL_ONLY.has(c) ? m | (1 << i) : m), 0);

function markCue(c: Cues, bits: number, quoted: boolean, initial: boolean, text: string): void {
  const b0 = initial ? bits : bits & ~INITIAL_MASK;
  if (quoted) c.quoted |= b0;
  else c.out |= b0;
  for (let b = b0; b !== 0; b &= b - 1) {
    const k = 31 - Math.clz32(b & -b);
    if (c.trigger[k] === undefined) c.trigger[k] = text;
  }
}

const hasCue = (c: Cues, bits: number): boolean => (c.out & bits) !== 0;
const triggerOf = (c: Cues, cls: number): string => c.trigger[31 - Math.clz32(cls)] ?? "";

/** Cue classes found in the tokens: bits outside and inside quotations, and the first trigger of each. */
function findCues(tok: Tokens): Cues {
  const c: Cues = { out: 0, quoted: 0, trigger: [] };
  const { lower, inQuote } = tok;
  for (let i = 0; i < tok.count; i++) {
    const info = tok.info[i];
    if (info.cues !== 0) markCue(c, info.cues, inQuote[i], i === 0, tok.raw[i]);
    const phrases = info.phrases;
    if (phrases === undefined) continue;
    for (const { rest, bits: pb } of phrases) {
      if (i + rest.length >= tok.count) continue;
      let ok = true;
      for (let j = 0; j < rest.length && ok; j++) ok = lower[i + 1 + j] === rest[j];
      if (ok) markCue(c, pb, inQuote[i], i === 0, tok.raw.slice(i, i + 1 + rest.length).join(" "));
    }
  }
  return c;
}

const PERCENT_WORD_RE = /\bper ?cent\b|por ciento/i;
const VERB_CUES = CUE_BIT.report | CUE_BIT.future | CUE_BIT.modal;
/** "Pat Gilligan, 71, says", "Yorbelis Mendoza, de 29 años,": the age apposition of news style. */
const AGE_RE = /\p{L}, (?:de )?\d{1,2}(?: años)?,/u;
const TWO_UPPER_RE = /\p{Lu}.*\p{Lu}/u;
const LENGTH_FEATURE = (n: number): number =>
  F[n <= 3 ? "len:1-3" : n <= 6 ? "len:4-6" : n <= 11 ? "len:7-11" : n <= 19 ? "len:12-19" : n <= 34 ? "len:20-34" : "len:35+"];

/** The features of one sentence, in fresh arrays (training keeps them). */
export function extractFeatures(text: string, ctx: SentenceContext): Features {
  const f = extractInto(new FeatureSink(), text, ctx);
  return { ids: f.ids.slice(0, f.count), vals: f.vals.slice(0, f.count), groups: f.groups.slice(0, f.count), count: f.count, triggers: f.triggers, tokens: f.tokens };
}

/** The features of one sentence, into `sink` (reset first). */
export function extractInto(sink: FeatureSink, text: string, ctx: SentenceContext, tokens?: Tokens): FeatureSink {
  const tok = tokenize(text, ctx.language, tokens);
  sink.reset(tok);
  const lang = ctx.language;
  const cues = findCues(tok);
  for (let k = 0; k < CUE_CLASSES.length; k++) {
    const bit = 1 << k;
    if (cues.out & bit) sink.named(CUE_INDEX[k][0], cues.trigger[k]);
    if (cues.quoted & bit) sink.named(CUE_INDEX[k][1], cues.trigger[k]);
  }

  // --- tense and mood from word forms ---
  const verbs = verbFacts(tok, lang);
  if (verbs.past) sink.named(F["verb:past"], verbs.past);
  if (verbs.pastQuoted) sink.named(F["verb:past:quoted"], verbs.pastQuoted);
  if (verbs.perfect) sink.named(F["verb:perfect"]);
  if (verbs.passive) sink.named(F["verb:passive"]);
  if (verbs.future) sink.named(F["verb:future"], verbs.future);
  if (verbs.conditional) sink.named(F["verb:conditional"], verbs.conditional);
  if (verbs.imperfect) sink.named(F["verb:imperfect"]);
  if (verbs.firstPerson) sink.named(F["verb:first-person"], verbs.firstPerson);
  if (!verbs.anyVerb && ((cues.out | cues.quoted) & VERB_CUES) === 0) sink.named(F["verb:none"]);

  // --- figures and names ---
  let figures = 0;
  let firstFigure = "";
  let year = "";
  let names = 0;
  let firstName = "";
  let acronym = "";
  let time = "";
  let smallNumber = false;
  for (let i = 0; i < tok.count; i++) {
    const raw = tok.raw[i];
    if (tok.isNumber[i] && raw.length <= 2) smallNumber = true;
    if (tok.isTime[i]) time ||= raw;
    else if (tok.isNumber[i]) {
      if (numberShape(raw) === "<year>") year ||= raw;
      else (figures++, (firstFigure ||= raw));
    } else if (tok.isCapital[i]) {
      if (tok.info[i].isAcronym) acronym ||= raw;
      // A run of capitalised words after the first word counts as one name.
      else if (i > 0 && (!tok.isCapital[i - 1] || names === 0)) (names++, (firstName ||= raw));
    }
  }
  if (figures > 0) sink.named(F["num:figure"], firstFigure);
  if (figures >= 3) sink.named(F["num:several"]);
  if (year) sink.named(F["num:year"], year);
  const percent = tok.percent || (text.includes("cient") ? PERCENT_WORD_RE.test(text) : text.includes("cent") && PERCENT_WORD_RE.test(text));
  if (percent) sink.named(F["num:percent"]);
  if (tok.currency) sink.named(F["num:money"]);
  if (time) sink.named(F["num:time"], time);
  if (smallNumber && AGE_RE.test(text)) sink.named(F["ent:age"]);
  if (names === 1) sink.named(F["ent:one"], firstName);
  else if (names >= 2) sink.named(F["ent:several"], firstName);
  if (acronym) sink.named(F["ent:acronym"], acronym);
  if (names === 0 && !acronym) sink.named(F["ent:none"]);

  // --- quotations and form ---
  const reportOutside = hasCue(cues, CUE_BIT.report) || hasCue(cues, CUE_BIT.reportView);
  if (tok.quotedShare > 0 && tok.quotedShare < 0.5) sink.named(F["quote:phrase"]);
  if (tok.quotedShare >= 0.5) sink.named(F["quote:mostly"]);
  if (tok.quotedShare >= 0.5 && reportOutside) sink.named(F["quote:attributed"]);
  if (tok.startsWithQuote && !reportOutside) sink.named(F["quote:bare"]);
  if (tok.question) sink.named(F["form:question"]);
  if (tok.exclamation) sink.named(F["form:exclamation"]);
  if (tok.colonLabel) sink.named(F["form:label"]);
  if (tok.url) sink.named(F["form:url"]);
  sink.named(LENGTH_FEATURE(tok.count));

  // --- layout ---
  const line = ctx.line;
  const alone = line.text === text; // both trimmed
  const listItem = line.prefix === "bullet" || line.prefix === "number";
  if (alone && !line.finalPunct && !listItem) sink.named(F["layout:no-final-punct"]);
  if (line.prefix === "heading") sink.named(F["layout:heading"]);
  if (listItem) sink.named(F["layout:list-item"]);
  if (line.speaker === "question") sink.named(F["layout:interview-question"]);
  if (line.speaker === "answer") sink.named(F["layout:interview-answer"]);
  if (line.prefix === "quote") sink.named(F["layout:block-quote"]);
  if (isTitleCase(tok)) sink.named(F["layout:title-case"]);
  if (!tok.hasLower && TWO_UPPER_RE.test(text)) sink.named(F["layout:all-caps"]);
  if (line.byline) sink.named(F["layout:byline"]);
  if (line.seeAlso) sink.named(F["layout:see-also"]);
  if (line.caption) sink.named(F["layout:caption"]);

  // --- conjunctions a linear model cannot form ---
  const B = CUE_BIT;
  const fact = figures > 0 || verbs.past !== "" || verbs.perfect || verbs.passive || hasCue(cues, B.comparison | B.record | B.causal | B.law);
  const view = hasCue(cues, B.opinion | B.feeling | B.predict | B.future | B.plan | B.modal) || verbs.future !== "" || verbs.conditional !== "";
  const source = triggerOf(cues, B.report) || triggerOf(cues, B.reportView);
  if (reportOutside && fact) sink.named(F["x:report+fact"], source);
  if (reportOutside && view) sink.named(F["x:report+view"], source);
  if ((hasCue(cues, B.future | B.plan | B.predict) || verbs.future) && (figures > 0 || tok.currency || percent)) sink.named(F["x:future+figure"]);
  if (verbs.past && (names > 0 || acronym)) sink.named(F["x:past+named"], verbs.past);
  if (hasCue(cues, B.firstPerson) && (verbs.past || verbs.perfect)) sink.named(F["x:first-person+past"], triggerOf(cues, B.firstPerson));
  if ((cues.quoted & B.firstPerson) !== 0 && tok.quotedShare >= 0.5) sink.named(F["x:quote+first-person"]);
  if (figures > 0 && hasCue(cues, B.comparison)) sink.named(F["x:figure+comparison"]);
  // Not true or false today (rule book, question 1): the evidence of a fact counts for less.
  const unreal = view || hasCue(cues, B.deontic | B.conditional);
  if (unreal && (figures > 0 || tok.currency || percent)) sink.named(F["x:unreal+figure"]);
  if (unreal && (names > 0 || acronym)) sink.named(F["x:unreal+named"]);
  if (unreal && (verbs.past || verbs.perfect)) sink.named(F["x:unreal+past"]);
  if ((hasCue(cues, B.firstPerson) || verbs.firstPerson) && figures > 0) sink.named(F["x:first-person+figure"]);
  const noVerb = !verbs.anyVerb && ((cues.out | cues.quoted) & VERB_CUES) === 0;
  if (noVerb && (year || time || hasCue(cues, B.dateWord))) sink.named(F["x:no-verb+date"]);
  if (hasCue(cues, B.law)) {
    const lawVerbs = lang === "es" ? ES_LAW_VERBS : EN_LAW_VERBS;
    for (let i = 0; i < tok.count; i++) {
      if (!tok.inQuote[i] && lawVerbs.has(tok.lower[i])) {
        sink.named(F["x:law-content"], tok.raw[i]);
        break;
      }
    }
  }
  if (!hasCue(cues, B.firstPerson | B.secondPerson)) {
    const [words, beforeQue] = lang === "es" ? [ES_RULE_WORDS, ES_RULE_BEFORE_QUE] : [EN_RULE_WORDS, EN_RULE_BEFORE_QUE];
    for (let i = 0; i < tok.count; i++) {
      const w = tok.lower[i];
      if (!tok.inQuote[i] && (words.has(w) || (beforeQue.has(w) && tok.lower[i + 1] === "que"))) {
        sink.named(F["x:rule"], tok.raw[i]);
        break;
      }
    }
  }
  if (lang === "es") sink.named(F["lang:es"]);

  addNgrams(tok, sink);
  return sink;
}

/** Stem unigrams, stem bigrams (from a sentence-start mark) and word-final character n-grams. */
function addNgrams(tok: Tokens, sink: FeatureSink): void {
  let prev = START_HASH;
  for (let i = 0; i < tok.count; i++) {
    const info = tok.info[i];
    const ids = info.ngramIds;
    const group = NAMED + 2 * i;
    sink.id(ids[0], group);
    sink.hashed(mix(Math.imul(prev, 0x9e3779b1) ^ info.unitHash ^ TAG_BIGRAM), i === 0 ? group : group + 1);
    for (let k = 1; k < ids.length; k++) sink.id(ids[k], group);
    prev = info.unitHash;
  }
}

export { FeatureSink, type Features, type SentenceContext };
