import "server-only";
import { openDatabase, resolveDatabasePath, type Db } from "@/db/connection";
import { env } from "@/lib/env";
import { seedDemoIfEmpty } from "@/services/demo";

export type { Db } from "@/db/connection";

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
