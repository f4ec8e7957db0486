/**
 * Check-worthiness scoring: a deterministic weighted sum of cue features, clamped to [0, 1].
 *
 *   score = clamp(BASE + Σ weight(feature), 0, 1)      checkworthy = score >= CHECKWORTHY_THRESHOLD
 *
 * Every feature that fired is reported as a reason (short English label + its weight) so the UI can
 * explain the score. Cue lists exist for English and Spanish; the language (given, or detected from
 * the sentence) picks the list. Matching is token based (one tokenisation pass + Map lookups +
 * a few phrase look-ups), so scoring stays cheap on long documents.
 */
import { detectLanguage } from "./language";
import { LEXICONS, F, type Lexicon } from "./lexicon";
import type { Language, ScoreContext, ScoreReason, SentenceScore } from "./types";

export const CHECKWORTHY_THRESHOLD = 0.5;

/** Score of a sentence with no cue at all. */
const BASE = 0.3;

/** Labels shown in the UI (short English phrases). */
export const LABELS = {
  statistic: "contains a statistic",
  number: "contains a number",
  date: "contains a date",
  quoteAttributed: "attributed quote",
  quote: "contains a quote",
  attribution: "attribution (said/according to/stated…)",
  comparison: "comparison",
  organisation: "named source/organisation",
  names: "names people/places",
  event: "reported event (visited/signed/arrested…)",
  seeAlso: "SEE ALSO line",
  headline: "headline/byline",
  caption: "caption-like line",
  question: "question",
  opinion: "opinion word",
  hedge: "first-person/hedge",
  short: "short sentence",
  noVerb: "no verb (caption-like)",
} as const;

/** Feature weights (exported so tests and docs can refer to them). */
export const WEIGHTS = {
  statistic: 0.25,
  number: 0.2,
  numberWord: 0.15,
  date: 0.2,
  quoteAttributed: 0.3,
  attribution: 0.2,
  quote: 0.05,
  comparison: 0.25,
  organisation: 0.1,
  names: 0.1,
  event: 0.1,
  // Layout penalties: -1.5 outweighs the largest possible sum of positive cues (1.5), so headlines,
  // bylines, SEE ALSO lines and photo credits can never reach the threshold.
  seeAlso: -1.5,
  byline: -1.5,
  photoCaption: -1.5,
  headline: -1.5,
  titleCase: -0.5,
  question: -0.4,
  opinion: -0.2,
  hedge: -0.15,
  veryShort: -0.3,
  short: -0.2,
  noVerb: -0.2,
} as const;

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu;
const DIGIT_RE = /\p{Nd}/u;
const PERCENT_RE = /[%‰]/;
const CURRENCY_RE = /[$€£¥]\s?\d|\d\s?(?:€|US\$|USD|EUR)|US\$/;
const MAGNITUDE_RE = /\d(?:[.,]\d+)?\s?(?:bn|m|k)(?![\p{L}\p{N}])/u;
const YEAR_RE = /(?<![\d.,])(?:1[89]\d\d|20\d\d)(?!\d|[.,]\d)/;
const NUMERIC_DATE_RE = /(?<!\d)\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?!\d)/;
/** English "May" is a month only next to a number or after in/on/of/since/until/by/early/late/mid. */
const MAY_RE = /\bMay\s+\d|\b(?:in|on|of|since|until|by|early|late|mid)\s+May\b/;
const EN_OVER_RE = /\b(?:over|under)\s+(?:\d|a\s+(?:third|quarter|half|dozen|hundred|thousand|million|billion)\b|half\b)/i;
const QUOTE_RE = /[“”«»"]/;
const QUOTED_SPAN_RE = /“[^”]*”|«[^»]*»|"[^"]*"/g;
const ACRONYM_RE = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/u;
const LOWER_RE = /\p{Ll}/u;
const UPPER2_RE = /\p{Lu}[^]*\p{Lu}/u;

const SEE_ALSO_RE =
  /^[\s*•·>–—-]*(?:see also|read more|read also|also read|related(?: stories| articles| news| content| coverage)?|more on this|recommended|you may also like|lee también|lea también|leer más|lea más|vea también|ver también|mira también|te puede interesar|también te puede interesar|más información|relacionad[oa]s?|noticias relacionadas|también lee)\s*[:：|»>–—-]/iu;
const BYLINE_RE =
  /^(?:by|por|written by|escrito por|reporting by|reported by|redacción|text by|texto de|story by)\s*:?\s+\p{Lu}/iu;
const PHOTO_CAPTION_RE =
  /^(?:photo|foto|fotografía|image|imagen|caption|credit|crédito|créditos|fuente|source|archivo|file photo|photograph|video)\s*(?:[:|/(–—-]|by\b|de\b)/iu;
const SEPARATOR_RE = /[|•·]|\s[–—-]\s/;

/** Facts about the line a sentence sits on. Computed once per line by splitIntoClaims. */
export type LineInfo = {
  text: string;
  seeAlso: boolean;
  byline: boolean;
  photoCaption: boolean;
  finalPunct: boolean;
};

function endsWithFinalPunct(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && "\"'”’»)]".includes(s[i])) i--;
  return i >= 0 && ".!?…:;".includes(s[i]);
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200a);
    if (space) {
      if (inWord && hasAlnum) n++;
      inWord = hasAlnum = false;
    } else {
      inWord = true;
      if (!hasAlnum) {
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) hasAlnum = true;
        else if (c >= 128 && /[\p{L}\p{N}]/u.test(s[i])) hasAlnum = true;
      }
    }
  }
  if (inWord && hasAlnum) n++;
  return n;
}

export function analyseLine(line: string): LineInfo {
  const text = line.trim();
  const finalPunct = endsWithFinalPunct(text);
  const seeAlso = SEE_ALSO_RE.test(text);
  const byline =
    !seeAlso &&
    !finalPunct &&
    BYLINE_RE.test(text) &&
    (SEPARATOR_RE.test(text) || DIGIT_RE.test(text) || countWords(text) <= 6);
  const photoCaption = !seeAlso && !byline && PHOTO_CAPTION_RE.test(text);
  return { text, seeAlso, byline, photoCaption, finalPunct };
}

type Tokens = { lower: string[]; orig: string[] };

function tokenize(s: string): Tokens {
  const lower: string[] = [];
  const orig: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s)) !== null) {
    orig.push(m[0]);
    lower.push(m[0].toLowerCase());
  }
  return { lower, orig };
}

/** Feature bit mask for a token list (single words + phrases). */
function features(tok: Tokens, lex: Lexicon): number {
  let mask = 0;
  const { lower, orig } = tok;
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i];
    mask |= (lex.ci.get(w) ?? 0) | (lex.cs.get(orig[i]) ?? 0);
    const candidates = lex.phrases.get(w);
    if (candidates === undefined) continue;
    for (const { rest, bit } of candidates) {
      if ((mask & bit) !== 0 || i + rest.length >= lower.length) continue;
      let ok = true;
      for (let j = 0; j < rest.length && ok; j++) ok = lower[i + 1 + j] === rest[j];
      if (ok) mask |= bit;
    }
  }
  return mask;
}

function isCapitalised(w: string): boolean {
  const a = w[0];
  return a !== a.toLowerCase() && w.length > 1 && w[1] === w[1].toLowerCase() && w[1] !== w[1].toUpperCase();
}

/**
 * Score one sentence with precomputed line facts (used by splitIntoClaims, which analyses each line
 * once). Public callers use scoreSentence.
 */
export function scoreWithLine(
  text: string,
  context: { language?: Language; isFirstLine?: boolean },
  line: LineInfo,
): SentenceScore {
  const reasons: ScoreReason[] = [];
  const add = (label: string, weight: number) => reasons.push({ label, weight });
  const t = text.trim();
  const lang: Language = context.language ?? detectLanguage(t);
  const lex = LEXICONS[lang];
  const tok = tokenize(t);
  const mask = features(tok, lex);
  const quoted = QUOTE_RE.test(t);
  const outsideMask = quoted ? features(tokenize(t.replace(QUOTED_SPAN_RE, " ")), lex) : mask;
  const hasDigit = DIGIT_RE.test(t);
  const wordCount = countWords(t);
  const lineIsSentence = line.text === t;

  // Title case: share of capitalised content words after the first one.
  let content = 0;
  let caps = 0;
  let names = 0;
  for (let i = 1; i < tok.orig.length; i++) {
    const w = tok.orig[i];
    if (w.length < 2 || lex.titleStop.has(tok.lower[i]) || !/^\p{L}/u.test(w)) continue;
    content++;
    if (isCapitalised(w) || (w.length > 1 && !LOWER_RE.test(w))) caps++;
    if (isCapitalised(w)) names++;
  }
  const titleCase = content >= 3 && caps / content > 0.9;
  const allCaps = !LOWER_RE.test(t) && UPPER2_RE.test(t);

  // --- layout: SEE ALSO / byline / headline / captions ---
  let layout = true;
  if (line.seeAlso) add(LABELS.seeAlso, WEIGHTS.seeAlso);
  else if (line.byline) add(LABELS.headline, WEIGHTS.byline);
  else if (line.photoCaption) add(LABELS.caption, WEIGHTS.photoCaption);
  else if (
    lineIsSentence &&
    !line.finalPunct &&
    (context.isFirstLine === true || titleCase || allCaps || wordCount <= 10)
  )
    add(LABELS.headline, WEIGHTS.headline);
  else if (titleCase && wordCount >= 4) add(LABELS.caption, WEIGHTS.titleCase);
  else layout = false;

  // --- content cues (positive) ---
  if (PERCENT_RE.test(t) || CURRENCY_RE.test(t) || MAGNITUDE_RE.test(t) || mask & F.STAT)
    add(LABELS.statistic, WEIGHTS.statistic);
  if (hasDigit) add(LABELS.number, WEIGHTS.number);
  else if (mask & F.NUMW) add(LABELS.number, WEIGHTS.numberWord);
  if (mask & F.DATE || (hasDigit && (YEAR_RE.test(t) || NUMERIC_DATE_RE.test(t))) || (lang === "en" && MAY_RE.test(t)))
    add(LABELS.date, WEIGHTS.date);
  const attribution = (mask & F.ATTR) !== 0;
  if (quoted && attribution) add(LABELS.quoteAttributed, WEIGHTS.quoteAttributed);
  else if (attribution) add(LABELS.attribution, WEIGHTS.attribution);
  else if (quoted) add(LABELS.quote, WEIGHTS.quote);
  if (mask & F.COMP || (lang === "en" && EN_OVER_RE.test(t))) add(LABELS.comparison, WEIGHTS.comparison);
  if (mask & F.ORG || (!allCaps && ACRONYM_RE.test(t))) add(LABELS.organisation, WEIGHTS.organisation);
  if (!titleCase && names >= 2) add(LABELS.names, WEIGHTS.names);
  const event = (mask & F.EVENT) !== 0;
  if (event) add(LABELS.event, WEIGHTS.event);

  // --- negative cues ---
  if (endsWithQuestion(t) || startsWithInvertedQuestion(t)) add(LABELS.question, WEIGHTS.question);
  if (outsideMask & F.OPIN) add(LABELS.opinion, WEIGHTS.opinion);
  if (outsideMask & F.HEDGE) add(LABELS.hedge, WEIGHTS.hedge);
  if (wordCount < 4) add(LABELS.short, WEIGHTS.veryShort);
  else if (wordCount < 6) add(LABELS.short, WEIGHTS.short);
  if (!layout && wordCount <= 8 && !event && !attribution && !(mask & F.VERB) && !hasPastForm(tok, lang))
    add(LABELS.noVerb, WEIGHTS.noVerb);

  let raw = BASE;
  for (const r of reasons) raw += r.weight;
  const score = Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
  return { score, checkworthy: score >= CHECKWORTHY_THRESHOLD, reasons };
}

function endsWithQuestion(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && "\"'”’»)]".includes(s[i])) i--;
  return i >= 0 && s[i] === "?";
}

function startsWithInvertedQuestion(s: string): boolean {
  for (let i = 0; i < s.length && i < 8; i++) {
    const ch = s[i];
    if (ch === "¿") return true;
    if (!"\"'“‘«(—–- ".includes(ch)) return false;
  }
  return false;
}

function hasPastForm(tok: Tokens, lang: Language): boolean {
  for (const w of tok.lower) {
    if (lang === "en") {
      if (w.length >= 4 && w.endsWith("ed")) return true;
    } else if (
      w.length >= 3 &&
      (w.endsWith("ó") || w.endsWith("aron") || w.endsWith("ieron") || w.endsWith("aba") || w.endsWith("ía"))
    ) {
      return true;
    }
  }
  return false;
}

/** Score one sentence. Pure and deterministic. `lineText` defaults to the sentence itself. */
export function scoreSentence(text: string, context: ScoreContext = {}): SentenceScore {
  const t = typeof text === "string" ? text : "";
  return scoreWithLine(t, context, analyseLine(context.lineText ?? t));
}
