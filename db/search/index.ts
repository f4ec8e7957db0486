/**
 * The claim search index: SQLite FTS5 over every live claim's text, verdict notes and evidence
 * titles (`claims_fts`, migrations 0004 and 0008), kept in sync by triggers in the same
 * transaction as each change, whatever code path makes it.
 *
 * One row per live claim, keyed by the claim id, with four columns:
 * - text      the claim text;
 * - notes     the notes of its verdict / reused events, oldest first (one per line);
 * - evidence  the titles of its evidence, oldest first (one per line);
 * - meta      filter tokens, e.g. `sdisputed a12 len cw1 r3 r7 d20240915 m202409 y2024`: status,
 *             article, article language, `cw1` when the claim is check-worthy or has a verdict
 *             (`cw0` for the other lines: headlines, bylines, "SEE ALSO" lines …), reviewer
 *             (author of the current verdict and the assignee) and the claim's creation day /
 *             month / year (UTC).
 * The words are indexed as written (unicode61, accents folded): stemming happens at query time
 * (db/search/terms.ts), so no trigger needs anything but SQL and any connection can write.
 * `claims_fts_terms` (fts5vocab) lists the indexed words for that.
 *
 * The migrations hold the same statements as below (a test compares them); rebuildSearchIndex
 * recreates the table.
 */
import type { Db } from "../connection";
import { sqlValue } from "../sql";

export const FTS_CREATE_SQL =
  "CREATE VIRTUAL TABLE claims_fts USING fts5(text, notes, evidence, meta, tokenize = 'unicode61 remove_diacritics 2')";
export const FTS_RANK_SQL = "INSERT INTO claims_fts (claims_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 0.0)')";
/** The indexed words, for query-time stemming: one row per distinct term (`term`, `doc`, `cnt`). */
export const FTS_TERMS_SQL = "CREATE VIRTUAL TABLE claims_fts_terms USING fts5vocab(claims_fts, row)";

/** The meta token of the claims search ranks first and `scope: "claims"` keeps: check-worthy or with a verdict. */
export const CLAIM_TOKEN = "cw1";
/** The meta token of every other line (headlines, bylines, "SEE ALSO" lines …). */
export const LINE_TOKEN = "cw0";

/** Whether claim row `c` is one of the claims (1) or one of the other lines (0): the `cw` token's digit. */
export function claimTierSql(c: string): string {
  return `(${c}.checkworthy = 1 OR ${c}.status <> 'unreviewed')`;
}

/** The meta column for claim row `c` whose article language is the SQL expression `language`. */
export function metaSql(c: string, language: string): string {
  return (
    `'s' || replace(${c}.status, '_', '') || ' a' || ${c}.article_id || ' l' || coalesce(${language}, 'none')` +
    ` || ' cw' || ${claimTierSql(c)}` +
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

/** Claims of article NEW (an article trigger) get their meta column again. */
function articleMetaSql(language: string): string {
  return `UPDATE claims_fts SET meta = (SELECT ${metaSql("c", language)} FROM claims c WHERE c.id = claims_fts.rowid)\n    WHERE claims_fts MATCH 'meta : "a' || NEW.id || '"';`;
}

/**
 * The triggers that write the meta column (migration 0008 recreates them with the `cw` token).
 * The other index triggers (text, notes, evidence, deletes) are 0004's and never change.
 */
export const META_TRIGGERS: { name: string; sql: string }[] = [
  {
    name: "claims_fts_ai",
    sql: `CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims WHEN NEW.deleted_at IS NULL
BEGIN
  -- A new claim has no events or evidence yet (both reference it), so notes and evidence start empty.
  INSERT INTO claims_fts (rowid, text, notes, evidence, meta) VALUES (NEW.id, NEW.text, '', '', ${metaSql("NEW", "(SELECT a.language FROM articles a WHERE a.id = NEW.article_id)")});
END;`,
  },
  {
    name: "claims_fts_au_meta",
    sql: `CREATE TRIGGER claims_fts_au_meta AFTER UPDATE OF status, verdict_by, assignee_id, article_id, created_at, checkworthy ON claims
WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NULL AND (OLD.status IS NOT NEW.status OR OLD.verdict_by IS NOT NEW.verdict_by
  OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.article_id IS NOT NEW.article_id OR OLD.created_at IS NOT NEW.created_at
  OR OLD.checkworthy IS NOT NEW.checkworthy)
BEGIN
  UPDATE claims_fts SET meta = ${metaSql("NEW", "(SELECT a.language FROM articles a WHERE a.id = NEW.article_id)")} WHERE rowid = NEW.id;
END;`,
  },
  {
    name: "claims_fts_au_live",
    sql: `CREATE TRIGGER claims_fts_au_live AFTER UPDATE OF deleted_at ON claims
WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
BEGIN
  DELETE FROM claims_fts WHERE rowid = OLD.id;
  INSERT INTO claims_fts (rowid, text, notes, evidence, meta)
    SELECT NEW.id, NEW.text, ${notesSql("NEW.id")}, ${evidenceSql("NEW.id")}, ${metaSql("NEW", "(SELECT a.language FROM articles a WHERE a.id = NEW.article_id)")} WHERE NEW.deleted_at IS NULL;
END;`,
  },
  {
    // Claims inserted before their article (bulk loads with foreign keys off) get the language when it arrives.
    name: "articles_fts_ai",
    sql: `CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles
BEGIN
  ${articleMetaSql("NEW.language")}
END;`,
  },
  {
    name: "articles_fts_au_language",
    sql: `CREATE TRIGGER articles_fts_au_language AFTER UPDATE OF language ON articles WHEN OLD.language IS NOT NEW.language
BEGIN
  ${articleMetaSql("NEW.language")}
END;`,
  },
];

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

