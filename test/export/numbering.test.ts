import { describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { correctionsSince, toCsv, toHtml, toJson, toMarkdown, toPdf, type ArticleReport } from "@/lib/export";
import { englishReport, parseCsv } from "./fixtures";
import { parseDocument, renderMarkdown } from "./render";

async function pdfText(report: ArticleReport): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(await toPdf(report)) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** "Claim N" as each format shows it, with the database id where the format carries one. */
async function numbersIn(report: ArticleReport) {
  const headings = [...renderMarkdown(toMarkdown(report)).querySelectorAll("h3")].map((h) => Number(/^Claim (\d+):/.exec(h.textContent ?? "")?.[1]));
  const [header, ...rows] = parseCsv(toCsv(report, { bom: false }));
  const csv = rows.map((r) => [Number(r[header.indexOf("number")]), Number(r[header.indexOf("claim_id")])]);
  const json = toJson(report).claims.map((c) => [c.number, c.id]);
  const html = [...parseDocument(toHtml(report)).querySelectorAll("article.claim")].map((a) => [
    Number(/^Claim (\d+)/.exec(a.querySelector("h3")?.textContent ?? "")?.[1]),
    Number(a.id.replace("claim-", "")),
  ]);
  const pdf = [...(await pdfText(report)).matchAll(/^Claim (\d+):/gm)].map((m) => Number(m[1]));
  return { markdown: headings, csv, json, html, pdf };
}

describe("one claim number everywhere", () => {
  it("every format shows the claim's own number (its place among all live claims), beside the id in machine formats", async () => {
    // Claim 4 (id 14) is neither check-worthy nor verdicted, so it is not shown: the numbers skip it.
    const pairs = [[1, 11], [2, 12], [3, 13], [5, 15]];
    expect(await numbersIn(englishReport())).toEqual({
      markdown: [1, 2, 3, 5],
      csv: pairs,
      json: pairs,
      html: pairs,
      pdf: [1, 2, 3, 5],
    });
  });

  it("a verified-only report keeps the same numbers", async () => {
    const pairs = [[1, 11], [2, 12], [5, 15]];
    expect(await numbersIn(englishReport({ options: { verifiedOnly: true } }))).toEqual({
      markdown: [1, 2, 5],
      csv: pairs,
      json: pairs,
      html: pairs,
      pdf: [1, 2, 5],
    });
  });

  it("corrections carry the claim's number", () => {
    const before = toJson(englishReport());
    const report = englishReport();
    report.claims = report.claims.map((c) => (c.id === 15 ? { ...c, status: "supported" as const, note: "Source found." } : c));
    const corrections = correctionsSince(before, toJson(report).claims);
    expect(corrections).toEqual([expect.objectContaining({ number: 5, claimId: 15, from: "needs_source", to: "supported" })]);
  });
});
