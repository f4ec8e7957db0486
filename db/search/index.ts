/**
 * The claim search index: SQLite FTS5 over every live claim's text, verdict notes and evidence
 * titles (`claims_fts`, migration 0004), kept in sync by triggers in the same transaction as each
 * change, whatever code path makes it.
 *
 * One row per live claim, keyed by the claim id, with four columns:
 * - text      the claim text;
 * - notes     the notes of its verdict / reused events, oldest first (one per line);
 * - evidence  the titles of its evidence, oldest first (one per line);
 * - meta      filter tokens, e.g. `sdisputed a12 len r3 r7 d20240915 m202409 y2024`: status, article,
 *             article language, reviewer (author of the current verdict and the assignee) and the
 *             claim's creation day / month / year (UTC).
 * The migration holds the same statements as below; rebuildSearchIndex recreates them.
 */
import type { Db } from "../connection";
import { sqlValue } from "../sql";

export const FTS_CREATE_SQL =
  "CREATE VIRTUAL TABLE claims_fts USING fts5(text, notes, evidence, meta, tokenize = 'unicode61 remove_diacritics 2')";
export const FTS_RANK_SQL = "INSERT INTO claims_fts (claims_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 0.0)')";

/** The meta column for claim row `c` whose article language is the SQL expression `language`. */
export function metaSql(c: string, language: string): string {
  return (
    `'s' || replace(${c}.status, '_', '') || ' a' || ${c}.article_id || ' l' || coalesce(${language}, 'none')` +
    ` || coalesce(' r' || ${c}.verdict_by, '') || coalesce(' r' || ${c}.assignee_id, '')` +
    ` || ' d' || strftime('%Y%m%d', ${c}.created_at / 1000, 'unixepoch')` +
    ` || ' m' || strftime('%Y%m', ${c}.created_at / 1000, 'unixepoch')` +
    ` || ' y' || strftime('%Y', ${c}.created_at / 1000, 'unixepoch')`
  );
}

/** Verdict notes of claim id expression `id`, oldest first. */
export function notesSql(id: string): string {
  return `coalesce((SELECT group_concat(note, char(10)) FROM (SELECT e.note AS note FROM claim_events e WHERE e.claim_id = ${id} AND e.kind IN ('verdict', 'reused') AND e.note <> '' ORDER BY e.id)), '')`;
}

/** Evidence titles of claim id expression `id`, oldest first. */
export function evidenceSql(id: string): string {
  return `coalesce((SELECT group_concat(title, char(10)) FROM (SELECT v.title AS title FROM evidence v WHERE v.claim_id = ${id} AND v.title <> '' ORDER BY v.id)), '')`;
}

/** The whole index content, computed from the tables: what the triggers maintain row by row. */
export function indexContentSql(): string {
  return (
    `SELECT c.id, c.text, ${notesSql("c.id")}, ${evidenceSql("c.id")}, ${metaSql("c", "a.language")}` +
    ` FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE c.deleted_at IS NULL ORDER BY c.id`
  );
}

/**
 * Drops and rebuilds the index from the tables in one transaction (the CLI's `search-index rebuild`).
 * Use it after bulk loads that bypassed the triggers, or to compact the index.
 */
export function rebuildSearchIndex(db: Db): { claims: number; ms: number } {
  const sqlite = db.$client;
  const t0 = performance.now();
  sqlite.transaction(() => {
    sqlite.exec("DROP TABLE IF EXISTS claims_fts");
    sqlite.exec(FTS_CREATE_SQL);
    sqlite.exec(FTS_RANK_SQL);
    sqlite.exec(`INSERT INTO claims_fts (rowid, text, notes, evidence, meta) ${indexContentSql()}`);
    sqlite.exec("INSERT INTO claims_fts (claims_fts) VALUES ('optimize')");
  })();
  const claims = sqlValue<number>(db, "SELECT count(*) FROM claims_fts") ?? 0;
  return { claims, ms: performance.now() - t0 };
}

/**
 * Merges the index's segments into one (FTS5 'optimize'). Incremental writes leave a handful of
 * segments per level that every query has to merge; after a bulk load through the triggers, or
 * periodically, this brings queries back to their best speed. Returns the time taken.
 */
export function optimizeSearchIndex(db: Db): { ms: number } {
  const t0 = performance.now();
  db.$client.exec("INSERT INTO claims_fts (claims_fts) VALUES ('optimize')");
  return { ms: performance.now() - t0 };
}

/** Compares the index with the tables: row counts, and (with `full`) every row's content. */
export function checkSearchIndex(db: Db, options: { full?: boolean } = {}): { indexed: number; live: number; differing: number | null } {
  const indexed = sqlValue<number>(db, "SELECT count(*) FROM claims_fts") ?? 0;
  const live = sqlValue<number>(db, "SELECT count(*) FROM claims WHERE deleted_at IS NULL") ?? 0;
  let differing: number | null = null;
  if (options.full) {
    differing =
      sqlValue<number>(
        db,
        `SELECT count(*) FROM (SELECT * FROM (${indexContentSql()}) EXCEPT SELECT rowid, text, notes, evidence, meta FROM claims_fts)`,
      ) ?? 0;
    differing += indexed - live > 0 ? indexed - live : 0;
  }
  return { indexed, live, differing };
}

