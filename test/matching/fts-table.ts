import Database from "better-sqlite3";
import { afterAll } from "vitest";

/**
 * A real FTS5 table (default unicode61 tokenizer) holding `corpus` as rowids 1…n, closed after
 * the calling file's tests. Returns a search: the rowids an FTS5 query matches, best first (a
 * query that does not parse throws).
 */
export function ftsTable(corpus: readonly string[]): (query: string) => number[] {
  const db = new Database(":memory:");
  db.exec("CREATE VIRTUAL TABLE claims_fts USING fts5(body)");
  const insert = db.prepare("INSERT INTO claims_fts (rowid, body) VALUES (?, ?)");
  corpus.forEach((body, i) => insert.run(i + 1, body));
  const search = db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank");
  afterAll(() => db.close());
  return (query) => (search.all(query) as { rowid: number }[]).map((r) => r.rowid);
}
