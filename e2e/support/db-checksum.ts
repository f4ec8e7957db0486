import Database from "better-sqlite3";
import crypto from "node:crypto";

/** SHA-256 over every row of every table of the test database, read-only. */
export function databaseChecksum(file = `data/e2e-${process.env.E2E_PORT ?? 3100}.db`): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash("sha256");
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%' order by name").all() as { name: string }[];
    for (const { name } of tables) {
      hash.update(`#${name}\n`);
      // Sorted serialised rows: works for WITHOUT ROWID tables too, and row order does not matter.
      const rows = (db.prepare(`select * from "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort();
      for (const row of rows) hash.update(row);
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}
