/**
 * Activity figures of the dashboard: the backlog by age, verdicts per day and reviewer, and the
 * time-to-first-verdict histogram. Queries follow index order so SQLite never sorts large inputs.
 */
import type Database from "better-sqlite3";
import { AGING_BUCKETS, agingCutoffs } from "@/lib/dashboard";
import { prepared } from "../sql";
import type { DashboardQuery } from "./read";
import { activityScope, and, snapshotScope, type Fragment } from "./scope";
import { ttvDailySelect, verdictDailySelect } from "./summaries";

type Resolved = DashboardQuery;

/** Backlog aging (one pass, no grouping) and open assignments per reviewer (index order, no sort). */
export function backlogFigures(client: Database.Database, f: Resolved, now: number) {
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
  const n = prepared(client, `SELECT ${counts.join(",\n  ")}`).raw(true).get(...params) as number[];

  let perReviewer: { id: number; n: number }[];
  if (f.articleId !== null) {
    perReviewer = prepared(
      client,
      `SELECT o.assignee_id AS id, count(*) AS n FROM dash_open_claims o
       WHERE ${where.sql} AND o.assignee_id IS NOT NULL GROUP BY o.assignee_id`,
    ).all(...where.params) as { id: number; n: number }[];
  } else {
    // users in rowid order drive an index seek per reviewer: grouped output without a sort.
    const lang = f.language === null ? "" : " AND o.language = ?";
    const only = f.reviewerId === null ? "" : " AND u.id = ?";
    perReviewer = prepared(
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

export type VerdictDayRow = { day: number; status: string; n: number; reused: number };
export type VerdictActorRow = { actor_id: number; verdicts: number; disputed: number; reused: number };

/** Verdicts per day and status, and per reviewer. */
export function verdictFigures(client: Database.Database, f: Resolved): { perDay: VerdictDayRow[]; perActor: VerdictActorRow[] } {
  const sums = `sum(v.n) AS n, sum(CASE WHEN v.reused THEN v.n ELSE 0 END) AS reused`;
  const actorSums = `sum(v.n) AS verdicts, sum(CASE WHEN v.status = 'disputed' THEN v.n ELSE 0 END) AS disputed,
    sum(CASE WHEN v.reused THEN v.n ELSE 0 END) AS reused`;
  if (f.articleId !== null) {
    // One article: aggregate its events directly (the same definition as the summary's).
    const src = `(${verdictDailySelect("c.article_id = ?")})`;
    const scope = activityScope(f, "v");
    return {
      perDay: prepared(client, `SELECT v.day AS day, v.status AS status, ${sums} FROM ${src} v WHERE ${scope.sql} GROUP BY v.day, v.status`).all(
        f.articleId,
        ...scope.params,
      ) as VerdictDayRow[],
      perActor: prepared(client, `SELECT v.actor_id AS actor_id, ${actorSums} FROM ${src} v WHERE ${scope.sql} GROUP BY v.actor_id`).all(
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
    perDay: prepared(client, `SELECT v.day AS day, v.status AS status, ${sums} FROM dash_verdict_daily v WHERE ${scope.sql} GROUP BY v.day, v.status`).all(
      ...scope.params,
    ) as VerdictDayRow[],
    perActor: prepared(
      client,
      `SELECT u.id AS actor_id, ${actorSums}
       FROM users u CROSS JOIN dash_verdict_daily v INDEXED BY dash_verdict_daily_actor_idx
       WHERE v.actor_id = u.id AND ${actorScope.sql}${only}
       GROUP BY u.id`,
    ).all(...actorScope.params, ...(f.reviewerId === null ? [] : [f.reviewerId])) as VerdictActorRow[],
  };
}

/** Time-to-first-verdict histogram per reviewer, as (actor_id, bucket, n) rows. */
export function ttvFigures(client: Database.Database, f: Resolved): { actor_id: number; bucket: number; n: number }[] {
  if (f.articleId !== null) {
    const scope = activityScope(f, "t");
    return prepared(
      client,
      `SELECT t.actor_id AS actor_id, t.bucket AS bucket, sum(t.n) AS n FROM (${ttvDailySelect("c.article_id = ?")}) t
       WHERE ${scope.sql} GROUP BY t.actor_id, t.bucket`,
    ).all(f.articleId, ...scope.params) as { actor_id: number; bucket: number; n: number }[];
  }
  // Reviewer × bucket in key order, one primary-key range seek each over the days: grouped without a sort.
  // Actor 0 (a first verdict with no known reviewer) is not a user, so it gets its own small query.
  const scope = activityScope(f, "t", false);
  const only = f.reviewerId === null ? "" : " AND u.id = ?";
  const byUser = prepared(
    client,
    `SELECT u.id AS actor_id, b.bucket AS bucket, sum(t.n) AS n
     FROM users u CROSS JOIN dash_ttv_buckets b CROSS JOIN dash_ttv_daily t
     WHERE t.actor_id = u.id AND t.bucket = b.bucket AND ${scope.sql}${only}
     GROUP BY u.id, b.lo_ms`,
  ).all(...scope.params, ...(f.reviewerId === null ? [] : [f.reviewerId])) as { actor_id: number; bucket: number; n: number }[];
  if (f.reviewerId !== null && f.reviewerId !== 0) return byUser;
  const unknown = prepared(
    client,
    `SELECT 0 AS actor_id, t.bucket AS bucket, sum(t.n) AS n FROM dash_ttv_daily t WHERE t.actor_id = 0 AND ${scope.sql} GROUP BY t.bucket`,
  ).all(...scope.params) as { actor_id: number; bucket: number; n: number }[];
  return unknown.length ? byUser.concat(unknown) : byUser;
}


