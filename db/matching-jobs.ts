import { sqlGet, sqlRun } from "./sql";
import type { Conn, Tx } from "./transaction";

/**
 * The lease rows of running matching jobs (`matching_jobs`). Every function here runs inside the
 * caller's write transaction where it writes, so taking, refreshing and dropping a lease are
 * atomic with the slice of work they guard.
 */
export type MatchingLease = { owner: string; heartbeatAt: number };

export function matchingLease(db: Conn, articleId: number): MatchingLease | undefined {
  return sqlGet<MatchingLease>(db, "SELECT owner, heartbeat_at AS heartbeatAt FROM matching_jobs WHERE article_id = ?", articleId);
}

/**
 * Takes the article's lease for `owner`, or refreshes it when `owner` holds it already, unless
 * another owner holds one refreshed after `staleBefore`. Returns whether `owner` now holds it.
 */
export function takeMatchingLease(tx: Tx, articleId: number, owner: string, now: number, staleBefore: number): boolean {
  const held = matchingLease(tx, articleId);
  if (held && held.owner !== owner && held.heartbeatAt >= staleBefore) return false;
  sqlRun(
    tx,
    `INSERT INTO matching_jobs (article_id, owner, heartbeat_at) VALUES (?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET owner = excluded.owner, heartbeat_at = excluded.heartbeat_at`,
    articleId,
    owner,
    now,
  );
  return true;
}

export function dropMatchingLease(tx: Tx, articleId: number, owner: string): void {
  sqlRun(tx, "DELETE FROM matching_jobs WHERE article_id = ? AND owner = ?", articleId, owner);
}
