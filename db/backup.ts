/**
 * Online backup of a live database (the CLI's `backup FILE [--force] [--pages-per-step N] [--quiet]`).
 *
 * Copies the live database (as it is: no migrations are applied first) to FILE with SQLite's online backup API, which
 * is safe while the app keeps writing: each step copies pages inside a read transaction, so
 * the copy is one consistent snapshot, and in WAL mode the app's writers are never blocked.
 * If another connection (the app) writes while the copy is in progress, SQLite restarts the
 * copy at the next step; after the first restart the rest is copied in one step, so a busy
 * database cannot keep the backup from finishing.
 *
 * The copy is written to FILE.partial-PID next to FILE, opened, switched to a self-contained
 * rollback-journal file (no -wal/-shm needed to restore it), checked with
 * `PRAGMA integrity_check`, and only then renamed to FILE: FILE never holds a half-written or
 * unchecked backup. An existing FILE is refused unless --force. A summary (pages, size, counts
 * of claims and claim events) goes to stderr. Restore by stopping the app and copying FILE
 * over the database file (removing its -wal and -shm).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./connection";

export const DEFAULT_PAGES_PER_STEP = 1000;

export type BackupOptions = {
  /** Replace an existing FILE. */
  force?: boolean;
  /** Pages copied per step of the online backup (the event loop runs between steps). */
  pagesPerStep?: number;
  /** Called after each step. */
  onProgress?: (info: { totalPages: number; remainingPages: number; restarts: number }) => void;
};

export type BackupSummary = {
  source: string;
  file: string;
  pages: number;
  pageSize: number;
  bytes: number;
  integrity: string;
  users: number;
  articles: number;
  claims: number;
  claimEvents: number;
  /** How many times SQLite restarted the copy because another connection wrote meanwhile. */
  restarts: number;
  seconds: number;
};

const SIDECARS = ["-wal", "-shm", "-journal"];

function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", ...SIDECARS]) fs.rmSync(file + suffix, { force: true });
}

/**
 * Backs up an open connection to `file`; throws (leaving `file` untouched) if `file` exists
 * without `force`, or if the copy fails its integrity check.
 */
export async function backupDatabase(source: Database.Database, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const t0 = performance.now();
  const dest = path.resolve(file);
  const sourceFile = source.name ? path.resolve(source.name) : "";
  if (source.memory || !sourceFile) throw new Error("Only a database file can be backed up.");
  if (dest === sourceFile) throw new Error(`${dest} is the database itself; choose another file.`);
  if (fs.existsSync(dest) && !options.force) throw new Error(`${dest} already exists; pass --force to replace it.`);
  const step = Math.max(1, Math.floor(options.pagesPerStep ?? DEFAULT_PAGES_PER_STEP));

  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const partial = `${dest}.partial-${process.pid}`;
  removeDatabaseFiles(partial);

  let restarts = 0;
  let lastRemaining = Number.POSITIVE_INFINITY;
  let rest = false;
  let copy: Database.Database | undefined;
  try {
    await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) {
          restarts++;
          rest = true; // copy everything left in one step from now on, so writers cannot starve us
        }
        lastRemaining = remainingPages;
        options.onProgress?.({ totalPages, remainingPages, restarts });
        return rest ? 0x7fffffff : step;
      },
    });

    copy = new Database(partial);
    // A standalone file: the backup needs no -wal/-shm next to it. The app turns WAL back on.
    copy.pragma("journal_mode = DELETE");
    const integrity = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    const count = (table: string) => (copy!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const tables = new Set((copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const countIf = (table: string) => (tables.has(table) ? count(table) : 0);
    const pages = copy.pragma("page_count", { simple: true }) as number;
    const pageSize = copy.pragma("page_size", { simple: true }) as number;
    const summary = {
      users: countIf("users"),
      articles: countIf("articles"),
      claims: countIf("claims"),
      claimEvents: countIf("claim_events"),
    };
    copy.close();
    copy = undefined;
    if (integrity !== "ok") throw new Error(`The copy failed PRAGMA integrity_check: ${integrity}`);

    for (const suffix of SIDECARS) fs.rmSync(dest + suffix, { force: true });
    fs.renameSync(partial, dest);
    return {
      source: sourceFile,
      file: dest,
      pages,
      pageSize,
      bytes: fs.statSync(dest).size,
      integrity,
      ...summary,
      restarts,
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    copy?.close();
    removeDatabaseFiles(partial);
  }
}

