import { describe, expect, it } from "vitest";
import { toJson } from "@/lib/export";
import { englishReport, SCRIPT_TEXT, spanishReport, TRICKY_TEXT } from "./fixtures";

describe("toJson", () => {
  it("has the documented top-level keys in a stable order", () => {
    const json = toJson(englishReport());
    expect(Object.keys(json)).toEqual(["schemaVersion", "generatedAt", "options", "article", "history", "summary", "claims"]);
    expect(json.schemaVersion).toBe(1);
    expect(json.generatedAt).toBe("2025-03-04T08:00:00.000Z");
    expect(Object.keys(json.article)).toEqual(["id", "title", "byline", "sourceUrl", "publishedAt", "version", "language"]);
    expect(json.article).toEqual(englishReport().article); // passed through as given
    expect(json.history).toEqual({ changes: 12, lastChangeAt: "2025-03-03T23:59:59.000Z", lastChangeBy: "Carla" });
    expect(json.summary).toEqual({ total: 4, supported: 1, disputed: 1, needs_source: 1, unreviewed: 1 });
  });

  it("lists selected claims with all keys, nulls kept, ISO times", () => {
    const json = toJson(englishReport());
    expect(json.claims.map((c) => c.id)).toEqual([11, 12, 13, 15]);
    expect(json.claims.map((c) => c.number)).toEqual([1, 2, 3, 5]); // 4 is not check-worthy and has no verdict
    expect(json.claims[0]).toEqual({
      number: 1,
      id: 11,
      start: 0,
      end: 60,
      text: TRICKY_TEXT,
      checkworthy: true,
      score: 0.87,
      status: "supported",
      verdict: "Supported",
      note: "=SUM(A1)\nsecond line of the note",
      reviewer: "Ann *Editor*",
      verdictAt: "2025-03-02T14:05:06.789Z",
      confirmedBy: null,
      evidence: [
        {
          url: "https://stats.example.org/report_(final) v2.pdf",
          title: "+1 Stats [official]",
          quote: "-2 percent <b>bold</b>\nsecond line",
          addedBy: "Bob",
          addedAt: "2025-03-01T09:30:00.000Z",
        },
        {
          url: "javascript:alert(1)",
          title: "@x evil link",
          quote: "click me",
          addedBy: "Mallory <m@x>",
          addedAt: "2025-03-01T09:30:00.000Z",
        },
      ],
    });
    const unreviewed = json.claims[2];
    expect(Object.keys(unreviewed)).toEqual(Object.keys(json.claims[0]));
    expect(unreviewed).toMatchObject({ status: "unreviewed", verdict: "Unreviewed", note: null, reviewer: null, verdictAt: null, evidence: [] });
    expect(json.claims[1].text).toBe(SCRIPT_TEXT);
  });

  it("survives JSON serialisation unchanged, nulls included", () => {
    const json = toJson(spanishReport());
    const text = JSON.stringify(json);
    expect(JSON.parse(text)).toEqual(json);
    expect(text).toContain('"byline":null');
    expect(text).toContain('"sourceUrl":null');
    expect(text).toContain('"lastChangeBy":null');
    expect(json.claims[0].text).toBe("La inflación bajó al 3,5 % según el señor Muñoz");
    expect(json.options).toEqual({ verifiedOnly: false });
  });
});
