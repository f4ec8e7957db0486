import { describe, expect, it } from "vitest";
import { PDF_PAGE, wrapText, type PdfMetrics, type PdfOp, type PdfTextOp } from "@/lib/export/pdf-layout";
import { layoutReport } from "@/lib/export/pdf-report";
import { STATUS_COLORS } from "@/lib/export/report";
import type { ArticleReport, ReportClaim } from "@/lib/export";
import { englishReport, withManyClaims } from "./fixtures";

/** Deterministic metrics: every character half the font size wide, lines 1.2 × the size. */
const METRICS: PdfMetrics = { widthOf: (text, _font, size) => text.length * size * 0.5, lineHeight: (_font, size) => size * 1.2 };

const texts = (ops: PdfOp[]) => ops.filter((o): o is PdfTextOp & { block: string } => o.op === "text");
const pagesOf = (pages: PdfOp[][], block: string) => [...new Set(pages.flatMap((ops, i) => (ops.some((o) => o.block === block) ? [i] : [])))];

function manyClaims(count: number, claim: (i: number) => Partial<ReportClaim>): ArticleReport {
  const report = englishReport();
  return withManyClaims(report, report.claims[1], count, claim);
}

describe("wrapText", () => {
  const measure = (s: string) => s.length;
  it.each([
    ["short", 10, ["short"]],
    ["one two three four", 9, ["one two", "three", "four"]],
    ["a  b   c", 10, ["a b c"]],
    ["first\n\nthird", 10, ["first", "", "third"]],
    ["see https://example.com/long", 12, ["see https://", "example.com/", "long"]],
    ["", 5, [""]],
  ])("%j in %i columns", (text, width, lines) => {
    expect(wrapText(text, width, measure)).toEqual(lines);
    for (const line of wrapText(text, width, measure)) expect(line.length).toBeLessThanOrEqual(width);
  });
});

describe("layoutReport", () => {
  it("keeps every line inside the page margins, page numbers in the footer", () => {
    const { pages } = layoutReport(manyClaims(30, (i) => ({ note: "word ".repeat(i * 7) })), METRICS);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((ops, i) => {
      for (const op of texts(ops).filter((o) => o.block !== "footer")) {
        expect(op.x).toBeGreaterThanOrEqual(PDF_PAGE.margin);
        expect(op.x + METRICS.widthOf(op.text, op.font, op.size)).toBeLessThanOrEqual(PDF_PAGE.width - PDF_PAGE.margin + 0.01);
        expect(op.y).toBeGreaterThanOrEqual(PDF_PAGE.margin);
        expect(op.y + METRICS.lineHeight(op.font, op.size)).toBeLessThanOrEqual(PDF_PAGE.height - PDF_PAGE.margin + 0.01);
      }
      expect(texts(ops).filter((o) => o.block === "footer").map((o) => o.text)).toEqual([`Page ${i + 1} of ${pages.length}`]);
    });
  });

  it("keeps each claim that fits on a page on one page, starting a new page when needed", () => {
    const report = manyClaims(40, (i) => ({ note: i % 12 ? Array.from({ length: i % 12 }, (_, k) => `Line ${k}`).join("\n") : null, evidence: [] }));
    const { pages } = layoutReport(report, METRICS);
    for (const claim of report.claims) expect(pagesOf(pages, `claim-${claim.id}`), `claim ${claim.number}`).toHaveLength(1);
    // Some claim did move to a new page rather than straddle the break.
    expect(pages.slice(1).some((ops) => ops[0].block.startsWith("claim-") && ops[0].op === "mark")).toBe(true);
  });

  it("breaks a claim taller than a page without leaving a heading at a page foot or the evidence line alone at a page head", () => {
    const report = manyClaims(2, (i) => ({ note: i === 1 ? Array.from({ length: 150 }, (_, k) => `Note line ${k}`).join("\n") : null, evidence: [] }));
    const { pages } = layoutReport(report, METRICS);
    const long = pagesOf(pages, "claim-101");
    expect(long.length).toBeGreaterThan(1);
    // It starts where the page has room (no blank page), heading and quote together.
    const [heading, quote] = texts(pages[long[0]]).filter((o) => o.block === "claim-101");
    expect(heading.text).toBe("Claim 2: Supported");
    expect(quote.text).toMatch(/^\u201cHe said/);
    for (const ops of pages) {
      const body = texts(ops).filter((o) => o.block !== "footer");
      expect(["Note", "Evidence", "Claims"]).not.toContain(body[body.length - 1]?.text);
      expect(body[body.length - 1]?.text).not.toMatch(/^Claim \d+:/);
      expect(body[0]?.text).not.toBe("Evidence: none");
    }
    const lastPage = pages[long[long.length - 1]];
    const evidence = texts(lastPage).findIndex((o) => o.text === "Evidence: none" && o.block === "claim-101");
    expect(evidence).toBeGreaterThan(0);
    expect(texts(lastPage)[evidence - 1].text).toBe("Note line 149");
  });

  it("marks every verdict with a drawn symbol and its colour, beside the word", () => {
    const report = englishReport();
    const { pages } = layoutReport(report, METRICS);
    const ops = pages.flat();
    for (const claim of report.claims.filter((c) => c.id !== 14)) {
      const own = ops.filter((o) => o.block === `claim-${claim.id}`);
      const mark = own.find((o) => o.op === "mark");
      expect(mark, `claim ${claim.id}`).toMatchObject({ status: claim.status });
      const heading = texts(own).find((o) => o.text.startsWith(`Claim ${claim.number}:`))!;
      expect(mark!.y).toBeGreaterThanOrEqual(heading.y);
      expect(mark!.x).toBeLessThan(heading.x);
      expect(texts(own).find((o) => o.text.startsWith("Verdict:"))?.color).toBe(STATUS_COLORS[claim.status]);
    }
    expect(ops.filter((o) => o.block === "summary" && o.op === "mark").map((o) => o.op === "mark" && o.status)).toEqual([
      "supported",
      "disputed",
      "needs_source",
      "unreviewed",
    ]);
  });
});
