/** SQL fragments that scope dashboard queries to the filters (shared by snapshot and activity reads). */
import type { DashboardQuery } from "./read";

export type Fragment = { sql: string; params: unknown[] };

/** Per-article snapshot rows: all live claims, or (reviewer filter) only those assigned to the reviewer. */
export function snapshotSource(f: DashboardQuery): Fragment {
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
export function snapshotScope(f: DashboardQuery, alias: string, createdCol = "created_at"): Fragment {
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
export function activityScope(f: DashboardQuery, alias: string, withReviewer = true): Fragment {
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

export const and = (...fragments: Fragment[]): Fragment => ({
  sql: fragments.map((x) => x.sql).join(" AND "),
  params: fragments.flatMap((x) => x.params),
});
