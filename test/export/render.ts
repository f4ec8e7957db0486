import { HtmlRenderer, Parser } from "commonmark";
import { marked } from "marked";
import { parseHTML } from "linkedom";

const toDocument = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

/** Renders Markdown the way a GFM viewer would (marked) and parses it into a DOM. */
export function renderMarkdown(md: string): Document {
  // marked writes hard breaks as a bare <br>; add a newline so textContent keeps the break.
  return toDocument(marked.parse(md, { async: false, gfm: true }).replace(/<br>/g, "<br>\n"));
}

/** Renders Markdown with the CommonMark reference implementation (commonmark.js) into a DOM. */
export function renderCommonMark(md: string): Document {
  // Hard breaks come out as "<br />\n", so textContent keeps the break.
  return toDocument(new HtmlRenderer().render(new Parser().parse(md)));
}

/** Both renderers, for checks that must hold for each. */
export const MARKDOWN_RENDERERS = { commonmark: renderCommonMark, "marked (GFM)": renderMarkdown } as const;

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Collapses whitespace so text split over hard line breaks compares equal. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
