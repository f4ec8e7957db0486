import fs from "node:fs";
import type { Db } from "./connection";
import { sqlValue } from "./sql";

/** Whether the database answers, and whether it can take writes right now. */
export function databaseStatus(db: Db): { answers: boolean; writable: boolean } {
  const answers = sqlValue<number>(db, "SELECT 1") === 1;
  const client = db.$client;
  let writable = !client.readonly && sqlValue<number>(db, "PRAGMA query_only") !== 1;
  if (writable && !client.memory) {
    try {
      fs.accessSync(client.name, fs.constants.W_OK);
    } catch {
      writable = false;
    }
  }
  return { answers, writable };
}

/** SQLite refused a write because the file (or the connection) is read-only. */
export function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("SQLITE_READONLY");
}

/** SQLite gave up waiting for another writer (past the busy timeout). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT";
}
