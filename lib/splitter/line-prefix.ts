/**
 * What stands at the start of a line before its first sentence, per the rule book's boundary rules:
 *
 * - a block prefix (list marker "- ", "• ", "1. ", a Markdown heading "## ", a block quote "> ", an
 *   interview speaker "Q: " / "P: "): part of the body, never part of a claim;
 * - a dateline ("LONDON (Reuters) —", "BOGOTÁ.-", "Buenos Aires, 12 jun (Télam).-") or a live-blog
 *   timestamp ("09:30 —", "7.31pm:", "14.05 h"): its own, non-check-worthy segment.
 *
 * All patterns are anchored (sticky) at the given offset and cannot cross a line break, so each
 * call inspects a bounded stretch of one line and the scanner stays linear.
 */

import { SENTENCE_STARTERS } from "./abbreviations";

export type BlockPrefix = "none" | "bullet" | "number" | "heading" | "quote" | "speaker";
export type LeadKind = "dateline" | "timestamp";

const S = "[ \\t\\u00a0]"; // horizontal space (never a line break)

const BLOCK_RE: Record<Exclude<BlockPrefix, "none">, RegExp> = {
  quote: new RegExp(`${S}*(?:>${S}?)+(?=\\S)`, "y"),
  heading: new RegExp(`${S}*#{1,6}${S}+(?=\\S)`, "y"),
  // An em dash is left alone: it opens Spanish dialogue ("—¿Vienes?").
  bullet: new RegExp(`${S}*[-*+•·▪‣◦–]${S}+(?=\\S)`, "y"),
  number: new RegExp(`${S}*(?:\\d{1,3}[.)]|\\(\\d{1,3}\\)|[a-z]\\))${S}+(?=\\S)`, "y"),
  speaker: new RegExp(`${S}*(?:Q|A|P|R|Pregunta|Respuesta|PREGUNTA|RESPUESTA)${S}?:${S}+(?=\\S)`, "y"),
};

function stickyEnd(re: RegExp, s: string, at: number): number {
  re.lastIndex = at;
  return re.test(s) ? re.lastIndex : -1;
}

/** Where the text of the line that starts at `at` begins, after any block prefix. */
export function blockPrefixAt(s: string, at: number): { end: number; kind: BlockPrefix } {
  let p = at;
  let kind: BlockPrefix = "none";
  const q = stickyEnd(BLOCK_RE.quote, s, p);
  if (q >= 0) (p = q), (kind = "quote");
  for (const k of ["heading", "bullet", "number", "speaker"] as const) {
    const e = stickyEnd(BLOCK_RE[k], s, p);
    if (e >= 0) return { end: e, kind: k };
  }
  return { end: p, kind };
}

// --- datelines ---------------------------------------------------------------------------------

/** "ene" -> "[Ee]ne": month and weekday names may be capitalised. */
const cap = (words: string) => words.replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, ch: string) => `${bar}[${ch.toUpperCase()}${ch}]`);
const MONTH_EN = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const MONTH_ES = cap("ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?:iembre)?)?|set(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?");
const WEEKDAY_ES = cap("lunes|martes|miércoles|jueves|viernes|sábado|domingo");
const DATE_EN = `(?:${MONTH_EN})\\.?${S}\\d{1,2}(?:,${S}\\d{4})?`;
const DATE_ES = `(?:(?:${WEEKDAY_ES}),?${S})?\\d{1,2}(?:${S}de)?${S}(?:${MONTH_ES})\\.?(?:,?${S}(?:de${S})?\\d{4})?`;
const DATE = `(?:${DATE_EN}|${DATE_ES}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?![\\p{L}\\p{N}])`;

/** An all-capitals word of two letters or more; inner periods and hyphens only before a capital. */
const CAPS_WORD = "\\p{Lu}(?:[\\p{Lu}\\p{M}'’]|[.-](?=\\p{Lu}))+\\.?";
const CAPS_PLACE = `${CAPS_WORD}(?:${S}(?:DE|DEL|LA|LAS|LOS|EL|Y|DO|DA|${CAPS_WORD})){0,4}`;
const TITLE_WORD = "\\p{Lu}\\p{Ll}[\\p{Ll}\\p{M}'’]*(?:-\\p{Lu}?\\p{Ll}+)*";
const TITLE_PLACE = `${TITLE_WORD}(?:${S}(?:(?:de|del|la|las|los|el|do|da|dos|di|du|of|upon|on|am|y)${S})?${TITLE_WORD}){0,3}`;
/** "N.M.", "D. C.", "Ariz.", "Minn." */
const ABBR_PLACE = `(?:\\p{Lu}\\.(?:${S}?\\p{Lu}\\.){0,2}|\\p{Lu}\\p{Ll}{1,4}\\.)`;
const PART = `(?:${DATE}|${ABBR_PLACE}|${CAPS_PLACE}|${TITLE_PLACE})`;
/** "(Reuters)", "(Nov. 18, 2025)", "/PRNewswire/", or a bare agency slug right before the dash ("AAP"). */
const AGENCY = `(?:\\([^()\\n\\r]{1,40}\\)|/[^/\\s][^/\\n\\r]{0,30}/)`;
const BARE_AGENCY = "\\p{Lu}{2,6}";
/** A claim starts after the separator: a capital, a digit, an opening quote or ¿ ¡. */
const NEXT = `(?=${S}*[\\p{Lu}\\p{N}“"«¿¡‘'(])`;

const DATELINE_DASH_RE = new RegExp(
  `${S}*(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?<parts>(?:,${S}${PART}){0,3})(?<agency>(?:${S}?${AGENCY}){0,2}(?:${S}${BARE_AGENCY})?)` +
    // A hyphen is only a separator between spaces ("DUBLIN (Reuters) - ..."), never inside "ARSAT-1".
    `(?<sep>\\.${S}?[-—–]|${S}*(?:--|—|–)|${S}+-(?=${S}))${NEXT}`,
  "uy",
);
/** Press-release style: "Bogotá, D. C., 18 de marzo de 2025." (a date must end it). */
const DATELINE_DOT_RE = new RegExp(`${S}*(?:${CAPS_PLACE}|${TITLE_PLACE})(?:,${S}${PART}){0,2},${S}${DATE}\\.${NEXT}`, "uy");

const CAPS_ONLY_RE = new RegExp(`^${CAPS_PLACE}$`, "u");

/** End of a dateline starting at `at` (after its separator), or -1. */
function datelineEnd(s: string, at: number): number {
  DATELINE_DASH_RE.lastIndex = at;
  const m = DATELINE_DASH_RE.exec(s);
  if (m) {
    const g = m.groups!;
    const marked = g.parts !== "" || g.agency !== "" || g.sep.startsWith(".") || CAPS_ONLY_RE.test(g.place);
    // A bare title-case place ("Johannesburg –") needs a spaced dash that does not open a
    // parenthetical ("Bukele – El Salvador's president – said" is a sentence).
    if (KICKERS.has(firstWord(g.place))) return -1;
    const bare = /^\s+[—–-]$/.test(g.sep) && !SENTENCE_STARTERS.has(firstWord(g.place));
    if (marked || (bare && !dashAgainSoon(s, DATELINE_DASH_RE.lastIndex, g.sep.trim()))) {
      return DATELINE_DASH_RE.lastIndex;
    }
  }
  return stickyEnd(DATELINE_DOT_RE, s, at);
}

/** Section labels that stand where a dateline would ("OPINION — By Dr. Ayanda Khumalo"): not places. */
const KICKERS: ReadonlySet<string> = new Set(
  "OPINION OPINIÓN ANALYSIS ANÁLISIS EDITORIAL COMMENT COLUMNA COLUMN LIVE BREAKING UPDATE UPDATED EXCLUSIVE EXCLUSIVA WATCH VIDEO ÚLTIMA URGENTE".split(" "),
);

const firstWord = (place: string): string => place.split(/[ \t\u00a0]/, 1)[0];

function dashAgainSoon(s: string, from: number, dash: string): boolean {
  const lim = Math.min(s.length, from + 200);
  for (let i = from; i < lim; i++) {
    const c = s[i];
    if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") return false;
    if (c === dash) return true;
  }
  return false;
}

// --- timestamps --------------------------------------------------------------------------------

const TIMESTAMP_RE = new RegExp(
  `${S}*(?:[01]?\\d|2[0-3])(?:[:.h])[0-5]\\d` +
    `(?<unit>${S}?(?:[ap]\\.?${S}?m\\.?|[AP]\\.?${S}?M\\.?|h|hs|hrs|horas)(?![\\p{L}\\p{N}]))?` +
    `(?<zone>${S}(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|IST|SAST|EAT|WAT|AEST|AEDT|ART|COT|CLT|PET|hora local)(?![\\p{L}]))?` +
    `(?<sep>${S}*[—–|:·•-])?`,
  "uy",
);
const EOL_RE = new RegExp(`${S}*(?:$|[\\n\\r\\u2028\\u2029])`, "y");
const NEXT_RE = new RegExp(NEXT, "uy");

/** End of a live-blog timestamp starting at `at`, or -1: "09:30 —", "7.31pm:", "14.05 h" alone on its line. */
function timestampEnd(s: string, at: number): number {
  TIMESTAMP_RE.lastIndex = at;
  const m = TIMESTAMP_RE.exec(s);
  if (!m) return -1;
  const end = TIMESTAMP_RE.lastIndex;
  EOL_RE.lastIndex = end;
  if (EOL_RE.test(s)) return end; // alone on its line
  const g = m.groups!;
  // Followed by text: a separator, or a clock unit / zone, and then the start of a sentence.
  const marked = g.sep !== undefined || g.unit !== undefined || g.zone !== undefined;
  if (!marked || !/^\s/.test(s.slice(end, end + 1))) return -1;
  NEXT_RE.lastIndex = end;
  return NEXT_RE.test(s) ? end : -1;
}

/** A dateline or timestamp at `at` (the start of a line's text): where it ends, and which it is. */
export function leadAt(s: string, at: number): { end: number; kind: LeadKind } | null {
  const t = timestampEnd(s, at);
  if (t >= 0) return { end: t, kind: "timestamp" };
  const d = datelineEnd(s, at);
  if (d >= 0) return { end: d, kind: "dateline" };
  return null;
}
