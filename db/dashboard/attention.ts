/**
 * What needs a lead's attention beyond the backlog: claims whose text changed since their verdict,
 * verdicts waiting for a second reviewer, overdue source requests, and published reports whose
 * verdicts changed since. Claims are read through partial indexes that hold only such claims, and
 * reports through the publications table (one row per published version), so the reads stay
 * small whatever the size of the desk.
 *
 * The claim counts other than "changed since verdict" ignore the date range: a verdict waiting
 * for confirmation or a source overdue needs doing whenever its article was added.
 */
import type Database from "better-sqlite3";
import { VERDICT_CHANGING_KINDS_SQL } from "../publications";
import { prepared } from "../sql";
import type { DashboardQuery } from "./read";
import { and, snapshotScope, type Fragment } from "./scope";

export type OverdueSource = { claimId: number; articleId: number; articleTitle: string; text: string; ownerName: string | null; dueAt: number };

export type AttentionCounts = {
  changedSinceVerdict: number;
  awaitingConfirmation: number;
  overdueSources: number;
  published: number;
  changedSincePublished: number;
  /** The most overdue first, at most OVERDUE_LIST. */
  overdue: OverdueSource[];
};

export const OVERDUE_LIST = 10;

const articleOnly = (f: DashboardQuery): Fragment => {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.articleId !== null) (parts.push("a.id = ?"), params.push(f.articleId));
  if (f.language !== null) (parts.push("a.language = ?"), params.push(f.language));
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
};

export function attentionCounts(client: Database.Database, f: DashboardQuery, todayStartMs: number): AttentionCounts {
  const reviewer = (column: string): Fragment => (f.reviewerId === null ? { sql: "1", params: [] } : { sql: `c.${column} = ?`, params: [f.reviewerId] });
  const inRange = and(snapshotScope(f, "a", "created_at"), reviewer("assignee_id"));
  const changed = prepared(
    client,
    `SELECT count(*) AS n FROM claims c INDEXED BY claims_needs_recheck_idx
       JOIN articles a ON a.id = c.article_id
      WHERE c.needs_recheck = 1 AND c.deleted_at IS NULL AND ${inRange.sql.replace(/\ba\.article_id\b/g, "a.id")}`,
  ).get(...inRange.params) as { n: number };

  const awaitingScope = and(articleOnly(f), reviewer("assignee_id"));
  const awaiting = prepared(
    client,
    `SELECT count(*) AS n FROM claims c INDEXED BY claims_awaiting_idx JOIN articles a ON a.id = c.article_id
      WHERE c.awaiting_confirmation = 1 AND c.deleted_at IS NULL AND ${awaitingScope.sql}`,
  ).get(...awaitingScope.params) as { n: number };

  const overdueScope = and(articleOnly(f), reviewer("source_owner_id"));
  const overdueWhere = `c.status = 'needs_source' AND c.source_due_at IS NOT NULL AND c.deleted_at IS NULL AND c.source_due_at < ? AND ${overdueScope.sql}`;
  const overdueCount = prepared(client, `SELECT count(*) AS n FROM claims c INDEXED BY claims_source_due_idx JOIN articles a ON a.id = c.article_id WHERE ${overdueWhere}`)
    .get(todayStartMs, ...overdueScope.params) as { n: number };
  const overdue = prepared(
    client,
    `SELECT c.id AS claimId, a.id AS articleId, a.title AS articleTitle, c.text, u.name AS ownerName, c.source_due_at AS dueAt
       FROM claims c INDEXED BY claims_source_due_idx JOIN articles a ON a.id = c.article_id LEFT JOIN users u ON u.id = c.source_owner_id
      WHERE ${overdueWhere} ORDER BY c.source_due_at, c.id LIMIT ${OVERDUE_LIST}`,
  ).all(todayStartMs, ...overdueScope.params) as OverdueSource[];

  // Reports: only articles whose newest publication is not withdrawn.
  const reportScope = articleOnly(f);
  const reports = prepared(
    client,
    `WITH latest AS (SELECT article_id, max(published_at) AS at FROM publications GROUP BY article_id)
     SELECT count(*) AS published,
            coalesce(sum(EXISTS (SELECT 1 FROM claims c JOIN claim_events e ON e.claim_id = c.id
                        WHERE c.article_id = latest.article_id AND e.at > latest.at AND e.kind IN ${VERDICT_CHANGING_KINDS_SQL})), 0) AS changed
       FROM latest JOIN articles a ON a.id = latest.article_id
      WHERE NOT EXISTS (SELECT 1 FROM report_withdrawals w WHERE w.article_id = latest.article_id AND w.withdrawn_at >= latest.at)
        AND ${reportScope.sql}`,
  ).get(...reportScope.params) as { published: number; changed: number };

  return {
    changedSinceVerdict: changed.n,
    awaitingConfirmation: awaiting.n,
    overdueSources: overdueCount.n,
    published: reports.published,
    changedSincePublished: reports.changed,
    overdue,
  };
}
