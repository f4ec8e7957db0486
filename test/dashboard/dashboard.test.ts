import { describe, expect, it } from "vitest";
import { dashboardData as getDashboardData, type DashboardData } from "@/services/dashboard";
import { histogramPercentile, percentileOfSorted, ttvBucket } from "@/lib/dashboard";
import { AppError } from "@/lib/errors";
import { DAY, Desk, HOUR, MIN, jan, referenceDesk } from "./fixture";

const ref = referenceDesk();
const { db, now, users, articles } = ref;
const data = (filters: Parameters<typeof getDashboardData>[1] = {}) => getDashboardData(db, filters, now);

/** What the dashboard must report for exact durations: nearest rank over their histogram buckets. */
function expectedTtv(durations: number[]) {
  const bins = new Map<number, number>();
  for (const d of durations) bins.set(ttvBucket(d), (bins.get(ttvBucket(d)) ?? 0) + 1);
  const hist = [...bins].map(([bucket, n]) => ({ bucket, n }));
  return { count: durations.length, medianMs: histogramPercentile(hist, 0.5), p90Ms: histogramPercentile(hist, 0.9) };
}

function expectClose(estimate: number | null, exact: number) {
  expect(estimate).not.toBeNull();
  expect(Math.abs(estimate! - exact) / exact).toBeLessThan(0.125);
}

const reviewer = (d: DashboardData, id: number) => d.reviewers.find((r) => r.id === id);

describe("dashboard with default filters (last 30 days)", () => {
  const d = data();

  it("resolves the default range from now", () => {
    expect(d.filters).toMatchObject({ from: "2025-01-02", to: "2025-01-31", articleId: null, reviewerId: null, language: null });
    expect(d.range.days).toBe(30);
    expect(d.throughput.days).toHaveLength(30);
  });

  it("totals: articles added in the range, live claims, check-worthy claims by status, share verified", () => {
    expect(d.totals).toEqual({
      articles: 3,
      claims: 11,
      checkworthyClaims: 10,
      byStatus: { unreviewed: 4, supported: 3, disputed: 1, needs_source: 2 },
      withVerdict: 6,
      // Verified = supported or disputed (4 of 10); a "needs a source" request is not verified.
      verified: 4,
      shareVerified: 0.4,
      verdicts: 9,
      reusedVerdicts: 1,
      changedSinceVerdict: 0,
      awaitingConfirmation: 0,
      overdueSources: 0,
      published: 0,
      changedSincePublished: 0,
    });
  });

  it("per article: progress, counts by status, oldest unreviewed age, last activity", () => {
    expect(d.articles).toMatchObject({ total: 3, page: 1, pages: 1, pageSize: 50 });
    const [first, second, third] = d.articles.rows;
    expect(first).toMatchObject({
      id: articles.a1,
      title: "Budget",
      claims: 6,
      checkworthy: 5,
      byStatus: { unreviewed: 1, supported: 2, disputed: 1, needs_source: 1 },
      withVerdict: 4,
      progress: 0.8,
      oldestUnreviewedAt: jan(10, 9),
      oldestUnreviewedAgeMs: 21 * DAY + 3 * HOUR,
      // c7's later deletion does not count: only events on live claims do.
      lastActivityAt: jan(12, 9),
    });
    expect(second).toMatchObject({
      id: articles.a2,
      language: "es",
      claims: 5,
      checkworthy: 5,
      byStatus: { unreviewed: 3, supported: 1, disputed: 0, needs_source: 1 },
      progress: 0.4,
      oldestUnreviewedAt: jan(28, 9),
      oldestUnreviewedAgeMs: 3 * DAY + 3 * HOUR,
      lastActivityAt: jan(30, 18),
    });
    expect(third).toMatchObject({ id: articles.a4, claims: 0, checkworthy: 0, progress: null, oldestUnreviewedAt: null, lastActivityAt: jan(30, 9) });
  });

  it("backlog aging of unreviewed and needs-source claims by age", () => {
    expect(d.backlog.buckets.map((b) => b.label)).toEqual(["< 1 day", "1–3 days", "3–7 days", "> 7 days"]);
    expect(d.backlog.unreviewed).toEqual([1, 1, 1, 1]); // c8 18h, c12 exactly 2d, c9 3d3h, c4 21d
    expect(d.backlog.needsSource).toEqual([0, 0, 1, 1]); // c10 3d3h, c3 21d
    expect(d.backlog.total).toBe(6);
    expect(d.backlog.unassigned).toBe(1); // c9
  });

  it("throughput: verdicts per day stacked by status, reused counted as verdicts", () => {
    const nonEmpty = d.throughput.days.filter((x) => x.total > 0);
    expect(nonEmpty).toEqual([
      { date: "2025-01-05", supported: 1, disputed: 0, needs_source: 0, other: 0, total: 1 },
      { date: "2025-01-06", supported: 0, disputed: 1, needs_source: 0, other: 0, total: 1 },
      { date: "2025-01-10", supported: 2, disputed: 0, needs_source: 0, other: 0, total: 2 },
      { date: "2025-01-11", supported: 0, disputed: 1, needs_source: 0, other: 0, total: 1 },
      { date: "2025-01-12", supported: 0, disputed: 0, needs_source: 1, other: 0, total: 1 },
      { date: "2025-01-28", supported: 0, disputed: 1, needs_source: 0, other: 0, total: 1 },
      { date: "2025-01-29", supported: 1, disputed: 0, needs_source: 1, other: 0, total: 2 },
    ]);
    expect(d.throughput.totals).toEqual({ supported: 4, disputed: 3, needs_source: 2, other: 0, total: 9 });
    expect(d.throughput.reused).toBe(1);
  });

  it("time to first verdict: nearest-rank median and p90 overall", () => {
    const durations = [5 * MIN, HOUR, 12 * HOUR, 24 * HOUR, 24 * HOUR, 48 * HOUR, 16 * DAY, 17 * DAY];
    expect(d.timeToVerdict).toMatchObject(expectedTtv(durations));
    const sorted = [...durations].sort((a, b) => a - b);
    expectClose(d.timeToVerdict.medianMs, percentileOfSorted(sorted, 0.5)!); // exact: 24 h
    expectClose(d.timeToVerdict.p90Ms, percentileOfSorted(sorted, 0.9)!); // exact: 17 d
  });

  it("per reviewer: verdicts, disputed share, open assignments, time to verdict", () => {
    expect(d.reviewers.map((r) => r.name)).toEqual(["Bob", "Alice"]);
    expect(reviewer(d, users.bob)).toMatchObject({
      verdicts: 5,
      disputed: 2,
      disputedShare: 0.4,
      reused: 0,
      openAssignments: 3, // c4, c10, c12
      timeToVerdict: expectedTtv([24 * HOUR, 24 * HOUR, 16 * DAY, 17 * DAY]),
    });
    expect(reviewer(d, users.alice)).toMatchObject({
      verdicts: 4,
      disputed: 1,
      disputedShare: 0.25,
      reused: 1,
      openAssignments: 2, // c3, c8
      // c11's first verdict was Alice's, even though Bob gave its current one.
      timeToVerdict: expectedTtv([5 * MIN, HOUR, 12 * HOUR, 48 * HOUR]),
    });
    expectClose(reviewer(d, users.alice)!.timeToVerdict.medianMs, HOUR);
    expect(d.reviewerOptions.map((u) => u.name)).toEqual(["Alice", "Bob", "Carol", "Dave"]);
  });
});

describe("filters", () => {
  it("language: Spanish articles only, everywhere", () => {
    const d = data({ language: "es" });
    expect(d.totals).toMatchObject({
      articles: 1,
      claims: 5,
      checkworthyClaims: 5,
      byStatus: { unreviewed: 3, supported: 1, disputed: 0, needs_source: 1 },
      verdicts: 3,
      reusedVerdicts: 0,
    });
    expect(d.articles.rows.map((r) => r.id)).toEqual([articles.a2]);
    expect(d.backlog.unreviewed).toEqual([1, 1, 1, 0]);
    expect(d.backlog.needsSource).toEqual([0, 0, 1, 0]);
    expect(d.throughput.totals).toEqual({ supported: 1, disputed: 1, needs_source: 1, other: 0, total: 3 });
    expect(d.timeToVerdict).toMatchObject(expectedTtv([12 * HOUR, 24 * HOUR]));
    expect(reviewer(d, users.bob)).toMatchObject({ verdicts: 2, disputed: 0, openAssignments: 2 });
    expect(reviewer(d, users.alice)).toMatchObject({ verdicts: 1, disputed: 1, disputedShare: 1, openAssignments: 1 });
  });

  it("article: that article's figures whatever its date; activity still in the range", () => {
    const d = data({ articleId: articles.a3 });
    expect(d.selectedArticle).toEqual({ id: articles.a3, title: "Old story" });
    expect(d.totals).toMatchObject({
      articles: 1,
      claims: 3,
      checkworthyClaims: 3,
      byStatus: { unreviewed: 1, supported: 1, disputed: 1, needs_source: 0 },
      verdicts: 2,
    });
    expect(d.backlog.unreviewed).toEqual([0, 0, 0, 1]);
    expect(d.backlog.unassigned).toBe(1);
    expect(d.throughput.days.filter((x) => x.total).map((x) => x.date)).toEqual(["2025-01-05", "2025-01-06"]);
    expect(d.timeToVerdict).toMatchObject(expectedTtv([16 * DAY, 17 * DAY]));
    expect(d.reviewers).toHaveLength(1);
    expect(reviewer(d, users.bob)).toMatchObject({ verdicts: 2, disputed: 1, openAssignments: 0 });
  });

  it("article: the per-article path adds up to the summary path", () => {
    const all = data({ from: "2024-12-01", to: "2025-01-31" });
    const parts = Object.values(articles).map((id) => data({ from: "2024-12-01", to: "2025-01-31", articleId: id }));
    const sum = (f: (d: DashboardData) => number) => parts.reduce((s, p) => s + f(p), 0);
    expect(sum((p) => p.totals.verdicts)).toBe(all.totals.verdicts);
    expect(sum((p) => p.totals.reusedVerdicts)).toBe(all.totals.reusedVerdicts);
    expect(sum((p) => p.timeToVerdict.count)).toBe(all.timeToVerdict.count);
    expect(sum((p) => p.totals.checkworthyClaims)).toBe(all.totals.checkworthyClaims);
    expect(sum((p) => p.backlog.total)).toBe(all.backlog.total);
    for (const status of ["supported", "disputed", "needs_source"] as const) {
      expect(sum((p) => p.throughput.totals[status])).toBe(all.throughput.totals[status]);
    }
  });

  it("reviewer: claims assigned to them, their verdicts and first verdicts", () => {
    const d = data({ reviewerId: users.bob });
    expect(d.totals).toMatchObject({
      articles: 2,
      claims: 5, // c2, c4 in A1; c10, c11, c12 in A2 (c7 is deleted)
      checkworthyClaims: 5,
      byStatus: { unreviewed: 2, supported: 1, disputed: 1, needs_source: 1 },
      withVerdict: 3,
      verified: 2,
      shareVerified: 0.4,
      verdicts: 5,
      reusedVerdicts: 0,
    });
    expect(d.articles.rows.map((r) => [r.id, r.claims, r.oldestUnreviewedAt])).toEqual([
      [articles.a1, 2, jan(10, 9)],
      [articles.a2, 3, jan(29, 12)],
    ]);
    expect(d.backlog.unreviewed).toEqual([0, 1, 0, 1]);
    expect(d.backlog.needsSource).toEqual([0, 0, 1, 0]);
    expect(d.timeToVerdict).toMatchObject(expectedTtv([24 * HOUR, 24 * HOUR, 16 * DAY, 17 * DAY]));
    expect(d.reviewers.map((r) => r.id)).toEqual([users.bob]);
  });

  it("reviewer with no activity still gets a (zero) row", () => {
    const d = data({ reviewerId: users.dave });
    expect(d.totals).toMatchObject({ articles: 0, claims: 0, verdicts: 0, shareVerified: null });
    expect(d.reviewers).toEqual([
      expect.objectContaining({ id: users.dave, name: "Dave", verdicts: 0, disputedShare: null, openAssignments: 0 }),
    ]);
    expect(d.timeToVerdict).toMatchObject({ count: 0, medianMs: null, p90Ms: null });
  });

  it("date range: snapshot by the article's date added, activity by the event's day", () => {
    const d = data({ from: "2025-01-28", to: "2025-01-31" });
    expect(d.totals).toMatchObject({ articles: 2, claims: 5, verdicts: 3 });
    expect(d.articles.rows.map((r) => r.id)).toEqual([articles.a2, articles.a4]);
    expect(d.timeToVerdict).toMatchObject(expectedTtv([12 * HOUR, 24 * HOUR]));
    expect(d.throughput.days.map((x) => x.date)).toEqual(["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]);

    const early = data({ from: "2025-01-01", to: "2025-01-09" });
    expect(early.totals).toMatchObject({ articles: 0, claims: 0, verdicts: 2 });
    expect(early.backlog.total).toBe(0);
    expect(reviewer(early, users.bob)).toMatchObject({ verdicts: 2, disputed: 1, openAssignments: 0 });
  });

  it("the range boundaries are whole UTC days, both ends included", () => {
    expect(data({ from: "2025-01-10", to: "2025-01-10" }).totals).toMatchObject({ articles: 1, verdicts: 2 });
    expect(data({ from: "2025-01-11", to: "2025-01-11" }).totals).toMatchObject({ articles: 0, verdicts: 1 });
  });

  it("combined filters", () => {
    const d = data({ language: "es", reviewerId: users.alice });
    expect(d.totals).toMatchObject({ articles: 1, claims: 1, verdicts: 1 }); // c8; c11's disputed
    expect(d.backlog.unreviewed).toEqual([1, 0, 0, 0]);
  });

  it("rejects a reversed or too long range", () => {
    expect(() => data({ from: "2025-02-01", to: "2025-01-01" })).toThrow(AppError);
    expect(() => data({ from: "2020-01-01", to: "2025-01-01" })).toThrow(/366/);
  });
});

describe("per-article table sorting and paging", () => {
  const ids = (filters: Parameters<typeof getDashboardData>[1]) => data(filters).articles.rows.map((r) => r.id);
  const { a1, a2, a4 } = articles;

  it("sorts by each key, with a default direction and a reversible one", () => {
    expect(ids({})).toEqual([a1, a2, a4]); // oldest unreviewed first, none last
    expect(ids({ sort: "oldest_unreviewed", dir: "desc" })).toEqual([a2, a1, a4]);
    expect(ids({ sort: "progress" })).toEqual([a2, a1, a4]); // 40%, 80%, no check-worthy claims
    expect(ids({ sort: "progress", dir: "desc" })).toEqual([a1, a2, a4]);
    expect(ids({ sort: "unreviewed" })).toEqual([a2, a1, a4]);
    expect(ids({ sort: "disputed" })).toEqual([a1, a2, a4]);
    expect(ids({ sort: "last_activity" })).toEqual([a2, a4, a1]);
    expect(ids({ sort: "created" })).toEqual([a4, a2, a1]);
    expect(ids({ sort: "title" })).toEqual([a1, a2, a4]);
    expect(ids({ sort: "title", dir: "desc" })).toEqual([a4, a2, a1]);
  });

  it("returns 50 rows a page with the total count", () => {
    const d = new Desk();
    const u = d.user("Lead", "lead");
    for (let i = 0; i < 120; i++) d.article({ title: `Article ${String(i).padStart(3, "0")}`, createdAt: jan(20) + i * MIN, createdBy: u });
    const page1 = getDashboardData(d.db, { sort: "title" }, jan(31));
    expect(page1.articles).toMatchObject({ total: 120, pages: 3, page: 1 });
    expect(page1.articles.rows).toHaveLength(50);
    const page3 = getDashboardData(d.db, { sort: "title", page: 3 }, jan(31));
    expect(page3.articles.rows.map((r) => r.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Article ${100 + i}`));
    // A page past the end shows the last one.
    expect(getDashboardData(d.db, { sort: "title", page: 9 }, jan(31)).articles.page).toBe(3);
    expect(getDashboardData(d.db, { sort: "created" }, jan(31)).articles.rows[0].title).toBe("Article 119");
  });
});

describe("empty database", () => {
  it("reports zeros and nulls, not errors", () => {
    const d = getDashboardData(new Desk().db, {}, jan(31));
    expect(d.totals).toMatchObject({ articles: 0, claims: 0, checkworthyClaims: 0, shareVerified: null, verdicts: 0 });
    expect(d.articles).toMatchObject({ total: 0, rows: [], page: 1, pages: 1 });
    expect(d.timeToVerdict).toMatchObject({ count: 0, medianMs: null, p90Ms: null });
    expect(d.reviewers).toEqual([]);
  });
});
