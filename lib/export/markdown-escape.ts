/**
 * Markdown (CommonMark + GFM) escaping of user text. Pure and total (never throws).
 *
 * Only characters that would change the meaning *where they stand* are backslash-escaped, so the
 * file still reads as plain prose (`office.`, `80,000+`, `mid-2024` stay as written). What is
 * escaped, and why:
 *
 * - at the start of a line (block text only): `#` heading, `>` quote, `-`/`+`/`*` + space list,
 *   `1.`/`1)` + space ordered list, `[x]` + space task box, `---`/`***`/`___` rule, `===`/`---`
 *   setext underline, `~~~` fence, a table delimiter row (`--- | ---`, `:--`);
 * - anywhere: every backtick (code span); `*`, `_`, `~` runs that could open or close emphasis or
 *   strikethrough, but only when the unit holds a possible opener *and* a later possible closer of
 *   the same character (a lone `5*` or `snake_case` stays); `]` before `(`, `[` or `:` (links,
 *   references, definitions; every `[`/`]` in link text); `<` before a letter, `/`, `!` or `?`
 *   (HTML, autolinks); `&` that spells an entity (`&amp;`); `\` before punctuation or at a line end;
 *   the GFM autolink triggers `scheme://` (the colon), `www.` (the dot) and `a@b.c` (the at sign);
 *   a trailing ` #` run (heading closing sequence);
 * - lines are trimmed: leading spaces would make a code block, trailing double spaces a break.
 *
 * `|` is left alone: no user text is placed in a table cell, and a table needs a delimiter row,
 * which is escaped above. Whatever the input, user text renders as that same literal text: no
 * links, HTML, headings, lists, quotes, code or emphasis (tested against commonmark.js and marked
 * with GFM).
 */

import { normalizeNewlines } from "./report";
import { safeHttpUrl } from "./escape";

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/u;
const ALNUM = /[\p{L}\p{N}]/u;

type Mode = { block: boolean; brackets: "links" | "all" };

/** Whether a neighbour (undefined: a unit/line boundary, which could be anything) may be non-whitespace. */
const mayBeSolid = (ch: string | undefined) => ch === undefined || ch === "\n" || !WHITESPACE.test(ch);

/**
 * Marks the `*`, `_` and `~` runs that could take part in emphasis or strikethrough. A superset of
 * CommonMark's flanking rules (a possible opener is not followed by whitespace, a possible closer
 * not preceded by it; `_` between two letters or digits is neither), so different parsers'
 * punctuation classes cannot make us miss one. Runs are only escaped when an opener precedes a
 * closer of the same character.
 */
function markDelimiters(s: string, flags: boolean[]): void {
  for (const c of ["*", "_", "~"]) {
    const runs: { from: number; to: number; open: boolean; close: boolean }[] = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== c) continue;
      let j = i;
      while (s[j + 1] === c) j++;
      const before = s[i - 1];
      const after = s[j + 1];
      const intraword = c === "_" && before !== undefined && after !== undefined && ALNUM.test(before) && ALNUM.test(after);
      if (!intraword) runs.push({ from: i, to: j, open: mayBeSolid(after), close: mayBeSolid(before) });
      i = j;
    }
    const firstOpener = runs.findIndex((r) => r.open);
    const paired = firstOpener >= 0 && runs.some((r, k) => k > firstOpener && r.close);
    if (!paired) continue;
    for (const r of runs) if (r.open || r.close) for (let k = r.from; k <= r.to; k++) flags[k] = true;
  }
}

const THEMATIC = /^([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT = /^(?:=+|-+)\s*$/;
const TABLE_DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Marks the character that would make this line start a block (heading, list, quote, ...). */
function markLineStart(s: string, at: number, flags: boolean[]): void {
  const end = s.indexOf("\n", at);
  const line = s.slice(at, end < 0 ? s.length : end);
  if (/^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\[[\sxX]\](?=\s|$))/.test(line) || THEMATIC.test(line) || SETEXT.test(line) || /^~{3}/.test(line)) {
    flags[at] = true;
    return;
  }
  const ordered = /^\d{1,9}(?=[.)](?:\s|$))/.exec(line);
  if (ordered) flags[at + ordered[0].length] = true;
  else if (TABLE_DELIMITER_ROW.test(line)) flags[at + line.indexOf("-")] = true;
}

const ENTITY = /&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g;
const SCHEME = /[A-Za-z][A-Za-z0-9+.-]*(:)\/\//g;
const WWW = /www(\.)/gi;
const EMAIL = /[A-Za-z0-9._+-](@)[A-Za-z0-9_-]+\.[A-Za-z0-9_-]/g;

/** Flags the first captured group's position for every match. */
function markGroup(s: string, pattern: RegExp, flags: boolean[]): void {
  for (const m of s.matchAll(pattern)) flags[m.index + m[0].indexOf(m[1])] = true;
}

/** Escapes one unit of trimmed user text (a paragraph whose lines are joined by \n, or one line). */
function escapeUnit(s: string, mode: Mode): string {
  const flags = new Array<boolean>(s.length).fill(false);
  markDelimiters(s, flags);
  for (const m of s.matchAll(ENTITY)) flags[m.index] = true;
  markGroup(s, SCHEME, flags);
  markGroup(s, WWW, flags);
  markGroup(s, EMAIL, flags);
  const trailingHashes = /(?:^|\s)(#+)\s*$/.exec(s);
  if (trailingHashes) flags[trailingHashes.index + trailingHashes[0].indexOf("#")] = true;
  if (mode.block) {
    markLineStart(s, 0, flags);
    for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) markLineStart(s, i + 1, flags);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const next = s[i + 1];
    if (
      c === "`" ||
      (c === "\\" && (next === undefined || next === "\n" || ASCII_PUNCT.test(next))) ||
      (c === "<" && next !== undefined && /[A-Za-z/!?]/.test(next)) ||
      ((c === "[" || c === "]") && mode.brackets === "all") ||
      // marked re-reads `\](` inside link text as a link: `(` after a bracket is escaped there too.
      (c === "(" && s[i - 1] === "]" && mode.brackets === "all") ||
      (c === "]" && (next === "(" || next === "[" || next === ":"))
    ) {
      flags[i] = true;
    }
  }
  let out = "";
  for (let i = 0; i < s.length; i++) out += flags[i] ? `\\${s[i]}` : s[i];
  return out;
}

const oneLine = (text: string) =>
  normalizeNewlines(text)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" ");

/** User text for a single-line context in running text (heading, list item, after a label). */
export function escapeMarkdownInline(text: string): string {
  return escapeUnit(oneLine(text), { block: false, brackets: "links" });
}

/** User text as the text of a link (`[here](…)`): also every `[` and `]`. */
export function escapeMarkdownLinkText(text: string): string {
  return escapeUnit(oneLine(text), { block: false, brackets: "all" });
}

/**
 * User text as a Markdown block: paragraphs separated by blank lines, line breaks inside a
 * paragraph kept as hard breaks (`\` at end of line). Every line gets `prefix` (indentation or
 * `> ` for block quotes). Empty text gives "".
 */
export function markdownBlock(text: string, prefix = ""): string {
  const paragraphs: string[][] = [[]];
  for (const line of normalizeNewlines(text).split("\n").map((l) => l.trim())) {
    if (line === "") {
      if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
    } else paragraphs[paragraphs.length - 1].push(line);
  }
  const blank = prefix.trimEnd();
  return paragraphs
    .filter((p) => p.length)
    .map((p) =>
      escapeUnit(p.join("\n"), { block: true, brackets: "links" })
        .split("\n")
        .map((l) => prefix + l)
        .join("\\\n"),
    )
    .join(`\n${blank}\n`);
}

/** A URL made safe as a Markdown link destination: characters with meaning there are percent-encoded. */
export function markdownLinkDestination(href: string): string {
  return href.replace(/[()\\<>\s\u0000-\u001f\u007f]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

/** `[text](url)` for http(s) URLs; otherwise the text and URL as plain text marked "not linked". */
export function markdownLink(text: string, rawUrl: string): string {
  const href = safeHttpUrl(rawUrl);
  if (!href) {
    const label = oneLine(text);
    const shown = oneLine(rawUrl);
    // Shown where a list item's text starts, so line-start syntax is escaped too.
    const inert = label && label !== shown ? `${label} (${shown}, not linked)` : `${label || shown} (not linked)`;
    return escapeUnit(inert, { block: true, brackets: "links" });
  }
  return `[${escapeMarkdownLinkText(text) || escapeMarkdownLinkText(rawUrl)}](${markdownLinkDestination(href)})`;
}
