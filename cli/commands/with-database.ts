import type { Db } from "@/db/connection";
import { isAppError } from "@/lib/errors";
import { openCliDatabase } from "../db";

/** Runs a command on the CLI's database: an AppError is printed and exits 1; the database is always closed. */
export async function withCliDatabase(run: (db: Db) => Promise<number>): Promise<number> {
  const db = openCliDatabase();
  try {
    return await run(db);
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}
