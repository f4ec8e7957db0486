import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

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

/**
 * The connection drizzle talks through, with compiled statements kept per SQL text. drizzle
 * prepares every query anew, and compiling an UPDATE of claims also compiles every trigger on
 * it (~0.2 ms). Raw `$client` users keep the plain connection and manage their own statements.
 */
function withStatementCache(sqlite: Database.Database, max = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      if (hit.reader) hit.raw(false); // drizzle switches to raw mode for some selects
      return hit;
    }
    const statement = sqlite.prepare(source);
    if (!hit) {
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === "prepare") return prepare;
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(withStatementCache(sqlite), { schema }) as Db;
  (db as { $client: Database.Database }).$client = sqlite;
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}
