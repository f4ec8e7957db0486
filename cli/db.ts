import { openDatabase, resolveDatabasePath, type Db } from "@/db/connection";

/** The database the CLI works on: DATABASE_URL, or the app's default file. */
export function openCliDatabase(file = process.env.DATABASE_URL): Db {
  return openDatabase(resolveDatabasePath(file));
}
