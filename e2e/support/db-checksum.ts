import Database from "better-sqlite3";
import crypto from "node:crypto";

const DEFAULT_FILE = `data/e2e-${process.env.E2E_PORT ?? 3100}.db`;

/** SHA-256 of each table of the test database (every row, sorted), read-only. */
export function tableChecksums(file = DEFAULT_FILE): Record<string, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, string> = {};
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%' order by name").all() as { name: string }[];
    for (const { name } of tables) {
      const hash = crypto.createHash("sha256");
      // Sorted serialised rows: works for WITHOUT ROWID tables too, and row order does not matter.
      const rows = (db.prepare(`select * from "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort();
      for (const row of rows) hash.update(row);
      out[name] = hash.digest("hex");
    }
    return out;
  } finally {
    db.close();
  }
}

/** SHA-256 over every row of every table of the test database, read-only. */
export function databaseChecksum(file = DEFAULT_FILE): string {
  const hash = crypto.createHash("sha256");
  for (const [name, sum] of Object.entries(tableChecksums(file))) hash.update(`#${name}\n${sum}`);
  return hash.digest("hex");
}

/** The tables whose contents differ between two tableChecksums(), for a failure that says where. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort();
}
