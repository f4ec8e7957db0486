/**
 * `backup FILE [--force] [--pages-per-step N] [--quiet]`
 *
 * Copies the live database (DATABASE_URL, as it is: no migrations are applied first) to FILE with SQLite's online backup API, which
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
import { parseArgs } from "node:util";
import { openDatabase, resolveDatabasePath } from "@/db/connection";

const USAGE = `Usage: backup FILE [--force] [--pages-per-step N] [--quiet]
Copies the database (DATABASE_URL) to FILE with SQLite's online backup, while the app runs,
then checks the copy with PRAGMA integrity_check. Refuses to overwrite FILE unless --force.
`;

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

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export async function backupCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        force: { type: "boolean", default: false },
        "pages-per-step": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(USAGE);
    return 1;
  }
  let pagesPerStep = DEFAULT_PAGES_PER_STEP;
  if (values["pages-per-step"] !== undefined) {
    pagesPerStep = Number(values["pages-per-step"]);
    if (!Number.isSafeInteger(pagesPerStep) || pagesPerStep < 1) {
      process.stderr.write(`--pages-per-step must be a positive integer, not "${values["pages-per-step"]}".\n`);
      return 1;
    }
  }

  const sourceFile = resolveDatabasePath(process.env.DATABASE_URL);
  if (sourceFile === ":memory:" || !fs.existsSync(sourceFile)) {
    // Opening it would create an empty database: that is never what a backup means.
    process.stderr.write(`backup: there is no database at ${sourceFile} (set DATABASE_URL).\n`);
    return 1;
  }
  const target = path.resolve(positionals[0]);
  if (fs.existsSync(target) && !values.force) {
    process.stderr.write(`backup: ${target} already exists; pass --force to replace it.\n`);
    return 1;
  }

  // Not openCliDatabase(): that would apply pending migrations first, and a backup taken before
  // an upgrade must hold the database as it was. Same pragmas as the app otherwise.
  const db = openDatabase(sourceFile, { migrate: false });
  try {
    let lastPrinted = performance.now(); // progress only for backups that take more than a second
    const summary = await backupDatabase(db.$client, target, {
      force: values.force,
      pagesPerStep,
      onProgress: ({ totalPages, remainingPages, restarts }) => {
        if (values.quiet || performance.now() - lastPrinted < 1000) return;
        lastPrinted = performance.now();
        const done = totalPages - remainingPages;
        process.stderr.write(`backup: ${done}/${totalPages} pages (${((100 * done) / Math.max(1, totalPages)).toFixed(0)}%)${restarts ? `, restarted ${restarts}×` : ""}\n`);
      },
    });
    process.stderr.write(
      [
        `Backed up ${summary.source}`,
        `       to ${summary.file}`,
        `  pages:           ${summary.pages.toLocaleString("en-US")} × ${summary.pageSize} B (${formatBytes(summary.bytes)})`,
        `  claims:          ${summary.claims.toLocaleString("en-US")}`,
        `  claim events:    ${summary.claimEvents.toLocaleString("en-US")}`,
        `  articles, users: ${summary.articles.toLocaleString("en-US")}, ${summary.users.toLocaleString("en-US")}`,
        `  integrity_check: ${summary.integrity}`,
        `  took ${summary.seconds.toFixed(2)} s${summary.restarts ? ` (copy restarted ${summary.restarts}× because the app wrote meanwhile)` : ""}`,
        "",
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    process.stderr.write(`backup: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    db.$client.close();
  }
}
