import { sqlValue } from "./sql";
import type { Db } from "./connection";

/** Whether the database answers a query at all. */
export function databaseAnswers(db: Db): boolean {
  return sqlValue<number>(db, "SELECT 1") === 1;
}
