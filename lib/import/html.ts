import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isoDayFromText } from "../vocabulary";

export type ExtractedArticle = {
  title: string;
  byline: string | null;
  publishedAt: string | null;
  body: string;
  htmlLang: string | null;
};

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "HEAD"]);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

/**
 * Plain text of an HTML fragment with one blank line between blocks, so paragraphs
 * survive as paragraphs (textContent would run them together).
 */
export function htmlToText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode, depth: number) => {
    if (depth > 200) return; // absurdly deep markup is cut rather than overflowing the stack
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (SKIP.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) parts.push("\n\n");
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], depth + 1);
    if (block) parts.push("\n\n");
  };
  walk(root, 0);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function meta(document: Document, names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Text served or saved as HTML that holds no element at all (a plain-text file named .html,
 * a text/html answer that is really text) parses to a document without a documentElement,
 * which Readability and linkedom's body/head/title getters throw on. Such input is text: its
 * text nodes, entities decoded and comments or doctype dropped, line breaks kept.
 * Returns null when the document does have elements.
 */
function textOfElementlessDocument(document: Document): string | null {
  if (document.documentElement) return null;
  const nodes = Array.from(document.childNodes as ArrayLike<DomNode>);
  return nodes.filter((node) => node.nodeType === 3).map((node) => node.textContent ?? "").join("").trim();
}

/** The main article of a web page, via Mozilla Readability on a linkedom DOM. */
export function extractArticleFromHtml(html: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const text = textOfElementlessDocument(document);
  if (text !== null) return text ? { title: "", byline: null, publishedAt: null, body: text, htmlLang: null } : null;
  // A fragment without an <html> root gives Readability nothing to work with: it returns
  // null, or throws once it has removed the only element (<script>…</script>). Callers
  // fall back as for any page without an article.
  if (document.documentElement?.localName.toLowerCase() !== "html") return null;
  const htmlLang = document.documentElement?.getAttribute("lang")?.trim().slice(0, 2).toLowerCase() || null;
  const publishedMeta = meta(document, ["article:published_time", "datePublished", "date", "pubdate", "dc.date"]);
  const timeEl = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content) return null;
  const { document: fragment } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const body = htmlToText(fragment.body as unknown as DomNode);
  if (!body) return null;
  return {
    title: (parsed.title ?? "").trim() || (document.title ?? "").trim(),
    byline: parsed.byline?.replace(/^\s*(by|por)\s+/i, "").trim() || null,
    publishedAt: isoDayFromText(parsed.publishedTime) ?? isoDayFromText(publishedMeta) ?? isoDayFromText(timeEl),
    body,
    htmlLang,
  };
}

/** Text of a whole HTML document without Readability (for uploaded files that are not pages). */
export function htmlDocumentToText(html: string): { title: string | null; body: string } {
  const { document } = parseHTML(html);
  const text = textOfElementlessDocument(document);
  if (text !== null) return { title: null, body: text };
  return { title: document.title?.trim() || null, body: htmlToText(document as unknown as DomNode) };
}
