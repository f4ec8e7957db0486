/**
 * Claims that need attention beyond the backlog: those whose text changed in a new article version
 * since their verdict. Read from the claims table through partial indexes that hold only such
 * claims, so the count stays small whatever the size of the desk.
 */
import type Database from "better-sqlite3";
import { prepared } from "../sql";
import type { DashboardQuery } from "./read";
import { and, snapshotScope, type Fragment } from "./scope";

export type AttentionCounts = { changedSinceVerdict: number };

export function attentionCounts(client: Database.Database, f: DashboardQuery): AttentionCounts {
  const scope = snapshotScope(f, "a", "created_at");
  const reviewer: Fragment = f.reviewerId === null ? { sql: "1", params: [] } : { sql: "c.assignee_id = ?", params: [f.reviewerId] };
  const where = and(scope, reviewer);
  const row = prepared(
    client,
    `SELECT count(*) AS changed FROM claims c INDEXED BY claims_needs_recheck_idx
       JOIN articles a ON a.id = c.article_id
      WHERE c.needs_recheck = 1 AND c.deleted_at IS NULL AND ${where.sql.replace(/\ba\.article_id\b/g, "a.id")}`,
  ).get(...where.params) as { changed: number };
  return { changedSinceVerdict: row.changed };
}
