import { and, desc, eq, isNull } from "drizzle-orm";
import crypto from "node:crypto";
import type { Conn } from "./transaction";
import { apiTokens, users } from "./schema";

const TOKEN_PREFIX = "cdk_";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Returns the plain token once; only its hash is stored. */
export function createApiToken(db: Conn, userId: number, name: string): { id: number; token: string } {
  const token = TOKEN_PREFIX + crypto.randomBytes(24).toString("base64url");
  const row = db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token) })
    .returning({ id: apiTokens.id })
    .get();
  return { id: row.id, token };
}

export function listApiTokens(db: Conn, userId: number) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .all();
}

export function findApiToken(db: Conn, tokenId: number) {
  return db.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).get();
}

export function markTokenRevoked(db: Conn, tokenId: number, at: Date): void {
  db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, tokenId)).run();
}

/** The active user a bearer token belongs to, or undefined. */
export function findUserByApiToken(db: Conn, token: string) {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = db
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, id: users.id, name: users.name, email: users.email, role: users.role, disabled: users.disabled })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row || row.disabled) return undefined;
  // "Last used" to the minute is enough, and spares a write on every API call.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    try {
      db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId)).run();
    } catch {
      // Bookkeeping only: a read-only or busy database must not refuse a valid token.
    }
  }
  return row;
}

/** Revokes every live token of the user (after a password reset). */
export function revokeAllTokens(db: Conn, userId: number, at: Date): number {
  return db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))).run().changes;
}
