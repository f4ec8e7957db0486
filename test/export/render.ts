import { marked } from "marked";
import { parseHTML } from "linkedom";

/** Renders Markdown the way a GFM viewer would (marked) and parses it into a DOM. */
export function renderMarkdown(md: string): Document {
  // marked writes hard breaks as a bare <br>; add a newline so textContent keeps the break.
  const html = marked.parse(md, { async: false, gfm: true }).replace(/<br>/g, "<br>\n");
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Collapses whitespace so text split over hard line breaks compares equal. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
