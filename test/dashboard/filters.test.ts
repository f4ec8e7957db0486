import { describe, expect, it } from "vitest";
import { dashboardFiltersSchema, parseDashboardFilters } from "@/services/dashboard/schemas";

describe("dashboard filter schema (query-string values)", () => {
  it("defaults everything", () => {
    expect(dashboardFiltersSchema.parse({})).toEqual({ sort: "oldest_unreviewed", page: 1 });
  });

  it("treats blank form fields as absent and takes the first of repeated keys", () => {
    const parsed = parseDashboardFilters({ from: "", to: "2025-01-31", articleId: "", reviewerId: ["7", "8"], language: "", sort: "", page: "" });
    expect(parsed.success && parsed.data).toEqual({ to: "2025-01-31", reviewerId: 7, sort: "oldest_unreviewed", page: 1 });
  });

  it("parses URLSearchParams", () => {
    const parsed = parseDashboardFilters(
      new URLSearchParams("from=2025-01-01&to=2025-01-31&articleId=12&language=es&sort=progress&dir=desc&page=2"),
    );
    expect(parsed.success && parsed.data).toEqual({
      from: "2025-01-01",
      to: "2025-01-31",
      articleId: 12,
      language: "es",
      sort: "progress",
      dir: "desc",
      page: 2,
    });
  });

  it.each([
    [{ from: "2025-02-30" }, "from"],
    [{ to: "31/01/2025" }, "to"],
    [{ from: "2025-02-01", to: "2025-01-01" }, "from"],
    [{ articleId: "abc" }, "articleId"],
    [{ articleId: "-3" }, "articleId"],
    [{ reviewerId: "1.5" }, "reviewerId"],
    [{ language: "fr" }, "language"],
    [{ sort: "random" }, "sort"],
    [{ dir: "up" }, "dir"],
    [{ page: "0" }, "page"],
  ])("rejects %j", (input, path) => {
    const parsed = dashboardFiltersSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual([path]);
  });
});
