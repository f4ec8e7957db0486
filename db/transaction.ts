import type Database from "better-sqlite3";
import type { Db } from "./connection";

type DrizzleTx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/**
 * The handle a write transaction's work receives. It carries the connection too, so raw-SQL
 * helpers (db/sql.ts) run inside the same transaction: better-sqlite3 transactions belong to the
 * connection, not to a handle.
 */
export type Tx = DrizzleTx & { $client: Database.Database };
/** db/ functions that only read accept either a plain handle or a transaction. */
export type Conn = Db | Tx;

/**
 * Runs `work` as one write transaction. On SQLite it is `BEGIN IMMEDIATE`: the write lock is
 * taken up front, so two writers never both read, then collide on upgrade (SQLITE_BUSY past the
 * busy timeout); everything in `work` commits together or not at all. better-sqlite3 runs it
 * synchronously, so `work` must not await.
 */
export function writeTransaction<T>(db: Db, work: (tx: Tx) => T): T {
  return db.transaction((tx) => work(Object.assign(tx, { $client: db.$client })), { behavior: "immediate" });
}
