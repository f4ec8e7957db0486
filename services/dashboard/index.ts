/**
 * The lead dashboard: filters resolved against `now`, figures read from db/dashboard in one
 * snapshot, assembled into what the page and `GET /api/dashboard` show. Definitions of every
 * figure are in db/dashboard/summaries.ts and on the page.
 */
import { readDashboardFigures, type ArticleProgressRow, type DashboardFigures, type DashboardQuery, type StatusCounts } from "@/db/dashboard/read";
import type { Db } from "@/db/connection";
import type { OverdueSource } from "@/db/dashboard/attention";
import {
  ARTICLE_PAGE_SIZE,
  DEFAULT_SORT_DIR,
  daysOf,
  histogramPercentile,
  mergeHistograms,
  resolveRange,
  share,
  type DayRange,
  type HistogramBin,
} from "@/lib/dashboard";
import { AppError } from "@/lib/errors";
import { isoDayOfUtcDay, VERDICTS, type Verdict } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import type { DashboardFiltersInput } from "./schemas";

export type { ArticleProgressRow, StatusCounts };
export * from "./schemas";

export type TimeToVerdict = { count: number; medianMs: number | null; p90Ms: number | null };

export type ThroughputDay = { date: string } & Record<Verdict, number> & { other: number; total: number };

export type ReviewerRow = {
  id: number;
  name: string;
  verdicts: number;
  reused: number;
  disputed: number;
  disputedShare: number | null;
  openAssignments: number;
  timeToVerdict: TimeToVerdict;
};

export type DashboardData = {
  now: number;
  /** The resolved filters, with the date range as ISO days. */
  filters: { from: string; to: string } & Omit<DashboardQuery, "range">;
  range: DayRange;
  selectedArticle: { id: number; title: string } | null;
  totals: {
    articles: number;
    claims: number;
    checkworthyClaims: number;
    byStatus: StatusCounts;
    /** Check-worthy claims that are not unreviewed (a "needs a source" request counts). */
    withVerdict: number;
    /** Check-worthy claims settled as supported or disputed: what "verified" means. */
    verified: number;
    /** verified / check-worthy claims. */
    shareVerified: number | null;
    verdicts: number;
    reusedVerdicts: number;
    /** Claims whose text changed in a new version of their article since their verdict. */
    changedSinceVerdict: number;
    /** Verdicts waiting for a second reviewer (whatever the range). */
    awaitingConfirmation: number;
    /** "Needs a source" requests past their due day (whatever the range). */
    overdueSources: number;
    /** Articles with a public report that is not withdrawn, and those of them whose verdicts changed since. */
    published: number;
    changedSincePublished: number;
  };
  articles: { total: number; page: number; pageSize: number; pages: number; rows: ArticleProgressRow[] };
  backlog: {
    buckets: { key: string; label: string; minMs: number; maxMs: number | null }[];
    unreviewed: number[];
    needsSource: number[];
    total: number;
    unassigned: number;
  };
  throughput: { days: ThroughputDay[]; totals: Omit<ThroughputDay, "date">; reused: number };
  timeToVerdict: TimeToVerdict & { method: string };
  reviewers: ReviewerRow[];
  reviewerOptions: { id: number; name: string }[];
  /** The most overdue source requests (due: YYYY-MM-DD). */
  overdueSources: (Omit<OverdueSource, "dueAt"> & { dueAt: string })[];
};

export const TTV_METHOD =
  "Nearest rank over a histogram of claim creation → first verdict, 6 buckets per doubling (~12% wide), interpolated inside the bucket.";

type ResolvedFilters = DashboardData["filters"] & { range: DayRange };

function resolveFilters(filters: DashboardFiltersInput, now: number): ResolvedFilters {
  let range: DayRange;
  try {
    range = resolveRange(filters.from, filters.to, now);
  } catch (error) {
    throw new AppError("bad_request", error instanceof Error ? error.message : "Invalid date range.");
  }
  const sort = filters.sort ?? "oldest_unreviewed";
  return {
    from: range.from,
    to: range.to,
    articleId: filters.articleId ?? null,
    reviewerId: filters.reviewerId ?? null,
    language: filters.language ?? null,
    sort,
    dir: filters.dir ?? DEFAULT_SORT_DIR[sort],
    page: filters.page ?? 1,
    range,
  };
}

/**
 * Everything the dashboard shows, for the given filters. `now` (ms) anchors the default date
 * range and the backlog ages; it is a parameter so tests get fixed answers.
 */
export async function getDashboard(db: Db, actor: Actor, filters: DashboardFiltersInput = {}, now: number = Date.now()): Promise<DashboardData> {
  requireCapability(actor, "dashboard:view");
  return dashboardData(db, filters, now);
}

/** The dashboard's data without an actor: for the benchmark and the summary-table tests. */
export function dashboardData(db: Db, filters: DashboardFiltersInput = {}, now: number = Date.now()): DashboardData {
  const f = resolveFilters(filters, now);
  return assemble(f, readDashboardFigures(db, f, now), now);
}

function assemble(f: ResolvedFilters, figures: DashboardFigures, now: number): DashboardData {
  const { range, ...publicFilters } = f;

  const { selectedArticle, totals, page, pages, rows } = figures;
  const { backlog, openByReviewer } = figures.backlog;
  const { perDay, perActor } = figures.verdicts;
  const ttvRows = figures.ttv;

  // Throughput: every day of the range, zero-filled.
  const dayIndex = new Map<number, ThroughputDay>();
  const days: ThroughputDay[] = daysOf(range).map((d) => {
    const row: ThroughputDay = { date: isoDayOfUtcDay(d), supported: 0, disputed: 0, needs_source: 0, other: 0, total: 0 };
    dayIndex.set(d, row);
    return row;
  });
  const throughputTotals: Omit<ThroughputDay, "date"> = { supported: 0, disputed: 0, needs_source: 0, other: 0, total: 0 };
  let reusedTotal = 0;
  for (const r of perDay) {
    const day = dayIndex.get(r.day);
    const key: Verdict | "other" = (VERDICTS as readonly string[]).includes(r.status) ? (r.status as Verdict) : "other";
    if (day) {
      day[key] += r.n;
      day.total += r.n;
    }
    throughputTotals[key] += r.n;
    throughputTotals.total += r.n;
    reusedTotal += r.reused;
  }

  const histByActor = new Map<number, HistogramBin[]>();
  for (const r of ttvRows) {
    let h = histByActor.get(r.actor_id);
    if (!h) histByActor.set(r.actor_id, (h = []));
    h.push({ bucket: r.bucket, n: r.n });
  }
  const ttvOf = (bins: readonly HistogramBin[]): TimeToVerdict => ({
    count: bins.reduce((s, b) => s + b.n, 0),
    medianMs: histogramPercentile(bins, 0.5),
    p90Ms: histogramPercentile(bins, 0.9),
  });

  // Reviewers: anyone with verdicts or first verdicts in the range, or open assignments in scope.
  const users = figures.users;
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const actorStats = new Map(perActor.map((r) => [r.actor_id, r]));
  const reviewerIds = new Set<number>([...actorStats.keys(), ...histByActor.keys(), ...openByReviewer.keys()]);
  if (f.reviewerId !== null) reviewerIds.add(f.reviewerId);
  const reviewers: ReviewerRow[] = [...reviewerIds]
    .map((id) => {
      const v = actorStats.get(id);
      const verdicts = v?.verdicts ?? 0;
      const disputed = v?.disputed ?? 0;
      return {
        id,
        name: nameOf.get(id) ?? (id === 0 ? "Unknown" : `User #${id}`),
        verdicts,
        reused: v?.reused ?? 0,
        disputed,
        disputedShare: share(disputed, verdicts),
        openAssignments: openByReviewer.get(id) ?? 0,
        timeToVerdict: ttvOf(histByActor.get(id) ?? []),
      };
    })
    .sort((a, b) => b.verdicts - a.verdicts || b.openAssignments - a.openAssignments || a.name.localeCompare(b.name) || a.id - b.id);

  const byStatus: StatusCounts = {
    unreviewed: totals.unreviewed,
    supported: totals.supported,
    disputed: totals.disputed,
    needs_source: totals.needs_source,
  };
  const withVerdict = totals.checkworthy - totals.unreviewed;

  return {
    now,
    filters: { ...publicFilters, page },
    range,
    selectedArticle,
    totals: {
      articles: totals.articles,
      claims: totals.claims,
      checkworthyClaims: totals.checkworthy,
      byStatus,
      withVerdict,
      verified: totals.supported + totals.disputed,
      shareVerified: share(totals.supported + totals.disputed, totals.checkworthy),
      verdicts: throughputTotals.total,
      reusedVerdicts: reusedTotal,
      changedSinceVerdict: figures.attention.changedSinceVerdict,
      awaitingConfirmation: figures.attention.awaitingConfirmation,
      overdueSources: figures.attention.overdueSources,
      published: figures.attention.published,
      changedSincePublished: figures.attention.changedSincePublished,
    },
    overdueSources: figures.attention.overdue.map((o) => ({ ...o, dueAt: new Date(o.dueAt).toISOString().slice(0, 10) })),
    articles: { total: totals.articles, page, pageSize: ARTICLE_PAGE_SIZE, pages, rows },
    backlog,
    throughput: { days, totals: throughputTotals, reused: reusedTotal },
    timeToVerdict: { ...ttvOf(mergeHistograms(histByActor.values())), method: TTV_METHOD },
    reviewers,
    reviewerOptions: users,
  };
}

