/**
 * The bulk export's rows: one statement over every matching live claim, pulled lazily from a
 * cursor so memory stays flat for any number of rows.
 */
import { openReadOnly, type Db } from "../connection";
import type { BulkClaimRow } from "@/lib/export";
import type { ClaimStatus } from "@/lib/vocabulary";
import { prepared, sqlValue, type SqlSource } from "../sql";
import { CLAIM_FACTS_SQL, claimFactsOf, type ClaimFactsRow } from "./claim-facts";

/** `from`/`to` bound the claim's creation time, both inclusive. */
export type BulkFilters = { from?: Date; to?: Date; status?: ClaimStatus; articleId?: number };

function whereClause(filters: BulkFilters): { sql: string; params: Record<string, number | string> } {
  const parts = ["c.deleted_at IS NULL"];
  const params: Record<string, number | string> = {};
  const add = (condition: string, name: string, value: number | string | undefined) => {
    if (value === undefined) return;
    parts.push(condition);
    params[name] = value;
  };
  add("c.created_at >= @from", "from", filters.from?.getTime());
  add("c.created_at <= @to", "to", filters.to?.getTime());
  add("c.status = @status", "status", filters.status);
  add("c.article_id = @articleId", "articleId", filters.articleId);
  return { sql: parts.join(" AND "), params };
}

type BulkRaw = Omit<BulkClaimRow, keyof ClaimFactsRow | "createdAt" | "updatedAt"> &
  ClaimFactsRow & { createdAt: number; updatedAt: number };

/**
 * The claim's number in its article, as loadArticleReport counts it (its place among the
 * article's live claims in (start, end, id) order): the live claims before it, plus one. The
 * `k.start <= c.start` bound lets SQLite walk claims_article_start_idx over that range only.
 */
const NUMBER_SQL = `(SELECT count(*) FROM claims k
      WHERE k.article_id = c.article_id AND k.deleted_at IS NULL AND k.start <= c.start
        AND (k.start < c.start OR k."end" < c."end" OR (k."end" = c."end" AND k.id <= c.id)))`;

/**
 * One statement for the whole export, so it can stream. Creation order (not id order) lets a
 * date-range export walk claims_created_at_idx with no sort before the first row; the note and
 * evidence count are correlated subqueries on indexed columns.
 */
function bulkSql(where: string): string {
  return `SELECT c.id AS claimId, ${NUMBER_SQL} AS number, c.article_id AS articleId, a.title AS articleTitle, a.source_url AS articleUrl,
      a.language AS language, ${CLAIM_FACTS_SQL}, (SELECT count(*) FROM evidence v WHERE v.claim_id = c.id) AS evidenceCount,
      c.created_at AS createdAt, c.updated_at AS updatedAt
    FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN users u ON u.id = c.verdict_by
    WHERE ${where}
    ORDER BY c.created_at, c.id`;
}

/**
 * Every matching live claim as a BulkClaimRow, in creation order (then id), pulled lazily from a
 * better-sqlite3 cursor: memory stays flat for any number of rows, and stopping early
 * (break/return) closes the cursor. Nothing runs until the first `next()`.
 *
 * While the cursor is open the connection is busy: better-sqlite3 refuses every write on it
 * ("This database connection is busy executing a query"; reads still work), and the open read
 * transaction pins its WAL snapshot, so checkpoints cannot finish and the WAL grows until the
 * export ends. So never write on the same connection mid-iteration. A
 * consumer that awaits between rows (an HTTP stream) would make every other request's writes
 * fail meanwhile on a shared connection: it must use its own, see streamBulkRows.
 */
export function* iterateBulkRows(db: SqlSource, filters: BulkFilters = {}): Generator<BulkClaimRow, void, undefined> {
  const { sql, params } = whereClause(filters);
  const statement = prepared(db, bulkSql(sql));
  for (const r of statement.iterate(params) as IterableIterator<BulkRaw>) {
    yield {
      claimId: r.claimId,
      number: r.number,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      articleUrl: r.articleUrl,
      language: r.language,
      ...claimFactsOf(r),
      createdAt: new Date(r.createdAt),
      updatedAt: new Date(r.updatedAt),
      evidenceCount: r.evidenceCount,
    };
  }
}

/** How many rows iterateBulkRows will yield for these filters (for progress). */
export function bulkRowCount(db: SqlSource, filters: BulkFilters = {}): number {
  const { sql, params } = whereClause(filters);
  return sqlValue<number>(db, `SELECT count(*) AS n FROM claims c WHERE ${sql}`, params) ?? 0;
}

/**
 * iterateBulkRows on a private read-only connection to the database file (openReadOnly), opened
 * on the first `next()` and closed when the iteration ends, fails or is abandoned (return()). A
 * long export then neither blocks nor is blocked by the app's own connection. An in-memory
 * database (tests) has no file to reopen and is read directly. If iteration never starts, no
 * connection is opened.
 */
export function* streamBulkRows(db: Db, filters: BulkFilters = {}): Generator<BulkClaimRow, void, undefined> {
  const client = openReadOnly(db);
  if (!client) return yield* iterateBulkRows(db, filters);
  try {
    yield* iterateBulkRows(client, filters);
  } finally {
    client.close();
  }
}
