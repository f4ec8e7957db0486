import { describe, expect, it } from "vitest";
import { segmentBody } from "@/lib/highlight";

describe("segmentBody", () => {
  it("covers the whole body with plain and claim runs", () => {
    const body = "Intro. First claim. Gap. Second claim.";
    const claims = [
      { id: 2, start: 25, end: 38 },
      { id: 1, start: 7, end: 19 },
    ];
    const segments = segmentBody(body, claims);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments.filter((s) => s.claim).map((s) => [s.claim!.id, s.text])).toEqual([
      [1, "First claim."],
      [2, "Second claim."],
    ]);
  });

  it("clips an overlapping claim instead of duplicating text", () => {
    const body = "abcdefghij";
    const segments = segmentBody(body, [{ start: 0, end: 5 }, { start: 3, end: 8 }]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
  });
});
