/**
 * Lead dashboard summary tables: their definitions from scratch (the migration's triggers
 * maintain them row by row). Every dashboard figure is a SQL aggregate over them; no claim or
 * event rows are loaded into JS.
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
 */
import { CLAIM_STATUSES } from "@/lib/vocabulary";
import { clientOf, prepared, type SqlSource } from "../sql";

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
 * The counts both per-article and per-assignee summaries keep, over claims `c`: all claims,
 * check-worthy ones, check-worthy ones by status (one column per status, named after it) and
 * the oldest unreviewed check-worthy claim. Named columns, in the summary tables' order.
 */
const LIVE_CLAIM_COUNTS = [
  "count(*) AS claims",
  "sum(c.checkworthy = 1) AS checkworthy",
  ...CLAIM_STATUSES.map((status) => `sum(c.checkworthy = 1 AND c.status = '${status}') AS ${status}`),
  "min(CASE WHEN c.checkworthy = 1 AND c.status = 'unreviewed' THEN c.created_at END) AS oldest_unreviewed_at",
].join(", ");

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
    SELECT c.article_id, ${LIVE_CLAIM_COUNTS},
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
    ${LIVE_CLAIM_COUNTS}
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

/** Recomputes every summary from scratch, in one transaction. */
export function rebuildDashboardSummaries(db: SqlSource): void {
  const client = clientOf(db);
  client.transaction(() => {
    for (const statement of DASHBOARD_REBUILD_SQL) client.exec(statement);
  })();
}

/** Rows of every summary table in a stable order, without zero counts; for consistency checks. */
export function dumpDashboardSummaries(db: SqlSource): Record<string, unknown[]> {
  const client = clientOf(db);
  const order: Record<(typeof DASHBOARD_SUMMARY_TABLES)[number], string> = {
    dash_article_stats: "SELECT * FROM dash_article_stats ORDER BY article_id",
    dash_assignee_stats: "SELECT * FROM dash_assignee_stats ORDER BY assignee_id, article_id",
    dash_open_claims: "SELECT * FROM dash_open_claims ORDER BY claim_id",
    dash_verdict_daily: "SELECT * FROM dash_verdict_daily WHERE n <> 0 ORDER BY day, status, actor_id, language, reused",
    dash_first_verdicts: "SELECT * FROM dash_first_verdicts ORDER BY claim_id",
    dash_ttv_daily: "SELECT * FROM dash_ttv_daily WHERE n <> 0 ORDER BY actor_id, bucket, day, language",
  };
  return Object.fromEntries(DASHBOARD_SUMMARY_TABLES.map((t) => [t, prepared(client, order[t]).all()]));
}
