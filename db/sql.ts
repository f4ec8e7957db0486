import type Database from "better-sqlite3";

/**
 * The one way db/ modules run hand-written SQL, and the one statement cache. Compiling a
 * statement costs more than running most of ours (an UPDATE of claims also compiles every trigger
 * on it, ~0.2 ms), so each connection keeps its compiled statements by SQL text; drizzle's queries
 * go through the same cache (connection.ts).
 */
export type SqlClient = Database.Database;
/** Anything that holds a connection: a drizzle handle ($client) or the raw connection itself. */
export type SqlSource = SqlClient | { $client: SqlClient };

const MAX_CACHED = 500;
const caches = new WeakMap<SqlClient, Map<string, Database.Statement>>();

export function clientOf(source: SqlSource): SqlClient {
  return "$client" in source ? source.$client : source;
}

/** A compiled statement for `source`, from the cache unless the cached one is mid-iteration. */
export function prepared(source: SqlSource, sql: string): Database.Statement {
  const client = clientOf(source);
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  const hit = cache.get(sql);
  if (hit && !hit.busy) {
    // A previous user may have switched the statement to raw or pluck mode.
    if (hit.reader) hit.raw(false);
    return hit;
  }
  const statement = client.prepare(sql);
  if (!hit) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  return statement;
}

type Params = unknown[] | [Record<string, unknown>];

/**
 * A rowid bound for an FTS5 query (`rowid = ?`, `>= ?`, `BETWEEN ? AND ?`). better-sqlite3 binds
 * every JavaScript number as a REAL, and FTS5 uses a rowid constraint only when its value is an
 * INTEGER (fts5GetRowidLimit in fts5_main.c): with a REAL it walks every match and SQLite drops
 * the ones out of range afterwards — at 1M claims 13.5 ms instead of 3.4 ms for "rose" over the
 * ranking window. A BigInt binds as an INTEGER.
 */
export function ftsRowid(id: number): bigint {
  return BigInt(Math.trunc(id));
}

export function sqlAll<T>(source: SqlSource, sql: string, ...params: Params): T[] {
  return prepared(source, sql).all(...params) as T[];
}

export function sqlGet<T>(source: SqlSource, sql: string, ...params: Params): T | undefined {
  return prepared(source, sql).get(...params) as T | undefined;
}

/** The first column of the first row (or undefined). */
export function sqlValue<T>(source: SqlSource, sql: string, ...params: Params): T | undefined {
  const row = prepared(source, sql).raw(true).get(...params) as unknown[] | undefined;
  return row?.[0] as T | undefined;
}

export function sqlRun(source: SqlSource, sql: string, ...params: Params): Database.RunResult {
  return prepared(source, sql).run(...params);
}

/** Lazily iterates rows; the statement stays busy (and uncached users get a fresh one) meanwhile. */
export function sqlIterate<T>(source: SqlSource, sql: string, ...params: Params): IterableIterator<T> {
  return prepared(source, sql).iterate(...params) as IterableIterator<T>;
}

/** The first column of every row. */
export function sqlColumn<T>(source: SqlSource, sql: string, ...params: Params): T[] {
  return (prepared(source, sql).raw(true).all(...params) as unknown[][]).map((row) => row[0] as T);
}
