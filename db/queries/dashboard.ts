/**
 * Lead dashboard: every figure is a SQL aggregate; no claim or event rows are loaded into JS.
 *
 * WHY SUMMARY TABLES (migration 0002_dashboard_summaries) and not only indexes: at 1M claims /
 * 5.5M events even index-only aggregates over the base tables cost 100–400 ms EACH on this
 * 2-core machine (claims by status alone is a 1M-row pass, ~330 ms; an exact median over the
 * default 30 days sorts ~250k durations, 110 ms overall and 275 ms per reviewer), so the 150 ms
 * budget for the whole page cannot be met from claims and claim_events. Instead, SQLite
 * triggers keep six small tables exact in the SAME transaction as every write to articles,
 * claims and claim_events: they can never be stale or half-applied, and no app code that
 * writes claims has to remember them (cost: ~0.3 ms more per verdict at 1M claims).
 * `rebuildDashboardSummaries` recomputes them from scratch with the same definitions; the
 * tests check trigger-maintained == rebuilt after every kind of write.
 *
 * - dash_article_stats (per article, clustered by date added): live-claim counts by status,
 *   oldest unreviewed claim, last activity, title. Totals and the per-article table read one
 *   row per article in the range (~17k for 30 days) instead of ~20 claims each.
 * - dash_assignee_stats (per reviewer × article): the same counts for assigned claims, for
 *   the reviewer filter.
 * - dash_open_claims (one row per live check-worthy claim that is unreviewed or needs a
 *   source, ~8% of claims): backlog ages depend on `now`, so they cannot be pre-bucketed;
 *   each (status, age bucket) is one range count on (status, created_at, …), and open
 *   assignments are an index seek per reviewer.
 * - dash_verdict_daily (day × status × reviewer × language × reused): throughput, verdicts
 *   per reviewer, disputed share, reused verdicts (~40k rows for 90 days).
 * - dash_first_verdicts (claim → reviewer of its first verdict) and dash_ttv_daily
 *   (reviewer × bucket × day × language): time to first verdict as a histogram with buckets
 *   ~12% wide (six per doubling, lib/dashboard/ttv-buckets.ts). Median and p90 are nearest
 *   rank over the histogram, interpolated inside the bucket: within one bucket width of the
 *   exact value. Keyed reviewer → bucket → day so the query walks (users × buckets) in key
 *   order with one range seek each and groups without sorting.
 *
 * Queries are shaped so SQLite never sorts large inputs: GROUP BYs follow index order
 * (users scanned by rowid CROSS JOIN an index on the reviewer), aging uses range counts.
 * Measured medians at 1M claims (bench/dashboard.ts): ~35 ms default view, ~65 ms for the
 * full 90 days, <10 ms per reviewer, <1 ms per article; the per-article table is a page of 50.
 *
 * Filtering to one article bypasses the daily summaries (they have no article dimension) and
 * aggregates that article's claims and events directly through the per-article indexes, with
 * the same SQL that rebuilds the summaries, so both paths share one definition.
 *
 * DEFINITIONS (also stated in the UI):
 * - Soft-deleted claims (deleted_at set) count nowhere, including their past events.
 * - Snapshot figures (totals, statuses, per-article table, backlog, open assignments) are the
 *   current state of live claims in the articles ADDED in the date range (articles.created_at),
 *   or in the one article picked with `articleId`, whatever its date. Statuses, progress and
 *   the backlog count check-worthy claims only. With `reviewerId`, only claims assigned to them.
 * - Activity figures (throughput, verdicts, reused, time to verdict) count what happened IN the
 *   range: verdict and reused events (stacked by the status they set) by their time; a claim's
 *   time to verdict (first_verdict_at − created_at) on the day of its first verdict. With
 *   `reviewerId`, that reviewer's verdicts / first verdicts. Days are UTC; language is the
 *   article's.
 * - "With a verdict" / share verified / progress: check-worthy claims whose status is not
 *   unreviewed (needs a source counts as a verdict, and is also in the backlog).
 * - Backlog aging: unreviewed and needs-source claims by age (now − created_at):
 *   [0, 1 d), [1 d, 3 d), [3 d, 7 d), ≥ 7 d.
 *
 * No Next imports: the CLI, the benchmark and the unit tests use this file directly.
 */
import type Database from "better-sqlite3";
import { z } from "zod";
import type { Db } from "../connection";
import { isIsoDay, isoDayOfUtcDay, LANGUAGES, VERDICTS, type ClaimStatus, type Language, type Verdict } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";
import {
  AGING_BUCKETS,
  agingCutoffs,
  daysOf,
  histogramPercentile,
  mergeHistograms,
  resolveRange,
  share,
  type DayRange,
  type HistogramBin,
} from "@/lib/dashboard";

// ---------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------

export const ARTICLE_SORTS = ["oldest_unreviewed", "progress", "unreviewed", "disputed", "last_activity", "created", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export type SortDir = "asc" | "desc";

/** The direction each sort starts with: the articles that need attention first. */
export const DEFAULT_SORT_DIR: Record<ArticleSort, SortDir> = {
  oldest_unreviewed: "asc",
  progress: "asc",
  unreviewed: "desc",
  disputed: "desc",
  last_activity: "desc",
  created: "desc",
  title: "asc",
};

export const ARTICLE_PAGE_SIZE = 50;

/** Query strings repeat keys and send "" for untouched form fields: take the first, drop blanks. */
function firstValue(value: unknown): unknown {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return v;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

const optionalDate = z.preprocess(firstValue, z.string().refine(isIsoDay, "Use a date as YYYY-MM-DD.").optional());
const optionalId = z.preprocess(firstValue, z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional());

/** Dashboard filters as they arrive in the query string (all optional). */
export const dashboardFiltersSchema = z
  .object({
    from: optionalDate,
    to: optionalDate,
    articleId: optionalId,
    reviewerId: optionalId,
    language: z.preprocess(firstValue, z.enum(LANGUAGES).optional()),
    sort: z.preprocess(firstValue, z.enum(ARTICLE_SORTS).default("oldest_unreviewed")),
    dir: z.preprocess(firstValue, z.enum(["asc", "desc"]).optional()),
    page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).default(1)),
  })
  .refine((f) => !(f.from && f.to) || f.from <= f.to, { message: "The start date is after the end date.", path: ["from"] });

export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;
export type DashboardFiltersInput = Partial<DashboardFilters>;

/** Parses `URLSearchParams` or Next's `searchParams` object. */
export function parseDashboardFilters(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const raw = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return dashboardFiltersSchema.safeParse(raw);
}

// ---------------------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------------------

export type StatusCounts = Record<ClaimStatus, number>;
export type TimeToVerdict = { count: number; medianMs: number | null; p90Ms: number | null };

export type ArticleProgressRow = {
  id: number;
  title: string;
  language: Language;
  createdAt: number;
  claims: number;
  checkworthy: number;
  byStatus: StatusCounts;
  withVerdict: number;
  /** Share of check-worthy claims with a verdict; null when the article has none. */
  progress: number | null;
  oldestUnreviewedAt: number | null;
  oldestUnreviewedAgeMs: number | null;
  lastActivityAt: number;
};

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
  filters: {
    from: string;
    to: string;
    articleId: number | null;
    reviewerId: number | null;
    language: Language | null;
    sort: ArticleSort;
    dir: SortDir;
    page: number;
  };
  range: DayRange;
  selectedArticle: { id: number; title: string } | null;
  totals: {
    articles: number;
    claims: number;
    checkworthyClaims: number;
    byStatus: StatusCounts;
    withVerdict: number;
    shareVerified: number | null;
    verdicts: number;
    reusedVerdicts: number;
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
};

export const TTV_METHOD =
  "Nearest rank over a histogram of claim creation → first verdict, 6 buckets per doubling (~12% wide), interpolated inside the bucket.";

// ---------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function stmt(client: Database.Database, sql: string): Database.Statement {
  let byText = statementCache.get(client);
  if (!byText) statementCache.set(client, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = client.prepare(sql)));
  return s;
}

type Fragment = { sql: string; params: unknown[] };

type Resolved = DashboardData["filters"] & { range: DayRange };


/** Per-article snapshot rows: all live claims, or (reviewer filter) only those assigned to the reviewer. */
function snapshotSource(f: Resolved): Fragment {
  if (f.reviewerId === null) return { sql: "dash_article_stats", params: [] };
  return {
    sql: `(SELECT x.created_at AS created_at, x.article_id AS article_id, a.title AS title, x.language AS language,
        x.claims AS claims, x.checkworthy AS checkworthy, x.unreviewed AS unreviewed, x.supported AS supported,
        x.disputed AS disputed, x.needs_source AS needs_source, x.oldest_unreviewed_at AS oldest_unreviewed_at,
        a.last_activity_at AS last_activity_at
      FROM dash_assignee_stats x JOIN dash_article_stats a ON a.article_id = x.article_id
      WHERE x.assignee_id = ?)`,
    params: [f.reviewerId],
  };
}

/** Which articles the snapshot covers: the picked article, or those added in the range; plus language. */
function snapshotScope(f: Resolved, alias: string, createdCol = "created_at"): Fragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.articleId !== null) {
    parts.push(`${alias}.article_id = ?`);
    params.push(f.articleId);
  } else {
    parts.push(`${alias}.${createdCol} >= ? AND ${alias}.${createdCol} < ?`);
    params.push(f.range.startMs, f.range.endMs);
  }
  if (f.language !== null) {
    parts.push(`${alias}.language = ?`);
    params.push(f.language);
  }
  return { sql: parts.join(" AND "), params };
}

/** Activity filters on a day-keyed source: day range, language, and optionally the reviewer. */
function activityScope(f: Resolved, alias: string, withReviewer = true): Fragment {
  const parts = [`${alias}.day BETWEEN ? AND ?`];
  const params: unknown[] = [f.range.fromDay, f.range.toDay];
  if (f.language !== null) {
    parts.push(`${alias}.language = ?`);
    params.push(f.language);
  }
  if (withReviewer && f.reviewerId !== null) {
    parts.push(`${alias}.actor_id = ?`);
    params.push(f.reviewerId);
  }
  return { sql: parts.join(" AND "), params };
}

const and = (...fragments: Fragment[]): Fragment => ({
  sql: fragments.map((x) => x.sql).join(" AND "),
  params: fragments.flatMap((x) => x.params),
});

function orderBy(sort: ArticleSort, dir: SortDir): string {
  const d = dir === "asc" ? "ASC" : "DESC";
  switch (sort) {
    case "oldest_unreviewed":
      return `s.oldest_unreviewed_at IS NULL, s.oldest_unreviewed_at ${d}, s.article_id`;
    case "progress":
      return `progress IS NULL, progress ${d}, s.checkworthy DESC, s.article_id`;
    case "unreviewed":
      return `s.unreviewed ${d}, s.oldest_unreviewed_at IS NULL, s.oldest_unreviewed_at, s.article_id`;
    case "disputed":
      return `s.disputed ${d}, s.article_id`;
    case "last_activity":
      return `s.last_activity_at ${d}, s.article_id`;
    case "created":
      return `s.created_at ${d}, s.article_id ${d}`;
    case "title":
      return `s.title COLLATE NOCASE ${d}, s.article_id`;
  }
}

const PROGRESS_SQL = "CASE WHEN s.checkworthy > 0 THEN CAST(s.checkworthy - s.unreviewed AS REAL) / s.checkworthy END";

type SnapshotRow = {
  article_id: number;
  created_at: number;
  title: string;
  language: Language;
  claims: number;
  checkworthy: number;
  unreviewed: number;
  supported: number;
  disputed: number;
  needs_source: number;
  oldest_unreviewed_at: number | null;
  last_activity_at: number;
  progress: number | null;
};

function resolveFilters(filters: DashboardFiltersInput, now: number): Resolved {
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
 * Runs in one read transaction, so all figures come from the same snapshot.
 */
export function getDashboardData(db: Db, filters: DashboardFiltersInput = {}, now: number = Date.now()): DashboardData {
  const f = resolveFilters(filters, now);
  const client = db.$client;
  return client.transaction(() => compute(client, f, now))();
}

type Totals = { articles: number; claims: number; checkworthy: number } & StatusCounts;

function snapshotTotals(client: Database.Database, f: Resolved): Totals {
  const src = snapshotSource(f);
  const scope = snapshotScope(f, "s");
  return stmt(
    client,
    `SELECT count(*) AS articles, coalesce(sum(s.claims), 0) AS claims, coalesce(sum(s.checkworthy), 0) AS checkworthy,
       coalesce(sum(s.unreviewed), 0) AS unreviewed, coalesce(sum(s.supported), 0) AS supported,
       coalesce(sum(s.disputed), 0) AS disputed, coalesce(sum(s.needs_source), 0) AS needs_source
     FROM ${src.sql} s WHERE ${scope.sql}`,
  ).get(...src.params, ...scope.params) as Totals;
}

function articlePage(client: Database.Database, f: Resolved, offset: number, now: number): ArticleProgressRow[] {
  const src = snapshotSource(f);
  const scope = snapshotScope(f, "s");
  const rows = stmt(
    client,
    `SELECT s.*, ${PROGRESS_SQL} AS progress FROM ${src.sql} s
     WHERE ${scope.sql} ORDER BY ${orderBy(f.sort, f.dir)} LIMIT ? OFFSET ?`,
  ).all(...src.params, ...scope.params, ARTICLE_PAGE_SIZE, offset) as SnapshotRow[];
  return rows.map((r) => ({
    id: r.article_id,
    title: r.title,
    language: r.language,
    createdAt: r.created_at,
    claims: r.claims,
    checkworthy: r.checkworthy,
    byStatus: { unreviewed: r.unreviewed, supported: r.supported, disputed: r.disputed, needs_source: r.needs_source },
    withVerdict: r.checkworthy - r.unreviewed,
    progress: r.progress,
    oldestUnreviewedAt: r.oldest_unreviewed_at,
    oldestUnreviewedAgeMs: r.oldest_unreviewed_at === null ? null : Math.max(0, now - r.oldest_unreviewed_at),
    lastActivityAt: r.last_activity_at,
  }));
}

/** Backlog aging (one pass, no grouping) and open assignments per reviewer (index order, no sort). */
function backlogFigures(client: Database.Database, f: Resolved, now: number) {
  const scope = snapshotScope(f, "o", "article_created_at");
  const reviewer: Fragment = f.reviewerId === null ? { sql: "1", params: [] } : { sql: "o.assignee_id = ?", params: [f.reviewerId] };
  const [c1, c3, c7] = agingCutoffs(now);
  const where = and(scope, reviewer);
  // One indexed range count per status and age bucket (status, created_at, …): cheaper than
  // evaluating eight conditional sums on every backlog row.
  const ranges: [string, unknown[]][] = [
    ["o.created_at > ?", [c1]],
    ["o.created_at <= ? AND o.created_at > ?", [c1, c3]],
    ["o.created_at <= ? AND o.created_at > ?", [c3, c7]],
    ["o.created_at <= ?", [c7]],
  ];
  const counts: string[] = [];
  const params: unknown[] = [];
  for (const status of ["unreviewed", "needs_source"]) {
    for (const [cond, values] of ranges) {
      counts.push(`(SELECT count(*) FROM dash_open_claims o WHERE o.status = '${status}' AND ${cond} AND ${where.sql})`);
      params.push(...values, ...where.params);
    }
  }
  counts.push(`(SELECT count(*) FROM dash_open_claims o WHERE o.assignee_id IS NULL AND ${where.sql})`);
  params.push(...where.params);
  const n = stmt(client, `SELECT ${counts.join(",\n  ")}`).raw().get(...params) as number[];

  let perReviewer: { id: number; n: number }[];
  if (f.articleId !== null) {
    perReviewer = stmt(
      client,
      `SELECT o.assignee_id AS id, count(*) AS n FROM dash_open_claims o
       WHERE ${where.sql} AND o.assignee_id IS NOT NULL GROUP BY o.assignee_id`,
    ).all(...where.params) as { id: number; n: number }[];
  } else {
    // users in rowid order drive an index seek per reviewer: grouped output without a sort.
    const lang = f.language === null ? "" : " AND o.language = ?";
    const only = f.reviewerId === null ? "" : " AND u.id = ?";
    perReviewer = stmt(
      client,
      `SELECT u.id AS id, count(*) AS n
       FROM users u CROSS JOIN dash_open_claims o INDEXED BY dash_open_claims_assignee_idx
       WHERE o.assignee_id = u.id AND o.article_created_at >= ? AND o.article_created_at < ?${lang}${only}
       GROUP BY u.id`,
    ).all(
      f.range.startMs,
      f.range.endMs,
      ...(f.language === null ? [] : [f.language]),
      ...(f.reviewerId === null ? [] : [f.reviewerId]),
    ) as { id: number; n: number }[];
  }
  return {
    backlog: {
      buckets: AGING_BUCKETS.map((b) => ({ key: b.key, label: b.label, minMs: b.minMs, maxMs: b.maxMs })),
      unreviewed: n.slice(0, 4),
      needsSource: n.slice(4, 8),
      total: n.slice(0, 8).reduce((a, b) => a + b, 0),
      unassigned: n[8],
    },
    openByReviewer: new Map(perReviewer.map((r) => [r.id, r.n])),
  };
}

type VerdictDayRow = { day: number; status: string; n: number; reused: number };
type VerdictActorRow = { actor_id: number; verdicts: number; disputed: number; reused: number };

/** Verdicts per day and status, and per reviewer. */
function verdictFigures(client: Database.Database, f: Resolved): { perDay: VerdictDayRow[]; perActor: VerdictActorRow[] } {
  const sums = `sum(v.n) AS n, sum(CASE WHEN v.reused THEN v.n ELSE 0 END) AS reused`;
  const actorSums = `sum(v.n) AS verdicts, sum(CASE WHEN v.status = 'disputed' THEN v.n ELSE 0 END) AS disputed,
    sum(CASE WHEN v.reused THEN v.n ELSE 0 END) AS reused`;
  if (f.articleId !== null) {
    // One article: aggregate its events directly (the same definition as the summary's).
    const src = `(${verdictDailySelect("c.article_id = ?")})`;
    const scope = activityScope(f, "v");
    return {
      perDay: stmt(client, `SELECT v.day AS day, v.status AS status, ${sums} FROM ${src} v WHERE ${scope.sql} GROUP BY v.day, v.status`).all(
        f.articleId,
        ...scope.params,
      ) as VerdictDayRow[],
      perActor: stmt(client, `SELECT v.actor_id AS actor_id, ${actorSums} FROM ${src} v WHERE ${scope.sql} GROUP BY v.actor_id`).all(
        f.articleId,
        ...scope.params,
      ) as VerdictActorRow[],
    };
  }
  // The primary key (day, status, …) streams the per-day groups; the actor index the per-reviewer ones.
  const scope = activityScope(f, "v");
  const actorScope = activityScope(f, "v", false);
  const only = f.reviewerId === null ? "" : " AND u.id = ?";
  return {
    perDay: stmt(client, `SELECT v.day AS day, v.status AS status, ${sums} FROM dash_verdict_daily v WHERE ${scope.sql} GROUP BY v.day, v.status`).all(
      ...scope.params,
    ) as VerdictDayRow[],
    perActor: stmt(
      client,
      `SELECT u.id AS actor_id, ${actorSums}
       FROM users u CROSS JOIN dash_verdict_daily v INDEXED BY dash_verdict_daily_actor_idx
       WHERE v.actor_id = u.id AND ${actorScope.sql}${only}
       GROUP BY u.id`,
    ).all(...actorScope.params, ...(f.reviewerId === null ? [] : [f.reviewerId])) as VerdictActorRow[],
  };
}

/** Time-to-first-verdict histogram per reviewer, as (actor_id, bucket, n) rows. */
function ttvFigures(client: Database.Database, f: Resolved): { actor_id: number; bucket: number; n: number }[] {
  if (f.articleId !== null) {
    const scope = activityScope(f, "t");
    return stmt(
      client,
      `SELECT t.actor_id AS actor_id, t.bucket AS bucket, sum(t.n) AS n FROM (${ttvDailySelect("c.article_id = ?")}) t
       WHERE ${scope.sql} GROUP BY t.actor_id, t.bucket`,
    ).all(f.articleId, ...scope.params) as { actor_id: number; bucket: number; n: number }[];
  }
  // Reviewer × bucket in key order, one primary-key range seek each over the days: grouped without a sort.
  // Actor 0 (a first verdict with no known reviewer) is not a user, so it gets its own small query.
  const scope = activityScope(f, "t", false);
  const only = f.reviewerId === null ? "" : " AND u.id = ?";
  const byUser = stmt(
    client,
    `SELECT u.id AS actor_id, b.bucket AS bucket, sum(t.n) AS n
     FROM users u CROSS JOIN dash_ttv_buckets b CROSS JOIN dash_ttv_daily t
     WHERE t.actor_id = u.id AND t.bucket = b.bucket AND ${scope.sql}${only}
     GROUP BY u.id, b.lo_ms`,
  ).all(...scope.params, ...(f.reviewerId === null ? [] : [f.reviewerId])) as { actor_id: number; bucket: number; n: number }[];
  if (f.reviewerId !== null && f.reviewerId !== 0) return byUser;
  const unknown = stmt(
    client,
    `SELECT 0 AS actor_id, t.bucket AS bucket, sum(t.n) AS n FROM dash_ttv_daily t WHERE t.actor_id = 0 AND ${scope.sql} GROUP BY t.bucket`,
  ).all(...scope.params) as { actor_id: number; bucket: number; n: number }[];
  return unknown.length ? byUser.concat(unknown) : byUser;
}

function compute(client: Database.Database, f: Resolved, now: number): DashboardData {
  const { range, ...publicFilters } = f;

  const selectedArticle =
    f.articleId === null
      ? null
      : ((stmt(client, "SELECT id, title FROM articles WHERE id = ?").get(f.articleId) as { id: number; title: string } | undefined) ??
        null);

  const totals = snapshotTotals(client, f);
  const pages = Math.max(1, Math.ceil(totals.articles / ARTICLE_PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const rows = articlePage(client, f, (page - 1) * ARTICLE_PAGE_SIZE, now);
  const { backlog, openByReviewer } = backlogFigures(client, f, now);
  const { perDay, perActor } = verdictFigures(client, f);
  const ttvRows = ttvFigures(client, f);

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
  const users = stmt(client, "SELECT id, name FROM users ORDER BY name COLLATE NOCASE, id").all() as { id: number; name: string }[];
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
      shareVerified: share(withVerdict, totals.checkworthy),
      verdicts: throughputTotals.total,
      reusedVerdicts: reusedTotal,
    },
    articles: { total: totals.articles, page, pageSize: ARTICLE_PAGE_SIZE, pages, rows },
    backlog,
    throughput: { days, totals: throughputTotals, reused: reusedTotal },
    timeToVerdict: { ...ttvOf(mergeHistograms(histByActor.values())), method: TTV_METHOD },
    reviewers,
    reviewerOptions: users,
  };
}

// ---------------------------------------------------------------------------------------
// Summary tables: definitions from scratch (the migration's triggers maintain them)
// ---------------------------------------------------------------------------------------

export const DASHBOARD_SUMMARY_TABLES = [
  "dash_article_stats",
  "dash_assignee_stats",
  "dash_open_claims",
  "dash_verdict_daily",
  "dash_first_verdicts",
  "dash_ttv_daily",
] as const;

/** `CAST(x / 86400000 AS INTEGER)`: the UTC day number, also for REAL timestamps. */
export const dayOf = (expr: string) => `CAST(${expr} / 86400000 AS INTEGER)`;

/** Histogram bucket of a duration, looked up in dash_ttv_buckets (see lib/dashboard/ttv-buckets.ts). */
export const bucketOf = (durationExpr: string) =>
  `(SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, ${durationExpr}) ORDER BY b.lo_ms DESC LIMIT 1)`;

/** First verdict's reviewer: the earliest verdict/reused event, else the claim's verdict_by, else 0. */
export const firstVerdictActorOf = (claim: string) =>
  `coalesce((SELECT e.actor_id FROM claim_events e WHERE e.claim_id = ${claim}.id AND e.kind IN ('verdict', 'reused') ORDER BY e.at, e.id LIMIT 1), ${claim}.verdict_by, 0)`;

/**
 * Per-article snapshot of live claims: counts by status over check-worthy claims, the oldest
 * unreviewed check-worthy claim, and the last activity (latest event on a live claim, or the
 * article's creation). `articleFilter` restricts to some articles (`a.id = ?`), or "1".
 */
export function articleStatsSelect(articleFilter = "1"): string {
  return `SELECT a.id, a.created_at, a.title, a.language,
    coalesce(s.claims, 0), coalesce(s.checkworthy, 0), coalesce(s.unreviewed, 0), coalesce(s.supported, 0),
    coalesce(s.disputed, 0), coalesce(s.needs_source, 0), s.oldest_unreviewed_at,
    max(a.created_at, coalesce(s.last_event_at, a.created_at))
  FROM articles a
  LEFT JOIN (
    SELECT c.article_id,
      count(*) AS claims,
      sum(c.checkworthy = 1) AS checkworthy,
      sum(c.checkworthy = 1 AND c.status = 'unreviewed') AS unreviewed,
      sum(c.checkworthy = 1 AND c.status = 'supported') AS supported,
      sum(c.checkworthy = 1 AND c.status = 'disputed') AS disputed,
      sum(c.checkworthy = 1 AND c.status = 'needs_source') AS needs_source,
      min(CASE WHEN c.checkworthy = 1 AND c.status = 'unreviewed' THEN c.created_at END) AS oldest_unreviewed_at,
      max((SELECT max(e.at) FROM claim_events e WHERE e.claim_id = c.id)) AS last_event_at
    FROM claims c
    WHERE c.deleted_at IS NULL
    GROUP BY c.article_id
  ) s ON s.article_id = a.id
  WHERE ${articleFilter}`;
}

/** Per reviewer and article: the live claims assigned to them, counted like articleStatsSelect. */
export function assigneeStatsSelect(claimFilter = "1"): string {
  return `SELECT c.assignee_id, a.created_at, c.article_id, a.language,
    count(*), sum(c.checkworthy = 1),
    sum(c.checkworthy = 1 AND c.status = 'unreviewed'), sum(c.checkworthy = 1 AND c.status = 'supported'),
    sum(c.checkworthy = 1 AND c.status = 'disputed'), sum(c.checkworthy = 1 AND c.status = 'needs_source'),
    min(CASE WHEN c.checkworthy = 1 AND c.status = 'unreviewed' THEN c.created_at END)
  FROM claims c JOIN articles a ON a.id = c.article_id
  WHERE c.deleted_at IS NULL AND c.assignee_id IS NOT NULL AND ${claimFilter}
  GROUP BY c.assignee_id, c.article_id`;
}

/** Live check-worthy claims still waiting for work (unreviewed or needs a source). */
export function openClaimsSelect(claimFilter = "1"): string {
  return `SELECT c.id, c.article_id, a.created_at, a.language, c.assignee_id, c.status, c.created_at
  FROM claims c JOIN articles a ON a.id = c.article_id
  WHERE c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status IN ('unreviewed', 'needs_source') AND ${claimFilter}`;
}

/** Verdicts (kinds verdict and reused) on live claims, per UTC day, reviewer, language, status. */
export function verdictDailySelect(claimFilter = "1"): string {
  return `SELECT ${dayOf("e.at")} AS day, e.actor_id AS actor_id, a.language AS language,
      coalesce(e.to_status, '') AS status, e.kind = 'reused' AS reused, count(*) AS n
    FROM claims c
    JOIN claim_events e ON e.claim_id = c.id
    JOIN articles a ON a.id = c.article_id
    WHERE c.deleted_at IS NULL AND e.kind IN ('verdict', 'reused') AND ${claimFilter}
    GROUP BY 1, 2, 3, 4, 5`;
}

export function firstVerdictsSelect(claimFilter = "1"): string {
  return `SELECT c.id, ${firstVerdictActorOf("c")} FROM claims c WHERE c.first_verdict_at IS NOT NULL AND ${claimFilter}`;
}

/** Time-to-first-verdict histogram of live claims, per UTC day of the first verdict. */
export function ttvDailySelect(claimFilter = "1"): string {
  return `SELECT ${dayOf("c.first_verdict_at")} AS day, f.actor_id AS actor_id, a.language AS language,
      ${bucketOf("c.first_verdict_at - c.created_at")} AS bucket, count(*) AS n
    FROM claims c
    JOIN dash_first_verdicts f ON f.claim_id = c.id
    JOIN articles a ON a.id = c.article_id
    WHERE c.deleted_at IS NULL AND c.first_verdict_at IS NOT NULL AND ${claimFilter}
    GROUP BY 1, 2, 3, 4`;
}

/** Statements that empty and refill every summary table from the base tables. */
export const DASHBOARD_REBUILD_SQL: readonly string[] = [
  ...DASHBOARD_SUMMARY_TABLES.map((t) => `DELETE FROM ${t}`),
  `INSERT INTO dash_article_stats (article_id, created_at, title, language, claims, checkworthy, unreviewed, supported, disputed, needs_source, oldest_unreviewed_at, last_activity_at)
  ${articleStatsSelect()}`,
  `INSERT INTO dash_assignee_stats (assignee_id, created_at, article_id, language, claims, checkworthy, unreviewed, supported, disputed, needs_source, oldest_unreviewed_at)
  ${assigneeStatsSelect()}`,
  `INSERT INTO dash_open_claims (claim_id, article_id, article_created_at, language, assignee_id, status, created_at)
  ${openClaimsSelect()}`,
  `INSERT INTO dash_verdict_daily (day, actor_id, language, status, reused, n)
  ${verdictDailySelect()}`,
  `INSERT INTO dash_first_verdicts (claim_id, actor_id)
  ${firstVerdictsSelect()}`,
  `INSERT INTO dash_ttv_daily (day, actor_id, language, bucket, n)
  ${ttvDailySelect()}`,
];

function clientOf(db: Db | Database.Database): Database.Database {
  return "$client" in db ? db.$client : db;
}

/** Recomputes every summary from scratch, in one transaction. */
export function rebuildDashboardSummaries(db: Db | Database.Database): void {
  const client = clientOf(db);
  client.transaction(() => {
    for (const statement of DASHBOARD_REBUILD_SQL) client.exec(statement);
  })();
}

/** Rows of every summary table in a stable order, without zero counts; for consistency checks. */
export function dumpDashboardSummaries(db: Db | Database.Database): Record<string, unknown[]> {
  const client = clientOf(db);
  const order: Record<(typeof DASHBOARD_SUMMARY_TABLES)[number], string> = {
    dash_article_stats: "SELECT * FROM dash_article_stats ORDER BY article_id",
    dash_assignee_stats: "SELECT * FROM dash_assignee_stats ORDER BY assignee_id, article_id",
    dash_open_claims: "SELECT * FROM dash_open_claims ORDER BY claim_id",
    dash_verdict_daily: "SELECT * FROM dash_verdict_daily WHERE n <> 0 ORDER BY day, status, actor_id, language, reused",
    dash_first_verdicts: "SELECT * FROM dash_first_verdicts ORDER BY claim_id",
    dash_ttv_daily: "SELECT * FROM dash_ttv_daily WHERE n <> 0 ORDER BY actor_id, bucket, day, language",
  };
  return Object.fromEntries(DASHBOARD_SUMMARY_TABLES.map((t) => [t, client.prepare(order[t]).all()]));
}
