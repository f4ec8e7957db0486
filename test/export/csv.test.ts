import { describe, expect, it } from "vitest";
import { REPORT_CSV_COLUMNS, toCsv } from "@/lib/export";
import { englishReport, FORMULA_TEXT, parseCsv, PLUS_TEXT, SCRIPT_TEXT, spanishReport, TRICKY_TEXT } from "./fixtures";

const BOM = "\uFEFF";

function table(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv.startsWith(BOM) ? csv.slice(1) : csv);
  for (const r of rows) expect(r).toHaveLength(header.length);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe("toCsv", () => {
  const csv = toCsv(englishReport());

  it("has a BOM by default, CRLF records and the documented columns in order", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(toCsv(englishReport(), { bom: false }).startsWith(BOM)).toBe(false);
    expect(csv.slice(1, csv.indexOf("\r\n"))).toBe(REPORT_CSV_COLUMNS.join(","));
    expect(REPORT_CSV_COLUMNS.slice(0, 14)).toEqual([
      "number", "claim_id", "start", "end", "text", "checkworthy", "score", "status", "verdict",
      "note", "reviewer", "verdict_at", "evidence_urls", "evidence_titles",
    ]);
    expect(REPORT_CSV_COLUMNS).toContain("report_generated_at");
    expect(REPORT_CSV_COLUMNS).toContain("history_changes");
    expect(REPORT_CSV_COLUMNS).toContain("history_last_change_at");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("round-trips tricky text through an RFC 4180 parser", () => {
    const rows = table(csv);
    expect(rows.map((r) => r.claim_id)).toEqual(["11", "12", "13", "15"]);
    expect(rows.map((r) => r.number)).toEqual(["1", "2", "3", "5"]);
    expect(rows[0].text).toBe(TRICKY_TEXT);
    expect(rows[1].text).toBe(SCRIPT_TEXT);
    expect(rows[0].evidence_urls).toBe("https://stats.example.org/report_(final) v2.pdf | javascript:alert(1)");
  });

  it("neutralises cells a spreadsheet would evaluate", () => {
    const rows = table(csv);
    expect(rows[2].text).toBe(`'${FORMULA_TEXT}`);
    expect(rows[3].text).toBe(`'${PLUS_TEXT}`); // "+1 ..." (the \r\n inside is kept, quoted)
    expect(rows[0].note).toBe("'=SUM(A1)\nsecond line of the note");
    expect(rows[1].note).toBe("'@x note");
    expect(rows[3].reviewer).toBe("'-2 Reviewer");
    expect(rows[0].evidence_titles).toBe("'+1 Stats [official] | @x evil link");
    for (const row of rows) {
      for (const [k, v] of Object.entries(row)) expect(v, k).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("writes verdict words, booleans, ISO times, empty nulls and the report facts on every row", () => {
    const rows = table(csv);
    expect(rows[0]).toMatchObject({
      start: "0",
      end: "60",
      checkworthy: "true",
      score: "0.87",
      status: "supported",
      verdict: "Supported",
      reviewer: "Ann *Editor*",
      verdict_at: "2025-03-02T14:05:06.789Z",
    });
    expect(rows[1]).toMatchObject({ checkworthy: "false", status: "disputed", verdict: "Disputed" });
    expect(rows[2]).toMatchObject({
      status: "unreviewed",
      verdict: "Unreviewed",
      note: "",
      reviewer: "",
      verdict_at: "",
      evidence_urls: "",
    });
    expect(rows[3].verdict).toBe("Needs a source");
    for (const r of rows) {
      expect(r.report_generated_at).toBe("2025-03-04T08:00:00.000Z");
      expect(r.history_changes).toBe("12");
      expect(r.history_last_change_at).toBe("2025-03-03T23:59:59.000Z");
      expect(r.history_last_change_by).toBe("Carla");
    }
  });

  it("keeps Spanish text intact and honours verifiedOnly", () => {
    const rows = table(toCsv(spanishReport({ options: { verifiedOnly: true } })));
    expect(rows.map((r) => r.text)).toEqual(["La inflación bajó al 3,5 % según el señor Muñoz", "¿Niño 🎉 cumpleaños? ¡Sí!"]);
    expect(rows[0].reviewer).toBe("Begoña Núñez");
    expect(rows[0].history_last_change_by).toBe("");
  });

  it("writes only the header for a report without claims", () => {
    const report = englishReport({ claims: [] });
    expect(toCsv(report, { bom: false })).toBe(`${REPORT_CSV_COLUMNS.join(",")}\r\n`);
  });
});
