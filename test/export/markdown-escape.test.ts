import { describe, expect, it } from "vitest";
import {
  escapeMarkdownInline,
  escapeMarkdownLinkText,
  markdownBlock,
  markdownLink,
  markdownLinkDestination,
} from "@/lib/export/markdown-escape";
import { mulberry32 } from "@/lib/prng";
import { MARKDOWN_RENDERERS } from "./render";

const renderers = Object.entries(MARKDOWN_RENDERERS);

/** What a reader should see: the text's lines trimmed, blank lines separating paragraphs. */
function expectedParagraphs(text: string): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim())) {
    if (line === "") paragraphs.push([]);
    else paragraphs[paragraphs.length - 1].push(line);
  }
  return paragraphs.filter((p) => p.length).map((p) => p.join("\n"));
}

const oneLine = (text: string) => expectedParagraphs(text).join(" ").replace(/\n/g, " ");

const tags = (root: Element) => [...root.querySelectorAll("*")].map((e) => e.tagName.toLowerCase());

/**
 * Every way user text is placed in the Markdown report, each checked to render as exactly the
 * literal text with no element of its own (so no link, HTML, heading, list, code or emphasis).
 */
function checkLiteral(text: string, render: (md: string) => Document): void {
  const paragraphs = expectedParagraphs(text);
  const line = oneLine(text);

  const block = render(markdownBlock(text)).body;
  expect(tags(block).filter((t) => t !== "p" && t !== "br"), "block").toEqual([]);
  expect([...block.querySelectorAll("p")].map((p) => p.textContent), "block").toEqual(paragraphs);

  if (paragraphs.length) {
    const quote = render(`Before\n\n${markdownBlock(text, "> ")}\n\nAfter`).body;
    expect(tags(quote).filter((t) => t !== "p" && t !== "br"), "quote").toEqual(["blockquote"]);
    expect([...quote.querySelectorAll("blockquote > p")].map((p) => p.textContent), "quote").toEqual(paragraphs);

    const item = render(`1. Title\n\n   ${markdownBlock(text, "   > ").trimStart()}\n\n   Added by x`).body;
    expect(tags(item).filter((t) => t !== "p" && t !== "br"), "list quote").toEqual(["ol", "li", "blockquote"]);
    expect([...item.querySelectorAll("blockquote > p")].map((p) => p.textContent), "list quote").toEqual(paragraphs);
  }

  if (line) {
    const heading = render(`# Verification report: ${escapeMarkdownInline(text)}\n\nNext`).body;
    expect(tags(heading), "heading").toEqual(["h1", "p"]);
    expect(heading.querySelector("h1")?.textContent, "heading").toBe(`Verification report: ${line}`);

    const meta = render(`- **Byline:** ${escapeMarkdownInline(text)}\n- **Version:** 1`).body;
    expect(tags(meta), "list item").toEqual(["ul", "li", "strong", "li", "strong"]);
    expect(meta.querySelector("li")?.textContent, "list item").toBe(`Byline: ${line}`);

    const reviewed = render(`**Verdict:** Supported\\\n**Reviewed** by ${escapeMarkdownInline(text)} at 2025-03-02`).body;
    expect(tags(reviewed), "after a label").toEqual(["p", "strong", "br", "strong"]);
    expect(reviewed.querySelector("p")?.textContent, "after a label").toBe(`Verdict: Supported\nReviewed by ${line} at 2025-03-02`);

    const link = render(`1. ${markdownLink(text, "https://example.org/x")}`).body;
    expect(tags(link), "link text").toEqual(["ol", "li", "a"]);
    expect(link.querySelector("a")?.textContent, "link text").toBe(line);
    expect(link.querySelector("a")?.getAttribute("href")).toBe("https://example.org/x");

    const inert = render(`1. ${markdownLink(text, `javascript:${text}`)}`).body;
    expect(tags(inert), "not linked").toEqual(["ol", "li"]);
    expect(inert.querySelector("li")?.textContent, "not linked").toBe(`${line} (${oneLine(`javascript:${text}`)}, not linked)`);
  }
}

/** Pieces of Markdown syntax, prose and odd characters, glued at random. */
const PIECES = [
  "*", "**", "***", "_", "__", "~", "~~", "`", "``", "```", "~~~", "#", "# ", "###### ", "#1", ">", "> ", "-", "- ",
  "+ ", "+", "* ", "1. ", "2) ", "12.", "---", "===", "***", "___", "* * *", "--- | ---", "|:-:|", ":--", "| a | b |",
  "[", "]", "](", "][", "]:", "[x]", "[a]: http://x.org", "(", ")", "![", "<", "< ", "<b>", "</i>", "<!--", "<?", "<x@y.z>",
  "<http://x.org>", "&", "&amp;", "&#35;", "&#x41;", "&copy", "\\", "\\*", "\\\\", "|", " | ", ":", "http://a.bc/d",
  "https://x.org/p?q=1", "ftp://f.org", "www.example.com", "WWW.Example.org", "jane@example.com", "@", ".", "!", "?",
  "$", "{", "}", "=", "'", '"', "^", "a", "b", "word", "office.", "80,000+", "mid-2024", "snake_case", "C:\\Users",
  "é", "ñ", "¿", "🎉", "\u00a0", "\u2003", "\u200b", " ", "  ", "   ", "    ", "\t", "\n", "\n", "\n\n", "\r\n", " \n ",
];

function randomText(next: () => number): string {
  const count = 1 + Math.floor(next() * 14);
  let text = "";
  for (let i = 0; i < count; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe("Markdown escaping keeps prose readable", () => {
  it.each([
    "office.",
    "80,000+ people",
    "mid-2024",
    "It rose 3.5% (from 2.1%) in Q1!",
    "the #1 seller, AT&T and Q&A",
    "a < b > c, 5 * 3 = 15",
    "He said [sic] it was {fine}",
    "snake_case and file_name_here",
    "costs 5* and 3*",
    "C:\\Users\\Ana",
    "¿Qué? ¡Sí! — «informe»",
    "-2 less, +1 more",
    "a | b",
  ])("%j stays as written", (input) => {
    expect(escapeMarkdownInline(input)).toBe(input);
    expect(markdownBlock(input)).toBe(input);
  });

  it.each([
    ["*half* and _this_", "\\*half\\* and \\_this\\_"],
    ["~~struck~~", "\\~\\~struck\\~\\~"],
    ["use `code`", "use \\`code\\`"],
    ["[a](http://x.org)", "[a\\](http\\://x.org)"],
    ["[a][b] and [c]: d", "[a\\][b] and [c\\]: d"],
    ["<b>bold</b> <!-- x --> <http://x>", "\\<b>bold\\</b> \\<!-- x --> \\<http\\://x>"],
    ["&amp; &#35; &copy", "\\&amp; \\&#35; &copy"],
    ["see https://x.org or www.x.org, jane@x.org", "see https\\://x.org or www\\.x.org, jane\\@x.org"],
    ["trailing \\", "trailing \\\\"],
    ["\\* escaped", "\\\\* escaped"],
    ["Ranked #", "Ranked \\#"],
  ])("%j is escaped where it would mean something", (input, output) => {
    expect(escapeMarkdownInline(input)).toBe(output);
  });

  it.each([
    ["# heading", "\\# heading"],
    ["> quote", "\\> quote"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["* item", "\\* item"],
    ["1. one", "1\\. one"],
    ["2024) year", "2024\\) year"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["_ _ _", "\\_ _ _"],
    ["~~~", "\\~~~"],
    ["a | b\n--- | ---", "a | b\\\n\\--- | ---"],
    ["    indented", "indented"],
  ])("line start %j is escaped in block text only", (input, output) => {
    expect(markdownBlock(input)).toBe(output);
  });

  it("escapes every bracket in link text, and only http(s) URLs become links", () => {
    expect(escapeMarkdownLinkText("Stats [official] [draft")).toBe("Stats \\[official\\] \\[draft");
    expect(markdownLink("x", "javascript:alert(1)")).toBe("x (javascript:alert(1), not linked)");
    expect(markdownLink("", "data:text/html,<b>")).toBe("data:text/html,\\<b> (not linked)");
  });

  it("percent-encodes characters that end or escape a link destination", () => {
    expect(markdownLinkDestination("https://x.org/a_(b)\\c d")).toBe("https://x.org/a_%28b%29%5Cc%20d");
  });
});

describe.each(renderers)("Markdown escaping renders user text literally (%s)", (_name, render) => {
  it.each([
    "*half* [sic] <b>bold</b> #1",
    "# heading\n- item\n1. one\n> quote\n=====\n    code\n| a | b |\n| --- | --- |\n---",
    "a *b\nc* d",
    "[a]: http://evil.example\n\n[a]",
    "![img](http://x.org/i.png) and <img src=x onerror=alert(1)>",
    "line one\\\nline two  \nline three",
    "see www.example.com and https://example.com/a_(b) or jane@example.com",
    "~~gone~~ ~one~ a~b~c",
    "__init__ and **bold** and ***both***",
  ])("%j", (text) => checkLiteral(text, render));

  it("for 2,000 random strings of Markdown syntax, prose and odd characters", () => {
    const next = mulberry32(20250304); // deterministic, so a failure names a reproducible case
    for (let i = 0; i < 2000; i++) {
      const text = randomText(next);
      try {
        checkLiteral(text, render);
      } catch (err) {
        throw new Error(`case ${i}: ${JSON.stringify(text)}\n${(err as Error).message}`);
      }
    }
  });
});
