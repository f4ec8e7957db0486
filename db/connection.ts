import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";
import { prepared } from "./sql";

/**
 * Opening and migrating a database file, with no server-only marker so the CLI,
 * benchmarks and unit tests share exactly the code the app runs.
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_DIR = path.join(process.cwd(), "drizzle");

/** Accepts a plain path or a `file:` URL, as DATABASE_URL may hold either. */
export function resolveDatabasePath(url: string | undefined): string {
  const raw = url && url.trim() !== "" ? url.trim() : "data/claimdesk.db";
  if (raw === ":memory:") return raw;
  const withoutScheme = raw.startsWith("file:") ? raw.slice("file:".length).replace(/^\/\/(?=\/)/, "") : raw;
  return path.resolve(withoutScheme);
}

/** The connection drizzle talks through: `prepare` answers from the shared statement cache. */
function withStatementCache(sqlite: Database.Database): Database.Database {
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === "prepare") return (source: string) => prepared(target, source);
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Page cache per connection, in KiB (SQLite's default is 2 MiB). Search ranks claims with a verdict
 * first by reading their rows, one page each, spread over the whole table; with the default cache
 * those pages and the index's doclists push each other out. 64 MiB cut a two-word search at 1M
 * claims from 99 to 77 ms of CPU, and filtered ones by a fifth (A/B in one run); other cases kept
 * their time. Memory is taken only as pages are read.
 */
const CACHE_KIB = 65_536;

export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma(`cache_size = -${CACHE_KIB}`);
  const db = drizzle(withStatementCache(sqlite), { schema }) as Db;
  (db as { $client: Database.Database }).$client = sqlite;
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

/**
 * A private read-only connection to the same database file as `db` (null for an in-memory
 * database, which has no file to reopen). Long reads that pause between rows, such as a streamed
 * export, use one so that they neither block nor are blocked by the shared connection's writes.
 */
export function openReadOnly(db: Db): Database.Database | null {
  if (db.$client.memory) return null;
  const client = new Database(db.$client.name, { readonly: true, fileMustExist: true });
  client.pragma("busy_timeout = 5000");
  return client;
}
