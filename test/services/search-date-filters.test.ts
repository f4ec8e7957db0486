import { describe, expect, it } from "vitest";
import { dateFilterProblems } from "@/services/search";

describe("the search page's date filters: what it tells the user", () => {
  it("says nothing of a valid range, a single bound or no dates", () => {
    expect(dateFilterProblems({ q: "gangs", from: "2026-12-01", to: "2026-12-05" })).toEqual([]);
    expect(dateFilterProblems({ from: "2026-12-05", to: "2026-12-05" })).toEqual([]);
    expect(dateFilterProblems({ to: "2026-12-05" })).toEqual([]);
    expect(dateFilterProblems({})).toEqual([]);
  });

  it("a start after the end: no claim can match, and it says so", () => {
    expect(dateFilterProblems({ from: "2026-12-05", to: "2026-12-01" })).toEqual([
      "“Added from” (2026-12-05) is after “to” (2026-12-01), so no claim can match: swap the dates.",
    ]);
  });

  it("a date that does not exist is named as ignored, on either bound", () => {
    expect(dateFilterProblems({ from: "2026-13-45" })).toEqual(["“2026-13-45” is not a date (YYYY-MM-DD): the “Added from” filter is ignored."]);
    expect(dateFilterProblems({ from: "2026-12-01", to: "yesterday" })).toEqual(["“yesterday” is not a date (YYYY-MM-DD): the “to” filter is ignored."]);
  });
});
