import { describe, expect, it } from "vitest";
import { contentDisposition, EXPORT_FORMATS, exportFilename, isExportFormat } from "@/lib/export";

const AT = new Date("2025-03-04T23:30:00.000Z");

describe("exportFilename", () => {
  it("builds claimdesk-<slug>-<YYYYMMDD>.<ext> from the title", () => {
    expect(exportFilename({ id: 8, title: "¿El año del agua? ¡Sí!" }, "pdf", AT)).toBe(
      "claimdesk-el-ano-del-agua-si-20250304.pdf",
    );
    expect(exportFilename({ id: 7, title: 'Budget "facts", <script>alert(1)</script> & more' }, "md", AT)).toBe(
      "claimdesk-budget-facts-script-alert-1-script-more-20250304.md",
    );
  });

  it("uses the UTC date and each format's extension", () => {
    const exts = Object.keys(EXPORT_FORMATS).map((f) =>
      exportFilename({ id: 1, title: "A" }, f as keyof typeof EXPORT_FORMATS, new Date("2025-12-31T23:59:59.999Z")),
    );
    expect(exts).toEqual([
      "claimdesk-a-20251231.md",
      "claimdesk-a-20251231.html",
      "claimdesk-a-20251231.pdf",
      "claimdesk-a-20251231.csv",
      "claimdesk-a-20251231.json",
      "claimdesk-a-20251231.jsonld",
    ]);
  });

  it("falls back to the article id and caps the length", () => {
    expect(exportFilename({ id: 42, title: "🎉 日本語 ¿¡" }, "csv", AT)).toBe("claimdesk-article-42-20250304.csv");
    const long = exportFilename({ id: 1, title: "word ".repeat(100) }, "json", AT);
    expect(long).toMatch(/^claimdesk-[a-z0-9-]+-20250304\.json$/);
    expect(long.length).toBeLessThanOrEqual("claimdesk-".length + 60 + "-20250304.json".length);
    expect(long).not.toContain("--");
  });

  it("is always a safe ASCII name", () => {
    for (const title of ["../../etc/passwd", 'a"b\r\nContent-Type: x', "CON", "  ", "Ñandú—€"]) {
      expect(exportFilename({ id: 3, title }, "html", AT)).toMatch(/^claimdesk-[a-z0-9]+(-[a-z0-9]+)*-20250304\.html$/);
    }
  });
});

describe("EXPORT_FORMATS", () => {
  it("has the content types the route sends", () => {
    expect(Object.fromEntries(Object.entries(EXPORT_FORMATS).map(([k, v]) => [k, v.contentType]))).toEqual({
      md: "text/markdown; charset=utf-8",
      html: "text/html; charset=utf-8",
      pdf: "application/pdf",
      csv: "text/csv; charset=utf-8",
      json: "application/json",
      claimreview: "application/ld+json",
    });
  });

  it("validates format names from the query string", () => {
    expect(isExportFormat("pdf")).toBe(true);
    expect(isExportFormat("claimreview")).toBe(true);
    for (const bad of ["PDF", "xml", "toString", "__proto__", "", null, 1]) expect(isExportFormat(bad)).toBe(false);
  });

  it("contentDisposition quotes the filename", () => {
    expect(contentDisposition("claimdesk-a-20250304.pdf")).toBe('attachment; filename="claimdesk-a-20250304.pdf"');
    expect(contentDisposition('a"b\r\n.pdf')).toBe('attachment; filename="a_b__.pdf"');
  });
});
