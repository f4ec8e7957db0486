import { describe, expect, it } from "vitest";
import { toHtml } from "@/lib/export";
import { ENGLISH_SHOWN_TEXTS, englishReport, SPANISH_SHOWN_TEXTS, spanishReport } from "./fixtures";
import { parseDocument, squash } from "./render";

describe("toHtml", () => {
  const html = toHtml(englishReport());
  const doc = parseDocument(html);

  it("is a complete standalone document with a print stylesheet", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    const styles = [...doc.querySelectorAll("style")].map((s) => s.textContent ?? "");
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain("@media print");
    expect(doc.title).toBe('Verification report: Budget "facts", <script>alert(1)</script> & more');
  });

  it("loads nothing external and runs no script", () => {
    expect(doc.querySelectorAll("script, link, img, iframe, object, embed, base, form").length).toBe(0);
    expect(html).not.toMatch(/\bsrc=|@import|url\(/i);
    for (const el of doc.querySelectorAll("*")) {
      for (const name of el.getAttributeNames()) expect(name.startsWith("on"), `${el.tagName} ${name}`).toBe(false);
    }
  });

  it("escapes user text: it appears verbatim as text, never as markup", () => {
    const claimTexts = [...doc.querySelectorAll("article.claim > blockquote > p.text")].map((p) => p.textContent);
    expect(claimTexts).toEqual(ENGLISH_SHOWN_TEXTS.map((t) => t.replace("\r\n", "\n")));
    expect(doc.querySelectorAll("b").length).toBe(0);
    expect(doc.querySelector("h1")?.textContent).toBe(
      'Verification report: Budget "facts", <script>alert(1)</script> & more',
    );
    expect(html).not.toContain("NOT SELECTED");
  });

  it("links only http(s) URLs, with rel=noopener noreferrer", () => {
    const anchors = [...doc.querySelectorAll("a")];
    expect(anchors.map((a) => a.getAttribute("href"))).toEqual([
      "https://news.example.com/a/budget%20(2025)?q=1&x=2",
      "https://stats.example.org/report_(final)%20v2.pdf",
    ]);
    for (const a of anchors) expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    const evidence = [...doc.querySelectorAll("#claim-11 ol.evidence > li")];
    expect(evidence).toHaveLength(2);
    expect(evidence[1].querySelector("a")).toBeNull();
    expect(squash(evidence[1].textContent ?? "")).toContain("@x evil link (javascript:alert(1), not linked)");
  });

  it("shows status in words, note, evidence, reviewer, history and summary", () => {
    const claims = [...doc.querySelectorAll("article.claim")];
    expect(claims.map((c) => c.id)).toEqual(["claim-11", "claim-12", "claim-13", "claim-15"]);
    expect(claims.map((c) => c.querySelector(".badge")?.textContent)).toEqual([
      "✓ Supported",
      "✗ Disputed",
      "○ Unreviewed",
      "? Needs a source",
    ]);
    const first = claims[0];
    expect(first.querySelector("h4 + p.text")?.textContent).toBe("=SUM(A1)\nsecond line of the note");
    expect(first.querySelector("ol.evidence blockquote")?.textContent).toBe("-2 percent <b>bold</b>\nsecond line");
    expect(squash(first.textContent ?? "")).toContain("Reviewed by Ann *Editor* on 2 March 2025, 14:05 UTC");
    const meta = Object.fromEntries(
      [...doc.querySelectorAll("dl.meta dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(meta).toEqual({
      Byline: "Jane O'Neil",
      Source: "https://news.example.com/a/budget (2025)?q=1&x=2",
      Published: "28 February 2025",
      Version: "3",
      Language: "English",
      Generated: "4 March 2025, 08:00 UTC",
      History: "12 changes, last change on 3 March 2025, 23:59 UTC by Carla",
      Scope: "Check-worthy claims and claims with a verdict",
    });
    const rows = [...doc.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].map((c) => c.textContent).join(" "),
    );
    expect(rows).toEqual(["✓ Supported 1", "✗ Disputed 1", "? Needs a source 1", "○ Unreviewed 1", "Total 4"]);
  });

  it("writes dates in the reader's words (exact times for machines) and no character positions", () => {
    const times = [...doc.querySelectorAll("time")].map((t) => [t.getAttribute("datetime"), t.textContent]);
    expect(times).toContainEqual(["2025-02-28", "28 February 2025"]);
    expect(times).toContainEqual(["2025-03-04T08:00:00.000Z", "4 March 2025, 08:00 UTC"]);
    expect(times).toContainEqual(["2025-03-01T09:30:00.000Z", "1 March 2025, 09:30 UTC"]);
    const text = doc.body.textContent ?? "";
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(text).not.toMatch(/Position|characters \d/);
  });

  it("marks each verdict with its symbol and colour beside the word; the symbol is hidden from screen readers", () => {
    for (const [id, status, mark, word] of [
      ["claim-11", "supported", "✓", "Supported"],
      ["claim-12", "disputed", "✗", "Disputed"],
      ["claim-13", "unreviewed", "○", "Unreviewed"],
      ["claim-15", "needs_source", "?", "Needs a source"],
    ]) {
      const verdicts = [...doc.querySelectorAll(`#${id} .verdict`)];
      expect(verdicts.length, id).toBe(2); // heading badge and the Verdict line
      for (const v of verdicts) {
        expect(v.classList.contains(`verdict-${status}`)).toBe(true);
        expect(v.querySelector('.mark[aria-hidden="true"]')?.textContent).toBe(mark);
        expect(squash(v.textContent ?? "")).toBe(`${mark} ${word}`);
      }
    }
    const style = doc.querySelector("style")?.textContent ?? "";
    expect(style).toContain(".verdict-supported { color: #1a7f37; }");
    expect(style).toContain(".verdict-disputed { color: #b42318; }");
  });

  it("renders Spanish text with the article language marked", () => {
    const d = parseDocument(toHtml(spanishReport()));
    expect(d.querySelector("h1 span")?.getAttribute("lang")).toBe("es");
    expect(d.querySelector("h1")?.textContent).toBe("Verification report: ¿El año del agua? ¡Sí!");
    const texts = [...d.querySelectorAll("article.claim > blockquote > p.text")];
    expect(texts.map((p) => p.textContent)).toEqual(SPANISH_SHOWN_TEXTS);
    for (const p of texts) expect(p.getAttribute("lang")).toBe("es");
    expect(squash(d.body.textContent ?? "")).not.toContain("Byline");
  });
});
