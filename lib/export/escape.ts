/**
 * Escaping helpers shared by the text formats. All are pure and total (never throw). Markdown
 * escaping is in markdown-escape.ts.
 */

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
