import { describe, expect, it } from "vitest";
import { assertEvidenceUrl, assertVerdictNote, noteRequired, reviewProgress, statusAsOf, versionMatches } from "@/lib/claim-rules";

describe("verdict notes", () => {
  it.each([
    ["supported", false],
    ["disputed", true],
    ["needs_source", true],
  ] as const)("%s requires a note: %s", (status, required) => {
    expect(noteRequired(status)).toBe(required);
  });

  it("accepts Supported without a note and trims notes", () => {
    expect(assertVerdictNote("supported", undefined)).toBeNull();
    expect(assertVerdictNote("supported", "  fine  ")).toBe("fine");
  });

  it.each(["", "   ", "\n\t", null, undefined])("refuses Disputed with note %j", (note) => {
    expect(() => assertVerdictNote("disputed", note)).toThrow(/note is required/);
    expect(() => assertVerdictNote("needs_source", note)).toThrow(/note is required/);
  });

  it("refuses notes over the limit", () => {
    expect(() => assertVerdictNote("supported", "x".repeat(5001))).toThrow(/too long/);
  });
});

describe("versions", () => {
  it("matches only the exact version", () => {
    expect(versionMatches(3, 3)).toBe(true);
    expect(versionMatches(2, 3)).toBe(false);
    expect(versionMatches(4, 3)).toBe(false);
  });
});

describe("statusAsOf", () => {
  const t = (m: number) => new Date(Date.UTC(2024, 0, 1, 0, m));
  const events = [
    { id: 1, at: t(0), toStatus: "unreviewed" as const },
    { id: 2, at: t(10), toStatus: "supported" as const },
    { id: 3, at: t(10), toStatus: null },
    { id: 4, at: t(20), toStatus: "disputed" as const },
    { id: 5, at: t(20), toStatus: "needs_source" as const },
  ];
  it.each([
    [-1, null],
    [0, "unreviewed"],
    [9, "unreviewed"],
    [10, "supported"],
    [19, "supported"],
    [20, "needs_source"],
    [99, "needs_source"],
  ] as const)("at minute %i the status is %s", (minute, expected) => {
    expect(statusAsOf(events, t(minute))).toBe(expected);
  });
});

describe("evidence URLs", () => {
  it.each(["https://example.org/a?b=1", "http://example.org"])("accepts %s", (url) => {
    expect(assertEvidenceUrl(url)).toMatch(/^https?:\/\//);
  });
  it.each(["javascript:alert(1)", "data:text/html,<script>x</script>", "ftp://example.org/x", "file:///etc/passwd", "example.org", "", "  "])(
    "refuses %j",
    (url) => {
      expect(() => assertEvidenceUrl(url)).toThrow();
    },
  );
});

describe("control characters", () => {
  it.each(["\u0000", "ok\u0000", "\u0007bell", "a\u001bb", "\u007f"])("refuses a note with %j", (note) => {
    expect(() => assertVerdictNote("supported", note)).toThrow(/control characters/);
  });
  it("keeps tabs and line breaks", () => {
    expect(assertVerdictNote("supported", "line 1\n\tline 2")).toBe("line 1\n\tline 2");
  });
});

describe("review progress", () => {
  it("counts the check-worthy claims with a verdict, as the dashboard does", () => {
    const claims = [
      { checkworthy: true, status: "supported" },
      { checkworthy: true, status: "unreviewed" },
      { checkworthy: true, status: "needs_source" },
      // A dateline with a verdict and a headline without: in neither figure.
      { checkworthy: false, status: "disputed" },
      { checkworthy: false, status: "unreviewed" },
    ];
    expect(reviewProgress(claims)).toEqual({ reviewed: 2, checkworthy: 3 });
    expect(reviewProgress([])).toEqual({ reviewed: 0, checkworthy: 0 });
  });
});
