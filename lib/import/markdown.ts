import { marked } from "marked";
import { parseHTML } from "linkedom";
import { isoDayFromText } from "../vocabulary";
import { htmlToText } from "./html";

type DomNode = Parameters<typeof htmlToText>[0];
type DomElement = DomNode & { tagName: string; remove(): void };

export type MarkdownArticle = { title: string | null; byline: string | null; publishedAt: string | null; body: string };

/**
 * A leading YAML front-matter block (`---` … `---`), read as flat `key: value` lines (a key with
 * an empty value takes the `- item` lines under it, joined by ", "). Anything that is not
 * front matter (a `---` rule followed by prose, say) is left as text: null.
 */
function frontMatter(markdown: string): { fields: Map<string, string>; rest: string } | null {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return null;
  const lines = match[1].split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith("#"));
  if (!lines.length || !lines.every((line) => /^[A-Za-z_][\w-]*:(\s|$)/.test(line) || /^\s+\S|^-\s/.test(line))) return null;
  const fields = new Map<string, string>();
  let listKey: string | null = null;
  for (const line of lines) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey) {
      const value = unquote(item[1]);
      fields.set(listKey, fields.get(listKey) ? `${fields.get(listKey)}, ${value}` : value);
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = pair[1].toLowerCase();
    const value = unquote(pair[2]);
    listKey = value ? null : key;
    fields.set(key, value);
  }
  return { fields, rest: markdown.slice(match[0].length) };
}

function unquote(value: string): string {
  const v = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(v);
  return (quoted ? quoted[2] : v).trim();
}

function firstField(fields: Map<string, string> | undefined, keys: string[]): string | null {
  for (const key of keys) {
    const value = fields?.get(key)?.trim();
    if (value) return value;
  }
  return null;
}

// Words that may stand lower-case inside a name ("Ana de la Cruz", "Jane Doe and John Roe").
const NAME_JOINERS = new Set(["and", "y", "e", "de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "der", "den", "le", "of", "with", "con", "in", "en"]);

/**
 * The name(s) in a byline line ("By Jane Doe", "*Por María López y Ana de la Cruz*",
 * "By Jane Doe, Reuters"), or null when the line is prose that happens to start with "By"
 * ("By 2030 the city will…", "By Monday, prices had risen."): a byline is short, has no digits
 * and no sentence end, and its words are capitalised apart from joiners.
 */
export function bylineOf(line: string): string | null {
  const match = /^(?:by|por)\s+(.+)$/i.exec(line.replace(/\s+/g, " ").trim());
  if (!match) return null;
  const names = match[1].trim();
  if (names.length > 100 || /\d/.test(names) || /[.!?:;]$/.test(names)) return null;
  const words = names.split(/[\s,|·•/&]+/).filter(Boolean);
  if (!words.length || words.length > 12) return null;
  const capitalised = (w: string) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w.toLowerCase());
  return /^\p{Lu}/u.test(words[0]) && words.every(capitalised) ? names : null;
}

/**
 * Markdown rendered and flattened to plain text: formatting marks go, paragraphs stay. As for
 * HTML pages, the headline and the byline are taken out of the text into their fields:
 * - title: front matter `title`, else a level-1 heading that opens the document (removed from
 *   the body), else the first level-1 heading anywhere (kept, as it may be a section);
 * - byline: front matter `author`/`authors`/`byline`, else a "By …" / "Por …" line right after
 *   the headline (or opening the document), removed from the body;
 * - publishedAt: front matter `date`/`published`, as YYYY-MM-DD.
 */
export function markdownToText(markdown: string): MarkdownArticle {
  const front = frontMatter(markdown);
  const html = marked.parse(front ? front.rest : markdown, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.body.children as ArrayLike<DomElement>);
  const text = (el: DomElement | undefined) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

  let title = firstField(front?.fields, ["title", "headline"]);
  let next = 0;
  const opening = blocks[0];
  if (opening?.tagName === "H1" && (!title || text(opening) === title)) {
    title = text(opening) || title;
    opening.remove();
    next = 1;
  }
  title ??= text(document.querySelector("h1") as DomElement | undefined) || null;

  const strip = (name: string | null) => name?.replace(/^\s*(by|por)\s+/i, "").trim() || null;
  let byline = strip(firstField(front?.fields, ["byline", "author", "authors"]));
  const candidate = blocks[next];
  const named = candidate?.tagName === "P" ? bylineOf(text(candidate)) : null;
  if (named && (!byline || byline === named)) {
    byline = named;
    candidate.remove();
  }

  const publishedAt = isoDayFromText(firstField(front?.fields, ["date", "published", "publishedat", "published_at"]));
  return { title, byline, publishedAt, body: htmlToText(document.body as unknown as DomNode) };
}
