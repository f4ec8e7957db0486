import { and, eq, lt } from "drizzle-orm";
import { idempotencyKeys } from "./schema";
import type { Conn } from "./transaction";

export type StoredAnswer = { method: string; path: string; status: number | null; body: string | null };

export function findIdempotencyKey(db: Conn, userId: number, key: string): StoredAnswer | undefined {
  return db
    .select({ method: idempotencyKeys.method, path: idempotencyKeys.path, status: idempotencyKeys.status, body: idempotencyKeys.body })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)))
    .get();
}

/** Claims the key for a request now starting; false when another request already holds it. */
export function claimIdempotencyKey(db: Conn, row: { userId: number; key: string; method: string; path: string; at: Date }): boolean {
  const result = db
    .insert(idempotencyKeys)
    .values({ userId: row.userId, key: row.key, method: row.method, path: row.path, createdAt: row.at })
    .onConflictDoNothing()
    .run();
  return result.changes === 1;
}

export function storeIdempotentAnswer(db: Conn, userId: number, key: string, status: number, body: string): void {
  db.update(idempotencyKeys).set({ status, body }).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key))).run();
}

export function releaseIdempotencyKey(db: Conn, userId: number, key: string): void {
  db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key))).run();
}

export function pruneIdempotencyKeys(db: Conn, before: Date): void {
  db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run();
}
