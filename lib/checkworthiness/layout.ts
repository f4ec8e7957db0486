/**
 * Facts about the line a sentence stands on: its block prefix (heading, list item, interview
 * speaker), whether it ends in final punctuation, and whether it reads as a byline, a related-links
 * line or a photo credit. Headlines, bylines and navigation are never claims (rule book); a bullet
 * item is a sentence even without a final period.
 */
import { blockPrefixAt, type BlockPrefix } from "../splitter/line-prefix";
import type { Tokens } from "./tokens";

export type LineFacts = {
  /** The line without its block prefix, trimmed. */
  text: string;
  prefix: BlockPrefix;
  speaker: "question" | "answer" | null;
  finalPunct: boolean;
  seeAlso: boolean;
  byline: boolean;
  caption: boolean;
};

const SEE_ALSO_RE =
  /^[\s*•·>–—-]*(?:see also|read more|read also|also read|related(?: stories| articles| news| content| coverage)?|more on this|recommended|you may also like|catch up|further reading|lee también|lea también|leer más|lea más|vea también|ver también|mira también|te puede interesar|también te puede interesar|más información|relacionad[oa]s?|noticias relacionadas|también lee|te recomendamos)\s*[:：|»>–—-]/iu;
const BYLINE_RE =
  /^(?:by|por|written by|escrito por|reporting by|reported by|redacción|text by|texto de|story by|with reporting by|con información de)\s*:?\s+\p{Lu}/iu;
const CAPTION_RE =
  /^(?:photo|foto|fotografía|image|imagen|caption|credit|crédito|créditos|fuente|source|archivo|file photo|photograph|video)\s*(?:[:|/(–—-]|by\b|de\b)/iu;
const SEPARATOR_RE = /[|•·]|\s[–—-]\s/;
const DIGIT_RE = /\p{Nd}/u;

export function endsWithFinalPunct(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && "\"'”’»)]* ".includes(s[i])) i--;
  return i >= 0 && ".!?…:;".includes(s[i]);
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

export function analyseLine(rawLine: string): LineFacts {
  const prefix = blockPrefixAt(rawLine, 0);
  const label = rawLine.slice(0, prefix.end).trim();
  const text = rawLine.slice(prefix.end).trim();
  const speaker = prefix.kind !== "speaker" ? null : /^(?:Q|P|Pregunta|PREGUNTA)/.test(label) ? "question" : "answer";
  const finalPunct = endsWithFinalPunct(text);
  const seeAlso = SEE_ALSO_RE.test(text);
  const byline =
    !seeAlso && !finalPunct && BYLINE_RE.test(text) && (SEPARATOR_RE.test(text) || DIGIT_RE.test(text) || wordCount(text) <= 8);
  const caption = !seeAlso && !byline && CAPTION_RE.test(text);
  return { text, prefix: prefix.kind, speaker, finalPunct, seeAlso, byline, caption };
}

/**
 * Lines the rule book never counts as claims, whatever their words: a headline (the first line,
 * without final punctuation, not a list item), a Markdown heading, a byline, a related-links line,
 * a photo credit. The model scores them too, but a headline full of figures can outscore its layout,
 * so the rule book decides. Returns the reason, or null.
 */
export function layoutGate(text: string, line: LineFacts, firstLine: boolean): string | null {
  if (line.seeAlso) return "a related-links line: never a claim";
  if (line.byline) return "a byline: never a claim";
  if (line.caption) return "a photo credit or caption: never a claim";
  if (line.prefix === "heading") return "a section heading: never a claim";
  const listItem = line.prefix === "bullet" || line.prefix === "number";
  if (firstLine && !listItem && line.text === text && !line.finalPunct) return "a headline: never a claim";
  return null;
}


/** Share of capitalised content words after the first: > 0.9 over three or more words reads as Title Case. */
export function isTitleCase(tok: Tokens): boolean {
  let content = 0;
  let caps = 0;
  for (let i = 1; i < tok.count; i++) {
    const w = tok.raw[i];
    if (w.length < 2 || tok.isNumber[i] || tok.info[i].titleStop) continue;
    content++;
    if (tok.isCapital[i]) caps++;
  }
  return content >= 3 && caps / content > 0.9;
}
