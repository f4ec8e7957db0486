import { marked } from "marked";
import { parseHTML } from "linkedom";
import { htmlToText } from "./html";

type DomNode = Parameters<typeof htmlToText>[0];

/** Markdown rendered and flattened to plain text: formatting marks go, paragraphs stay. */
export function markdownToText(markdown: string): { title: string | null; body: string } {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const heading = document.querySelector("h1")?.textContent?.trim() || null;
  return { title: heading, body: htmlToText(document.body as unknown as DomNode) };
}
