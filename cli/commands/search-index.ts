/**
 * `search-index rebuild [--db FILE]`: drops and rebuilds the claim search index (claims_fts)
 * from the claims, their verdict notes and evidence titles, in one transaction.
 * `search-index optimize [--db FILE]`: merges the index's segments into one (after bulk loads
 * through the triggers, or periodically: queries on a merged index are fastest).
 * `search-index check [--db FILE] [--full]`: compares the index with the tables (exit 1 if it differs).
 *
 * The triggers keep the index in sync with every change, so a rebuild is only needed after a
 * bulk load that bypassed them (or dropped them).
 */
import { resolveDatabasePath } from "@/db/connection";
import { checkSearchIndex, optimizeSearchIndex, rebuildSearchIndex } from "@/services/maintenance";
import { openCliDatabase } from "../db";

const USAGE = `Usage: search-index rebuild [--db FILE]
       search-index optimize [--db FILE]
       search-index check [--db FILE] [--full]
Rebuilds, compacts or checks the claim search index of DATABASE_URL (or --db FILE).
`;

export async function searchIndexCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  let file = process.env.DATABASE_URL;
  let full = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--db" && rest[i + 1]) file = rest[++i];
    else if (rest[i] === "--full") full = true;
    else {
      process.stderr.write(`Unknown option ${rest[i]}\n\n${USAGE}`);
      return 1;
    }
  }
  if (action !== "rebuild" && action !== "optimize" && action !== "check") {
    process.stderr.write(USAGE);
    return action === "--help" || action === "help" ? 0 : 1;
  }
  const db = openCliDatabase(file);
  try {
    const where = resolveDatabasePath(file);
    if (action === "rebuild") {
      const { claims, ms } = rebuildSearchIndex(db);
      process.stdout.write(`Search index of ${where} rebuilt: ${claims.toLocaleString("en-US")} claims in ${(ms / 1000).toFixed(1)} s.\n`);
      return 0;
    }
    if (action === "optimize") {
      const { ms } = optimizeSearchIndex(db);
      process.stdout.write(`Search index of ${where} optimized in ${(ms / 1000).toFixed(1)} s.\n`);
      return 0;
    }
    const report = checkSearchIndex(db, { full });
    const ok = report.indexed === report.live && (report.differing ?? 0) === 0;
    process.stdout.write(
      `Search index of ${where}: ${report.indexed.toLocaleString("en-US")} indexed, ${report.live.toLocaleString("en-US")} live claims` +
        (report.differing === null ? "" : `, ${report.differing.toLocaleString("en-US")} rows differ`) +
        (ok ? " — in sync.\n" : " — OUT OF SYNC: run `search-index rebuild`.\n"),
    );
    return ok ? 0 : 1;
  } finally {
    db.$client.close();
  }
}
