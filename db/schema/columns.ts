import { sql } from "drizzle-orm";
import { integer, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/** Column builders every table shares, so a key, a reference or a timestamp is declared one way. */

/** The row id: SQLite's autoincrement, so an id is never reused after a row is gone. */
export const serialId = () => integer("id").primaryKey({ autoIncrement: true });

/** A required reference to another table's row (`() => users.id`). */
export const requiredRef = (name: string, target: () => AnySQLiteColumn) => integer(name).notNull().references(target);

/** A reference that may be empty (no assignee yet, nobody has dismissed it). */
export const optionalRef = (name: string, target: () => AnySQLiteColumn) => integer(name).references(target);

/** A moment as ms since the epoch, read and written as a Date; nullable unless `.notNull()`. */
export const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

/** A yes/no column that starts as no. */
export const falseByDefault = (name: string) => integer(name, { mode: "boolean" }).notNull().default(false);

/** SQLite's own clock in ms, the default of the times below, so every writer agrees on the clock. */
const sqliteNowMs = () => sql`(cast((julianday('now') - 2440587.5) * 86400000 as integer))`;

/** Creation time in ms, set by SQLite itself. */
export const createdAt = () => timestamp("created_at").notNull().default(sqliteNowMs());

/** Last change in ms: SQLite sets it on insert, the writers on every change. */
export const updatedAt = () => timestamp("updated_at").notNull().default(sqliteNowMs());
