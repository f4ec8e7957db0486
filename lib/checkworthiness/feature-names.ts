/**
 * The named (non-hashed) features of the model and the plain-English phrase each one contributes to
 * an explanation. `%` in a phrase is replaced by the word that triggered the feature, when there is
 * one ("reports a completed event (resigned)"). The order of this list is the feature index.
 */
import { CUE_CLASSES, type CueClass } from "./cues";

const CUE_PHRASES: Record<CueClass, string> = {
  report: "attributed to a source (%)",
  reportView: "a source's view (%)",
  future: "a plan or future tense (%)",
  plan: "a plan or schedule (%)",
  predict: "a prediction or expectation (%)",
  modal: "a possibility, not a fact (%)",
  conditional: "a condition (%)",
  nonAnswer: "a non-answer (%)",
  review: "a promise to review (%)",
  procedural: "news or meeting procedure (%)",
  deontic: "what ought to be, not what is (%)",
  opinion: "an opinion or judgement (%)",
  feeling: "a feeling or reaction (%)",
  firstPerson: "first person (%)",
  secondPerson: "addresses the reader (%)",
  private: "private or family life (%)",
  promo: "a call to action (%)",
  comparison: "a comparison or change (%)",
  record: "a record, first or history (%)",
  causal: "a cause and effect (%)",
  law: "a law or rule (%)",
  negation: "a negation (%)",
  vague: "vague wording (%)",
  mood: "scene or mood (%)",
  numberWord: "a number in words (%)",
  magnitude: "a quantity (%)",
  dateWord: "names a day or date (%)",
  pastTime: "a time in the past (%)",
  futureTime: "a time in the future (%)",
  question: "a question word (%)",
  boilerplate: "press or page boilerplate (%)",
};

const BASE: Array<[string, string]> = [
  ["verb:past", "reports a completed event (%)"],
  ["verb:past:quoted", "a completed event, quoted (%)"],
  ["verb:perfect", "a perfect tense: something has happened"],
  ["verb:passive", "a passive: something was done"],
  ["verb:future", "a future-tense verb (%)"],
  ["verb:conditional", "a conditional verb (%)"],
  ["verb:imperfect", "a descriptive past tense"],
  ["verb:none", "no verb (a label or fragment)"],
  ["verb:first-person", "a first-person verb (%)"],
  ["num:figure", "contains a figure (%)"],
  ["num:several", "several figures"],
  ["num:year", "names a year (%)"],
  ["num:percent", "a percentage"],
  ["num:money", "an amount of money"],
  ["num:time", "a time of day (%)"],
  ["ent:one", "names someone or something (%)"],
  ["ent:several", "names people, places or bodies (%)"],
  ["ent:acronym", "names an organisation (%)"],
  ["ent:none", "names no one specific"],
  ["ent:age", "gives a person's age (an ordinary person)"],
  ["quote:phrase", "quotes a phrase"],
  ["quote:mostly", "mostly a quotation"],
  ["quote:attributed", "an attributed quotation"],
  ["quote:bare", "a quotation with no speaker"],
  ["form:question", "a question"],
  ["form:exclamation", "an exclamation"],
  ["form:label", "a labelled item (Label: …)"],
  ["form:url", "a web or e-mail address"],
  ["len:1-3", "a very short sentence"],
  ["len:4-6", "a short sentence"],
  ["len:7-11", "a sentence of 7–11 words"],
  ["len:12-19", "a sentence of 12–19 words"],
  ["len:20-34", "a long sentence"],
  ["len:35+", "a very long sentence"],
  ["layout:no-final-punct", "no final punctuation (a headline or label)"],
  ["layout:heading", "a section heading"],
  ["layout:list-item", "a list item"],
  ["layout:interview-question", "an interviewer's question"],
  ["layout:interview-answer", "an interviewee's answer"],
  ["layout:block-quote", "a block quotation"],
  ["layout:title-case", "written in Title Case (a headline)"],
  ["layout:all-caps", "written in capitals"],
  ["layout:byline", "a byline or credit"],
  ["layout:see-also", "a related-links line"],
  ["layout:caption", "a photo credit or caption"],
  ["x:report+fact", "attributes a fact to a source"],
  ["x:report+view", "attributes a view, plan or forecast"],
  ["x:future+figure", "a figure in a plan or forecast"],
  ["x:past+named", "a completed act by a named actor"],
  ["x:first-person+past", "a first-person anecdote"],
  ["x:quote+first-person", "a first-person quotation"],
  ["x:figure+comparison", "a figure with a comparison"],
  ["x:unreal+figure", "a figure in a view, plan or forecast"],
  ["x:unreal+named", "a named actor's plan or view"],
  ["x:unreal+past", "a past act inside a view or forecast"],
  ["x:first-person+figure", "a figure from personal experience"],
  ["x:no-verb+date", "an agenda item (a date, no verb)"],
  ["x:law-content", "states what a law or rule says (%)"],
  ["x:rule", "states a rule: a permission or an obligation (%)"],
  ["lang:es", "Spanish"],
  // Part-of-speech and entity features (pos-features.ts), only computed where the scorer needs them.
  ["pos:pattern", "sentence structure (parts of speech)"],
  ["pos:propn", "a proper noun (part of speech)"],
  ["pos:num", "a numeral (part of speech)"],
  ["pos:no-verb", "no verb (part of speech)"],
  ["pos:aux+verb", "an auxiliary verb construction (part of speech)"],
  ["pos:starts-pron", "starts with a pronoun (part of speech)"],
  ["pos:starts-verb", "starts with a verb, like a command (part of speech)"],
  ["pos:adjectives", "many adjectives (part of speech)"],
  ["ner:date", "a date (entity)"],
  ["ner:time", "a time (entity)"],
  ["ner:money", "an amount of money (entity)"],
  ["ner:percent", "a percentage (entity)"],
  ["ner:cardinal", "a number (entity)"],
  ["ner:ordinal", "an ordinal (entity)"],
  ["ner:duration", "a duration (entity)"],
  ["tag:past", "a past-tense verb (part of speech)"],
  ["tag:future", "a future-tense verb (part of speech)"],
  ["tag:conditional", "a conditional verb (part of speech)"],
  ["tag:imperative", "an imperative or subjunctive verb (part of speech)"],
  ["tag:first-person", "a first-person verb (part of speech)"],
  ["tag:proper-noun", "a proper noun (part of speech)"],
  ["tag:value", "a number (part of speech)"],
  ["tag:date", "a date (part of speech)"],
  ["tag:no-verb", "no verb (part of speech)"],
  ["tag:starts-verb", "starts with a verb (part of speech)"],
  ["tag:adjectives", "many adjectives (part of speech)"],
];

export const NAMED_FEATURES: ReadonlyArray<{ name: string; phrase: string }> = [
  ...BASE.map(([name, phrase]) => ({ name, phrase })),
  ...CUE_CLASSES.flatMap((c) => [
    { name: `cue:${c}`, phrase: CUE_PHRASES[c] },
    { name: `cue:${c}:quoted`, phrase: `${CUE_PHRASES[c].replace(" (%)", "")}, quoted (%)` },
  ]),
];

export const NAMED_INDEX: ReadonlyMap<string, number> = new Map(NAMED_FEATURES.map((f, i) => [f.name, i]));

export function namedIndex(name: string): number {
  const i = NAMED_INDEX.get(name);
  if (i === undefined) throw new Error(`unknown feature ${name}`);
  return i;
}

/** Each phrase split at its "%" (before, after), and its form without a trigger. */
const BEFORE: string[] = [];
const AFTER: string[] = [];
const BARE: string[] = [];
for (const { phrase } of NAMED_FEATURES) {
  const at = phrase.indexOf("%");
  BEFORE.push(at < 0 ? phrase : phrase.slice(0, at));
  AFTER.push(at < 0 ? "" : phrase.slice(at + 1));
  BARE.push(phrase.replace(/ \(%\)$/, "").replace("%", ""));
}

/** The explanation phrase of a named feature, with its trigger word (or without the "(%)" part). */
export function namedPhrase(index: number, trigger: string): string {
  return trigger && BEFORE[index] !== BARE[index] ? BEFORE[index] + trigger + AFTER[index] : BARE[index];
}
