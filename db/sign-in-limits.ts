import { and, eq, gt, lt, sql } from "drizzle-orm";
import { signInFailures } from "./schema";
import type { Conn } from "./transaction";

/** Failed sign-ins of a key since a moment. */
export function failuresSince(db: Conn, key: string, since: Date): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gt(signInFailures.at, since)))
      .get()?.n ?? 0
  );
}

export function recordFailure(db: Conn, key: string, at: Date): void {
  db.insert(signInFailures).values({ key, at }).run();
}

export function clearFailures(db: Conn, key: string): void {
  db.delete(signInFailures).where(eq(signInFailures.key, key)).run();
}

/** Drops rows too old to count, so the table stays small. */
export function pruneFailures(db: Conn, before: Date): void {
  db.delete(signInFailures).where(lt(signInFailures.at, before)).run();
}
