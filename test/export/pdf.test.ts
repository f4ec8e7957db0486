import { describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { PDF_PLACEHOLDER, toPdf, toWinAnsiText } from "@/lib/export";
import { englishReport, spanishReport, withManyClaims } from "./fixtures";

async function parsePdf(buf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { text: text.text, pages: text.total, pageTexts: text.pages.map((p) => p.text), info: info.info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

describe("toWinAnsiText", () => {
  it("keeps Latin-1 and cp1252 characters", () => {
    const s = "ñáéíóúü ÑÁÉ ¿¡ «» “quoted” ‘x’ – — … € • ™";
    expect(toWinAnsiText(s)).toBe(s);
  });
  it("composes decomposed accents and approximates others", () => {
    expect(toWinAnsiText("e\u0301 n\u0303")).toBe("é ñ");
    expect(toWinAnsiText("ş ﬁ Ａ ≥ − →")).toBe("s fi A >= - ->");
  });
  it("replaces each unprintable character (grapheme) with one placeholder", () => {
    expect(PDF_PLACEHOLDER).toBe("?");
    expect(toWinAnsiText("party 🎉 👍🏽 👨‍👩‍👧 ❤️ 日本")).toBe("party ? ? ? ? ??");
  });
  it("normalises line endings and drops control characters", () => {
    expect(toWinAnsiText("a\r\nb\rc\td\u0000e\u0007f\u200bg\u0085h")).toBe("a\nb\nc defgh");
  });
});

describe("toPdf", () => {
  it("produces a PDF with title metadata and the English claims", async () => {
    const buf = await toPdf(englishReport());
    expect(buf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, info } = await parsePdf(buf);
    expect(info.Title).toBe('Verification report: Budget "facts", <script>alert(1)</script> & more');
    expect(info.Author).toBe("ClaimDesk Fact Check");
    for (const needle of [
      'He said "taxes rose 10%, then fell",',
      "by *half* [sic] <b>bold</b> #1",
      "<script>alert(1)</script> and </script><!-- closing ?", // emoji replaced by the placeholder
      "Claim 1: Supported",
      "Claim 2: Disputed",
      "Claim 3: Unreviewed",
      "Claim 5: Needs a source",
      "=SUM(A1)",
      "Reviewed by Ann *Editor* on 2 March 2025, 14:05 UTC",
      "History: 12 changes, last change on 3 March 2025, 23:59 UTC by Carla",
      "javascript:alert(1) (not linked)",
      "1. +1 Stats [official]",
      "Total: 4",
    ]) {
      expect(text, needle).toContain(needle);
    }
    expect(text).not.toContain("NOT SELECTED");
  });

  it("writes dates in the reader's words and leaves character positions to the machine formats", async () => {
    const { text } = await parsePdf(await toPdf(englishReport()));
    for (const needle of [
      "Published: 28 February 2025",
      "Generated: 4 March 2025, 08:00 UTC",
      "Reviewed by Carla on 3 March 2025, 23:59 UTC",
      "Added by Bob on 1 March 2025, 09:30 UTC",
    ]) {
      expect(text, needle).toContain(needle);
    }
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(text).not.toContain("2025-02-28");
    expect(text).not.toMatch(/Position|characters \d/);
  });

  it("keeps each claim on one page: no claim's evidence line is stranded away from its heading", async () => {
    const report = englishReport();
    const base = report.claims[1];
    // Claims of many heights (notes of 0 to 11 lines, 0 to 2 evidence items), so that some would
    // straddle a page break.
    withManyClaims(
      report,
      base,
      40,
      (i) => ({
        text: `Claim text ${i + 1}`,
        note: i % 12 ? Array.from({ length: i % 12 }, (_, k) => `Note line ${k + 1}`).join("\n") : null,
        evidence: base.evidence.slice(0, i % 3),
      }),
      100,
    );
    const { pageTexts } = await parsePdf(await toPdf(report));
    expect(pageTexts.length).toBeGreaterThan(3);
    for (let n = 1; n <= 40; n++) {
      const page = pageTexts.findIndex((t) => t.includes(`Claim ${n}: Supported`));
      const evidence = n % 3 === 1 ? "Evidence: none" : "Evidence";
      const own = pageTexts[page].split(`Claim ${n}: Supported`)[1].split(/Claim \d+: Supported/)[0];
      expect(own, `claim ${n}`).toContain(`Claim text ${n}`);
      expect(own, `claim ${n}`).toContain(evidence);
    }
    for (const t of pageTexts) expect(t.trimStart()).not.toMatch(/^(Evidence|Note|Verdict)/);
  });

  it("only http(s) evidence URLs become link annotations", async () => {
    const raw = (await toPdf(englishReport())).toString("latin1");
    const uris = [...raw.matchAll(/\/URI \(([^)]*(?:\\\)[^)]*)*)\)/g)].map((m) => m[1]);
    expect(uris.length).toBeGreaterThanOrEqual(2);
    expect(uris.every((u) => u.startsWith("https://"))).toBe(true);
    expect(raw).not.toMatch(/\/URI \(javascript/i);
  });

  it("prints Spanish accents and punctuation, and replaces emoji", async () => {
    const { text, info } = await parsePdf(await toPdf(spanishReport()));
    expect(info.Title).toBe("Verification report: ¿El año del agua? ¡Sí!");
    expect(info.Author).toBe("Verificación Ñ");
    for (const needle of [
      "¿El año del agua? ¡Sí!",
      "La inflación bajó al 3,5 % según el señor Muñoz",
      "Reviewed by Begoña Núñez",
      "Confirmado por el INE; ver «informe».",
      "Informe anual — inflación",
      "“Según el informe, ¿cuánto bajó?”",
      "¿Niño ? cumpleaños? ¡Sí!",
      "Reviewed by Íñigo",
    ]) {
      expect(text, needle).toContain(needle);
    }
  });

  it("does not crash on hostile characters and paginates long reports", async () => {
    const report = spanishReport();
    withManyClaims(
      report,
      report.claims[0],
      60,
      (i) => ({ text: `Claim ${i} 🎉🇪🇸 日本語 \u0000\u0007 Ω ${"https://example.com/".padEnd(300, "x")} añadido` }),
      100,
    );
    const { text, pages } = await parsePdf(await toPdf(report));
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain("Claim 59 ?? ???"); // 🎉 and 🇪🇸 are one placeholder each, 日本語 three
    expect(text).toContain("? https://example.com/xxx"); // Ω
    expect(text).toContain("añadido");
  });
});
