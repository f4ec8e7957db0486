/**
 * `backup FILE [--force] [--pages-per-step N] [--quiet]`: an online backup of DATABASE_URL while
 * the app runs (db/backup.ts explains how the copy stays consistent and checked).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, resolveDatabasePath } from "@/db/connection";
import { backupDatabase, DEFAULT_PAGES_PER_STEP } from "@/services/maintenance";

export { backupDatabase };

const USAGE = `Usage: backup FILE [--force] [--pages-per-step N] [--quiet]
Copies the database (DATABASE_URL) to FILE with SQLite's online backup, while the app runs,
then checks the copy with PRAGMA integrity_check. Refuses to overwrite FILE unless --force.
`;

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
