import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, renderReport, toCsv, toMarkdown, type ExportFormat } from "@/lib/export";
import { englishReport } from "./fixtures";

describe("renderReport", () => {
  it("renders every export format", async () => {
    const report = englishReport();
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      const out = await renderReport(report, format);
      if (format === "pdf") expect(Buffer.isBuffer(out) && out.subarray(0, 5).toString()).toBe("%PDF-");
      else expect(typeof out === "string" && out.length).toBeGreaterThan(50);
      if (format === "json" || format === "claimreview") expect(() => JSON.parse(out as string)).not.toThrow();
    }
  });

  it("dispatches to the format's own formatter", async () => {
    const report = englishReport();
    expect(await renderReport(report, "md")).toBe(toMarkdown(report));
    expect(await renderReport(report, "csv")).toBe(toCsv(report));
  });
});
