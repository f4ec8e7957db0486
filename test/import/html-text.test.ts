import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticleFromHtml, fetchArticle, textFromUpload } from "@/lib/import";
import { htmlDocumentToText } from "@/lib/import/html";
import { ARTICLE_HTML, startLocalServer, type LocalServer } from "./local-server";

// Plain text that arrives labelled as HTML: an upload named .html, or a text/html answer.
const PLAIN = "Council passes budget\n\nThe city council approved the budget on Tuesday, 7 votes to 2.\n\nThe mayor said 5 < 6 & that was that.";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("HTML without elements is text", () => {
  it("extractArticleFromHtml returns the text, paragraphs kept", () => {
    expect(extractArticleFromHtml(PLAIN)).toEqual({ title: "", byline: null, publishedAt: null, body: PLAIN, htmlLang: null });
  });

  it("decodes entities and drops comments, doctype and processing instructions", () => {
    const text = "<!doctype html>\n<!-- saved from the CMS -->\n<?xml version='1.0'?>Fish &amp; chips &lt;3\n\nSecond paragraph.";
    expect(extractArticleFromHtml(text)?.body).toBe("Fish & chips <3\n\nSecond paragraph.");
    expect(htmlDocumentToText(text)).toEqual({ title: null, body: "Fish & chips <3\n\nSecond paragraph." });
  });

  it.each(["", "   \n ", "<!doctype html>", "<!-- nothing -->", "&nbsp;"])("finds no article in %j, without throwing", (text) => {
    expect(extractArticleFromHtml(text)).toBeNull();
    expect(htmlDocumentToText(text).body).toBe("");
  });

  it("htmlDocumentToText returns the text of a document without elements", () => {
    expect(htmlDocumentToText(PLAIN)).toEqual({ title: null, body: PLAIN });
  });

  it.each(["<script>alert(1)</script>", "<style>p{}</style>", "<script>x</script><p>Only a fragment.</p>"])(
    "does not throw on the fragment %j (Readability removes its only element)",
    (fragment) => expect(() => extractArticleFromHtml(fragment)).not.toThrow(),
  );

  it("still extracts real pages with Readability", () => {
    const article = extractArticleFromHtml(ARTICLE_HTML);
    expect(article?.title).toBe("Council passes budget");
    expect(article?.htmlLang).toBe("en");
    expect(article?.body).toMatch(/^The city council approved the new budget.+\n\nThe city council/);
  });
});

describe("textFromUpload with .html files that are text", () => {
  it.each(["notes.html", "NOTES.HTM"])("imports %s as text", (name) => {
    expect(textFromUpload(name, bytes(PLAIN))).toEqual({ title: null, byline: null, publishedAt: null, body: PLAIN });
  });

  it("keeps Windows line breaks for normalisation later", () => {
    expect(textFromUpload("notes.html", bytes("First line.\r\n\r\nSecond line.")).body).toBe("First line.\r\n\r\nSecond line.");
  });

  it.each(["<script>alert(1)</script>", "<!-- only a comment -->"])("returns an empty body for %j rather than throwing", (text) => {
    expect(textFromUpload("empty.html", bytes(text)).body).toBe("");
  });

  it("still reads real HTML uploads through Readability", () => {
    expect(textFromUpload("page.html", bytes(ARTICLE_HTML)).title).toBe("Council passes budget");
  });
});

describe("fetchArticle with text/html answers that are text", () => {
  let server: LocalServer;
  beforeAll(async () => {
    const send = (body: string) => (_req: unknown, res: import("node:http").ServerResponse) =>
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    server = await startLocalServer({
      "/plain-as-html": send(PLAIN),
      "/comment-only": send("<!-- nothing here -->"),
      "/script-only": send("<script>location = '/'</script>"),
    });
  });
  afterAll(() => server.close());

  it("imports the text", async () => {
    const page = await fetchArticle(server.url("/plain-as-html"), { allowPrivate: true });
    expect(page).toMatchObject({ title: "", body: PLAIN, url: server.url("/plain-as-html") });
  });

  it.each(["/comment-only", "/script-only"])("says there is no article text at %s", async (path) => {
    await expect(fetchArticle(server.url(path), { allowPrivate: true })).rejects.toThrow("No article text was found on that page.");
  });
});
