import { describe, expect, it } from "vitest";
import { toMarkdown } from "@/lib/export";
import { ENGLISH_SHOWN_TEXTS, englishReport, SPANISH_SHOWN_TEXTS, spanishReport } from "./fixtures";
import { MARKDOWN_RENDERERS, renderMarkdown, squash } from "./render";

describe("toMarkdown", () => {
  const md = toMarkdown(englishReport());
  const doc = renderMarkdown(md);

  it("renders no HTML from user text", () => {
    expect(doc.querySelectorAll("script, b, iframe, img").length).toBe(0);
    expect(md).not.toMatch(/(^|[^\\])<script/);
  });

  it("links only http(s) URLs; the javascript: URL stays text", () => {
    const hrefs = [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "https://news.example.com/a/budget%20%282025%29?q=1&x=2",
      "https://stats.example.org/report_%28final%29%20v2.pdf",
    ]);
    expect(doc.body.textContent).toContain("javascript:alert(1)");
    expect(doc.body.textContent).toContain("@x evil link");
  });

  it("round-trips every selected claim text, in article order, as a block quote", () => {
    const quotes = [...doc.querySelectorAll("body > blockquote")].map((q) => squash(q.textContent ?? ""));
    expect(quotes).toEqual(ENGLISH_SHOWN_TEXTS.map(squash));
    expect(md).not.toContain("NOT SELECTED");
  });

  it("shows verdicts in words, notes, evidence quotes, reviewers and times", () => {
    const headings = [...doc.querySelectorAll("h3")].map((h) => h.textContent);
    expect(headings).toEqual([
      "Claim 1: Supported",
      "Claim 2: Disputed",
      "Claim 3: Unreviewed",
      "Claim 5: Needs a source",
    ]);
    const text = squash(doc.body.textContent ?? "");
    expect(text).toContain("=SUM(A1) second line of the note");
    expect(text).toContain("Reviewed by Ann *Editor* on 2 March 2025, 14:05 UTC");
    expect(text).toContain("Reviewed by -2 Reviewer on 3 March 2025, 23:59 UTC");
    const evidenceQuotes = [...doc.querySelectorAll("li blockquote")].map((q) => squash(q.textContent ?? ""));
    expect(evidenceQuotes).toEqual(["-2 percent <b>bold</b> second line", "click me"]);
    expect(text).toContain("Added by Mallory <m@x> on 1 March 2025, 09:30 UTC");
  });

  it("reads as plain text: dates in words, no ISO timestamps, no character positions", () => {
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(md).not.toMatch(/Position|characters \d/);
  });

  it("has the header facts, history summary and counts", () => {
    expect(doc.querySelector("h1")?.textContent).toBe(
      'Verification report: Budget "facts", <script>alert(1)</script> & more',
    );
    const text = squash(doc.body.textContent ?? "");
    expect(text).toContain("Byline: Jane O'Neil");
    expect(text).toContain("Published: 28 February 2025");
    expect(text).toContain("Generated: 4 March 2025, 08:00 UTC");
    expect(text).toContain("History: 12 changes, last change on 3 March 2025, 23:59 UTC by Carla");
    expect(text).toContain("Reviewed by Carla on 3 March 2025, 23:59 UTC, confirmed by Dora"); // the two-person rule's second reviewer
    const cells = [...doc.querySelectorAll("tbody tr")].map((tr) => squash(tr.textContent ?? ""));
    expect(cells).toEqual(["Supported 1", "Disputed 1", "Needs a source 1", "Unreviewed 1", "Total 4"]);
  });

  it("cannot start block syntax from user text at line start", () => {
    const report = englishReport();
    const hostile = "# heading\n- item\n1. one\n> quote\n=====\n    code\n| a | b |\n---";
    report.claims = [{ ...report.claims[1], text: hostile, note: hostile, evidence: [] }];
    const d = renderMarkdown(toMarkdown(report));
    expect(d.querySelectorAll("h1").length).toBe(1);
    expect(d.querySelectorAll("h2").length).toBe(2);
    expect(d.querySelectorAll("ul").length).toBe(1); // the header facts list only
    expect(d.querySelectorAll("ol, pre, code, hr").length).toBe(0);
    expect(d.querySelectorAll("table").length).toBe(1); // the summary table only
    expect(d.querySelectorAll("blockquote blockquote").length).toBe(0);
    expect(squash(d.querySelector("body > blockquote")?.textContent ?? "")).toBe(squash(hostile));
  });

  it("reads as plain text: ordinary punctuation in user text is not escaped", () => {
    const report = englishReport();
    const prose = "The office. It said 80,000+ people (mid-2024) joined, a 3.5% rise! Q&A: snake_case, 5 * 3, #1.";
    report.article.title = "Mid-2024 budget: 80,000+ jobs?";
    report.claims = [{ ...report.claims[1], text: prose, note: `${prose}\nSecond line.`, reviewerName: "Ana-María O'Neil", evidence: [] }];
    const out = toMarkdown(report);
    expect(out).toContain("# Verification report: Mid-2024 budget: 80,000+ jobs?\n");
    expect(out).toContain(`> ${prose}\n`);
    expect(out).toContain(`${prose}\\\nSecond line.`);
    expect(out).toContain("Reviewed** by Ana-María O'Neil on");
    for (const [name, render] of Object.entries(MARKDOWN_RENDERERS)) {
      const quote = render(out).querySelector("body > blockquote")?.textContent?.trim();
      expect(quote, name).toBe(prose);
    }
  });

  it("renders the Spanish report with accents intact and without a source link", () => {
    const esMd = toMarkdown(spanishReport());
    const d = renderMarkdown(esMd);
    expect(d.querySelector("h1")?.textContent).toBe("Verification report: ¿El año del agua? ¡Sí!");
    const quotes = [...d.querySelectorAll("body > blockquote")].map((q) => squash(q.textContent ?? ""));
    expect(quotes).toEqual(SPANISH_SHOWN_TEXTS);
    expect([...d.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://ine.example.es/informe?a%C3%B1o=2024",
    ]);
    expect(esMd).not.toContain("Byline");
    expect(squash(d.body.textContent ?? "")).toContain("History: 1 change, last change on 3 March 2025, 23:59 UTC");
  });

  it("verifiedOnly leaves unreviewed claims out", () => {
    const d = renderMarkdown(toMarkdown(englishReport({ options: { verifiedOnly: true } })));
    expect(d.querySelectorAll("h3").length).toBe(3);
    expect(d.body.textContent).toContain("Claims with a verdict only");
  });
});
