import { sql } from "drizzle-orm";
import { integer, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/** Column builders every table shares, so a key, a reference or a timestamp is declared one way. */

/** The row id: SQLite's autoincrement, so an id is never reused after a row is gone. */
export const serialId = () => integer("id").primaryKey({ autoIncrement: true });

/** A required reference to another table's row (`() => users.id`). */
export const requiredRef = (name: string, target: () => AnySQLiteColumn) => integer(name).notNull().references(target);

/** Creation time in ms, set by SQLite itself so every writer agrees on the clock. */
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast((julianday('now') - 2440587.5) * 86400000 as integer))`);
