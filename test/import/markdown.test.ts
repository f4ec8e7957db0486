import { describe, expect, it } from "vitest";
import { markdownToText, textFromUpload } from "@/lib/import";
import { bylineOf } from "@/lib/import/markdown";

const bytes = (text: string) => new TextEncoder().encode(text);

const FIRST = "Water bills in the region rose by 15% in 2024, the regulator said on Monday, the largest rise in a decade.";
const SECOND = "The average household now pays $42 a month, up from $36, and officials said the increase funds a $2.5 billion pipeline that will serve the whole valley by 2030.";

describe("markdownToText: headline and byline", () => {
  it("takes the opening headline out of the body into the title", () => {
    const article = markdownToText(`# Water prices rise\n\n**Water bills** in the region rose by *15%* in 2024.\n\nSecond paragraph.`);
    expect(article).toEqual({
      title: "Water prices rise",
      byline: null,
      publishedAt: null,
      body: "Water bills in the region rose by 15% in 2024.\n\nSecond paragraph.",
    });
  });

  it("does the same for a setext headline", () => {
    const article = markdownToText(`Water prices rise\n=================\n\n${FIRST}`);
    expect(article.title).toBe("Water prices rise");
    expect(article.body).toBe(FIRST);
  });

  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["*By Jane Doe*", "Jane Doe"],
    ["**by** Jane O'Neil, Reuters", "Jane O'Neil, Reuters"],
    ["_Por María López y Ana de la Cruz_", "María López y Ana de la Cruz"],
  ])("takes the byline %j under the headline into the byline", (line, name) => {
    const article = markdownToText(`# Water prices rise\n\n${line}\n\n${FIRST}\n\n${SECOND}`);
    expect(article).toEqual({ title: "Water prices rise", byline: name, publishedAt: null, body: `${FIRST}\n\n${SECOND}` });
  });

  it("finds a byline that opens a document without a headline", () => {
    expect(markdownToText(`By Jane Doe\n\n${FIRST}`)).toEqual({ title: null, byline: "Jane Doe", publishedAt: null, body: FIRST });
  });

  it.each(["By 2030 the city will have two new reservoirs.", "By Monday, prices had risen", "By the end of the year, 40 wells ran dry"])(
    "keeps prose that starts with 'By' (%j) as text",
    (line) => {
      const article = markdownToText(`# Water prices rise\n\n${line}\n\n${FIRST}`);
      expect(article.byline).toBeNull();
      expect(article.body).toBe(`${line}\n\n${FIRST}`);
    },
  );

  it("only takes a byline from right under the headline", () => {
    const article = markdownToText(`# Water prices rise\n\n${FIRST}\n\nBy Jane Doe`);
    expect(article.byline).toBeNull();
    expect(article.body).toBe(`${FIRST}\n\nBy Jane Doe`);
  });

  it("keeps a level-1 heading that does not open the document (a section) in the body, as the fallback title", () => {
    const article = markdownToText(`${FIRST}\n\n# Reactions\n\n${SECOND}`);
    expect(article.title).toBe("Reactions");
    expect(article.body).toBe(`${FIRST}\n\nReactions\n\n${SECOND}`);
  });

  it("reads title, author and date from front matter, which stays out of the body", () => {
    const md = `---\ntitle: "Water prices rise"\nauthor: Jane Doe\ndate: 2025-02-28T09:00:00Z\ntags:\n  - water\n---\n# Water prices rise\n\n${FIRST}`;
    expect(markdownToText(md)).toEqual({ title: "Water prices rise", byline: "Jane Doe", publishedAt: "2025-02-28", body: FIRST });
    const authors = markdownToText(`---\nauthors:\n  - Jane Doe\n  - John Roe\n---\n${FIRST}`);
    expect(authors.byline).toBe("Jane Doe, John Roe");
  });

  it("leaves a leading rule followed by prose as text, not front matter", () => {
    const article = markdownToText(`---\nThe council met on Monday.\n---\n${FIRST}`);
    expect(article.body).toContain("The council met on Monday.");
    expect(article.body).toContain(FIRST);
  });
});

describe("bylineOf", () => {
  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["POR MARÍA LÓPEZ", "MARÍA LÓPEZ"],
    ["By Jane Doe and John Roe | Staff", "Jane Doe and John Roe | Staff"],
    ["By", null],
    ["Bylines matter", null],
    ["By 2030", null],
    ["By then, it was too late.", null],
    ["By law the council must publish its accounts", null],
  ])("%j → %j", (line, name) => expect(bylineOf(line)).toBe(name));
});

describe("textFromUpload: a Markdown file gives the fields an HTML page gives", () => {
  it("same title, byline and body for the same article in .md and .html", () => {
    const md = `# Water prices rise\n\n*By Jane Doe*\n\n${FIRST}\n\n${SECOND}`;
    const html = `<!doctype html><html lang="en"><head><title>Water prices rise</title></head><body><article>
<h1>Water prices rise</h1><p class="byline">By Jane Doe</p><p>${FIRST}</p><p>${SECOND}</p></article></body></html>`;
    const fromHtml = textFromUpload("article.html", bytes(html));
    const fromMd = textFromUpload("article.md", bytes(md));
    expect(fromMd).toEqual({ title: "Water prices rise", byline: "Jane Doe", publishedAt: null, body: `${FIRST}\n\n${SECOND}` });
    expect(fromMd).toEqual(fromHtml);
  });
});
