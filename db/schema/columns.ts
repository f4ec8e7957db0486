import { sql } from "drizzle-orm";
import { integer, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/** Column builders every table shares, so a key, a reference or a timestamp is declared one way. */

/** The row id: SQLite's autoincrement, so an id is never reused after a row is gone. */
export const serialId = () => integer("id").primaryKey({ autoIncrement: true });

/** A required reference to another table's row (`() => users.id`). */
export const requiredRef = (name: string, target: () => AnySQLiteColumn) => integer(name).notNull().references(target);

/** SQLite's own clock in ms, the default of the times below, so every writer agrees on the clock. */
const sqliteNowMs = () => sql`(cast((julianday('now') - 2440587.5) * 86400000 as integer))`;

/** Creation time in ms, set by SQLite itself. */
export const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sqliteNowMs());

/** Last change in ms: SQLite sets it on insert, the writers on every change. */
export const updatedAt = () => integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sqliteNowMs());
