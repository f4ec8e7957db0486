import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, requiredRef, serialId, timestamp } from "./columns";
import { users } from "./core";

/**
 * Failed sign-ins, one row each, shared by every process on the database file: the limiter
 * counts the rows of a key in the last minute (db/sign-in-limits.ts).
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: serialId(),
    key: text("key").notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [index("sign_in_failures_key_at_idx").on(t.key, t.at)],
);

/**
 * The first answer to a write sent with an `Idempotency-Key` header, so a client that retries
 * after a lost response gets that answer again instead of a second write. `status` is null while
 * the first request is still running.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    id: serialId(),
    userId: requiredRef("user_id", () => users.id),
    key: text("key").notNull(),
    method: text("method").notNull(),
    path: text("path").notNull(),
    status: integer("status"),
    body: text("body"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("idempotency_keys_user_key_idx").on(t.userId, t.key)],
);

/** Sessions ended by signing out, until they would have expired anyway (checked on every request). */
export const endedSessions = sqliteTable(
  "ended_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    userId: requiredRef("user_id", () => users.id),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (t) => [index("ended_sessions_expires_idx").on(t.expiresAt)],
);
