import "server-only";
import { env } from "@/lib/env";
import { openDatabase, resolveDatabasePath, type Db } from "./connection";
import { seedDemoIfEmpty } from "./seed/demo";

export type { Db } from "./connection";

const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

/**
 * The process-wide database, opened lazily: `next build` imports route modules while
 * collecting page data, and must not create or migrate a database file.
 */
export function getDb(): Db {
  if (!globalForDb.claimdeskDb) {
    const db = openDatabase(resolveDatabasePath(env().DATABASE_URL));
    if (env().SEED_DEMO) seedDemoIfEmpty(db);
    globalForDb.claimdeskDb = db;
  }
  return globalForDb.claimdeskDb;
}
