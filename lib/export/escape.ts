/** Escaping helpers shared by the text formats. All are pure and total (never throw). */

import { normalizeNewlines } from "./report";

// ---------------------------------------------------------------------------------------------
// URLs

/**
 * Returns the normalised absolute URL if `raw` is an http(s) URL, else null. Only such URLs
 * are ever rendered as links (javascript:, data:, relative, malformed, ... stay plain text).
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.href;
}

// ---------------------------------------------------------------------------------------------
// HTML

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and (double- or single-quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// ---------------------------------------------------------------------------------------------
// Markdown (CommonMark / GFM)

/** Every character that can start or end Markdown syntax in running text. */
const MD_SPECIAL = /[\\`*_{}[\]<>()#+\-.!|~&]/g;

/**
 * Escapes one line of user text: trims surrounding whitespace (leading spaces would make a code
 * block, trailing double spaces a hard break), backslash-escapes every special character and a
 * line-initial `=` (setext heading underline). With `# + - . ) >` escaped, no line can start a
 * heading, list, quote or ordered list.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.trim().replace(MD_SPECIAL, "\\$&");
  return escaped.startsWith("=") ? `\\${escaped}` : escaped;
}

/** Escaped lines of user text (line endings normalised). */
export function markdownLines(text: string): string[] {
  return normalizeNewlines(text).split("\n").map(escapeMarkdownLine);
}

/** Escapes user text for a single-line context (heading, table cell, link text, list item). */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(normalizeNewlines(text).split("\n").map((l) => l.trim()).filter(Boolean).join(" "));
}

/**
 * Escaped user text as a Markdown block: paragraphs separated by blank lines, line breaks inside
 * a paragraph kept as hard breaks (`\` at end of line). Every line gets `prefix` (indentation
 * or `> ` for block quotes).
 */
export function markdownBlock(text: string, prefix = ""): string {
  const paragraphs: string[][] = [[]];
  for (const line of markdownLines(text)) {
    if (line === "") {
      if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
    } else paragraphs[paragraphs.length - 1].push(line);
  }
  const blank = prefix.trimEnd();
  return paragraphs
    .filter((p) => p.length)
    .map((p) => p.map((l) => prefix + l).join("\\\n"))
    .join(`\n${blank}\n`);
}

/** A URL made safe as a Markdown link destination: characters with meaning there are percent-encoded. */
export function markdownLinkDestination(href: string): string {
  return href.replace(/[()\\<>\s\u0000-\u001f\u007f]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

/** `[text](url)` for http(s) URLs; otherwise the escaped URL as plain text (never a link). */
export function markdownLink(text: string, rawUrl: string): string {
  const href = safeHttpUrl(rawUrl);
  const label = escapeMarkdownInline(text) || escapeMarkdownInline(rawUrl);
  if (!href) {
    const shown = escapeMarkdownInline(rawUrl);
    return text && shown !== label ? `${label} (${shown}, not linked)` : `${label} (not linked)`;
  }
  return `[${label}](${markdownLinkDestination(href)})`;
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Characters that make spreadsheet software evaluate a cell (CSV/formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would treat as a formula with an apostrophe. */
export function neutralizeCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// ---------------------------------------------------------------------------------------------
// JSON inside <script>

/**
 * JSON text safe to embed in an HTML `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 are
 * written as \uXXXX escapes, so `</script>` or `<!--` in the data cannot end the element. The
 * result is still valid JSON that parses to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
