import Database from "better-sqlite3";
import { z } from "zod";
import type { Db } from "../connection";
import { CLAIM_STATUSES, type ClaimStatus, type Language } from "@/lib/vocabulary";
import { DAY_MS, utcDayOfIsoDay } from "@/lib/vocabulary";
import type { ArticleReport, BulkClaimRow, ReportClaim, ReportEvidence } from "@/lib/export";

/**
 * Reads for the exports (lib/export formats them). Everything here is plain SQL on the
 * better-sqlite3 client: the bulk export must stream one cursor, and the per-article report
 * is three small indexed queries. Retired claims (deleted_at set) never appear.
 */

type Client = Database.Database;
const clientOf = (db: Db | Client): Client => ("$client" in db ? db.$client : db);
const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

/**
 * The current verdict's note: that of the latest verdict/reused event. A reset claim has no
 * current verdict, so its old note is not shown (the history keeps it).
 */
const NOTE_SQL = `CASE WHEN c.status = 'unreviewed' THEN NULL ELSE (
  SELECT e.note FROM claim_events e
  WHERE e.claim_id = c.id AND e.kind IN ('verdict', 'reused')
  ORDER BY e.at DESC, e.id DESC LIMIT 1) END`;

export type ReportOptions = {
  verifiedOnly: boolean;
  generatedAt?: Date;
  organization: { name: string; url: string };
  reportUrl: string | null;
};

type ArticleRow = { id: number; title: string; byline: string | null; sourceUrl: string | null; publishedAt: string | null; language: Language };
type ClaimRow = {
  id: number; start: number; end: number; text: string; score: number; checkworthy: number; status: ClaimStatus;
  note: string | null; reviewerName: string | null; verdictAt: number | null;
};
type EvidenceRow = { claimId: number; url: string; title: string; quote: string; addedByName: string; addedAt: number };
type HistoryRow = { changes: number; lastAt: number | null; lastBy: string | null };

/**
 * The article's verification report, or null when there is no such article. Claims are the live
 * ones in article order (only those with a verdict when `verifiedOnly`); the history summary
 * counts every event after creation on any of the article's claims, retired ones included,
 * since retiring a claim is itself a change to the review.
 */
export function loadArticleReport(db: Db, articleId: number, options: ReportOptions): ArticleReport | null {
  const client = db.$client;
  const article = client
    .prepare(`SELECT id, title, byline, source_url AS sourceUrl, published_at AS publishedAt, language FROM articles WHERE id = ?`)
    .get(articleId) as ArticleRow | undefined;
  if (!article) return null;

  const claimRows = client
    .prepare(
      `SELECT c.id, c.start, c."end" AS "end", c.text, c.score, c.checkworthy, c.status,
         ${NOTE_SQL} AS note, u.name AS reviewerName, c.verdict_at AS verdictAt
       FROM claims c LEFT JOIN users u ON u.id = c.verdict_by
       WHERE c.article_id = ? AND c.deleted_at IS NULL ${options.verifiedOnly ? "AND c.status <> 'unreviewed'" : ""}
       ORDER BY c.start, c."end", c.id`,
    )
    .all(articleId) as ClaimRow[];

  const evidenceRows = client
    .prepare(
      `SELECT v.claim_id AS claimId, v.url, v.title, v.quote, u.name AS addedByName, v.added_at AS addedAt
       FROM evidence v JOIN claims c ON c.id = v.claim_id JOIN users u ON u.id = v.added_by
       WHERE c.article_id = ? AND c.deleted_at IS NULL
       ORDER BY v.added_at, v.id`,
    )
    .all(articleId) as EvidenceRow[];
  const evidenceByClaim = new Map<number, ReportEvidence[]>();
  for (const e of evidenceRows) {
    const list = evidenceByClaim.get(e.claimId) ?? [];
    list.push({ url: e.url, title: e.title, quote: e.quote, addedByName: e.addedByName, addedAt: new Date(e.addedAt) });
    evidenceByClaim.set(e.claimId, list);
  }

  const history = client
    .prepare(
      `WITH ev AS (
         SELECT e.id, e.at, e.actor_id FROM claim_events e JOIN claims c ON c.id = e.claim_id
         WHERE c.article_id = ? AND e.kind <> 'created')
       SELECT (SELECT count(*) FROM ev) AS changes, last.at AS lastAt, u.name AS lastBy
       FROM (SELECT 1) LEFT JOIN (SELECT at, actor_id FROM ev ORDER BY at DESC, id DESC LIMIT 1) last ON 1
       LEFT JOIN users u ON u.id = last.actor_id`,
    )
    .get(articleId) as HistoryRow;

  const claims: ReportClaim[] = claimRows.map((c) => ({
    id: c.id,
    start: c.start,
    end: c.end,
    text: c.text,
    score: c.score,
    checkworthy: c.checkworthy === 1,
    status: c.status,
    note: c.note,
    reviewerName: c.reviewerName,
    verdictAt: date(c.verdictAt),
    evidence: evidenceByClaim.get(c.id) ?? [],
  }));

  return {
    article,
    claims,
    history: { changes: history.changes, lastChangeAt: date(history.lastAt), lastChangeBy: history.lastBy },
    generatedAt: options.generatedAt ?? new Date(),
    options: { verifiedOnly: options.verifiedOnly },
    organization: options.organization,
    reportUrl: options.reportUrl,
  };
}

// ---------------------------------------------------------------------------------------
// Bulk export
// ---------------------------------------------------------------------------------------

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

type BulkRaw = Omit<BulkClaimRow, "checkworthy" | "verdictAt" | "createdAt" | "updatedAt"> & {
  checkworthy: number;
  verdictAt: number | null;
  createdAt: number;
  updatedAt: number;
};

/**
 * One statement for the whole export, so it can stream. Creation order (not id order) lets a
 * date-range export walk claims_created_at_idx with no sort before the first row; the note and
 * evidence count are correlated subqueries on indexed columns.
 */
function bulkSql(where: string): string {
  return `SELECT c.id AS claimId, c.article_id AS articleId, a.title AS articleTitle, a.source_url AS articleUrl,
      a.language AS language, c.start AS start, c."end" AS "end", c.text AS text, c.score AS score,
      c.checkworthy AS checkworthy, c.status AS status, ${NOTE_SQL} AS note, u.name AS reviewerName,
      c.verdict_at AS verdictAt, (SELECT count(*) FROM evidence v WHERE v.claim_id = c.id) AS evidenceCount,
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
export function* iterateBulkRows(db: Db | Client, filters: BulkFilters = {}): Generator<BulkClaimRow, void, undefined> {
  const { sql, params } = whereClause(filters);
  const statement = clientOf(db).prepare(bulkSql(sql));
  for (const r of statement.iterate(params) as IterableIterator<BulkRaw>) {
    yield {
      claimId: r.claimId,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      articleUrl: r.articleUrl,
      language: r.language,
      start: r.start,
      end: r.end,
      text: r.text,
      score: r.score,
      checkworthy: r.checkworthy === 1,
      status: r.status,
      note: r.note,
      reviewerName: r.reviewerName,
      verdictAt: date(r.verdictAt),
      createdAt: new Date(r.createdAt),
      updatedAt: new Date(r.updatedAt),
      evidenceCount: r.evidenceCount,
    };
  }
}

/** How many rows iterateBulkRows will yield for these filters (for progress). */
export function bulkRowCount(db: Db | Client, filters: BulkFilters = {}): number {
  const { sql, params } = whereClause(filters);
  return (clientOf(db).prepare(`SELECT count(*) AS n FROM claims c WHERE ${sql}`).get(params) as { n: number }).n;
}

/**
 * iterateBulkRows on a private read-only connection to the database file, opened on the first
 * `next()` and closed when the iteration ends, fails or is abandoned (return()). A long export
 * then neither blocks nor is blocked by the app's own connection. If iteration never starts,
 * no connection is opened.
 */
export function* streamBulkRows(file: string, filters: BulkFilters = {}): Generator<BulkClaimRow, void, undefined> {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  try {
    client.pragma("busy_timeout = 5000");
    yield* iterateBulkRows(client, filters);
  } finally {
    client.close();
  }
}

// ---------------------------------------------------------------------------------------
// Bulk filters from a query string or the command line
// ---------------------------------------------------------------------------------------

/** Forms send "" for untouched fields: treat it as absent. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const day = (what: string) =>
  z.preprocess(blank, z.string().refine((v) => utcDayOfIsoDay(v) !== null, `${what} must be a real date written as YYYY-MM-DD.`).optional());

export const BULK_FORMATS = ["csv", "json"] as const;
export type BulkFormat = (typeof BULK_FORMATS)[number];

export const bulkQuerySchema = z
  .object({
    format: z.preprocess(blank, z.enum(BULK_FORMATS, { error: 'format must be "csv" or "json".' }).default("csv")),
    from: day("from"),
    to: day("to"),
    status: z.preprocess(blank, z.enum(CLAIM_STATUSES, { error: `status must be one of: ${CLAIM_STATUSES.join(", ")}.` }).optional()),
    articleId: z.preprocess(
      blank,
      z.coerce.number({ error: "articleId must be a positive whole number." }).int("articleId must be a positive whole number.").positive("articleId must be a positive whole number.").max(Number.MAX_SAFE_INTEGER).optional(),
    ),
    bom: z.preprocess(blank, z.enum(["0", "1"], { error: 'bom must be "0" or "1".' }).optional()),
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: "The start date (from) is after the end date (to).", path: ["from"] });

export type BulkQuery = z.output<typeof bulkQuerySchema>;

/** Whole UTC days: `from` at 00:00:00.000 and `to` through 23:59:59.999. */
export function bulkFiltersOf(q: Pick<BulkQuery, "from" | "to" | "status" | "articleId">): BulkFilters {
  const dayStart = (iso: string) => utcDayOfIsoDay(iso)! * DAY_MS;
  return {
    from: q.from ? new Date(dayStart(q.from)) : undefined,
    to: q.to ? new Date(dayStart(q.to) + DAY_MS - 1) : undefined,
    status: q.status,
    articleId: q.articleId,
  };
}
