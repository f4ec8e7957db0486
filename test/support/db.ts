import { openDatabase, type Db } from "@/db/connection";
import { users } from "@/db/schema";

/** A migrated in-memory database with one user of each role. */
export function testDb(): { db: Db; editorId: number; leadId: number; adminId: number } {
  const db = openDatabase(":memory:");
  const insert = (email: string, name: string, role: "editor" | "lead" | "admin") =>
    db.insert(users).values({ email, name, role, passwordHash: "x" }).returning({ id: users.id }).get().id;
  return {
    db,
    editorId: insert("e@test.local", "Eve", "editor"),
    leadId: insert("l@test.local", "Leo", "lead"),
    adminId: insert("a@test.local", "Ann", "admin"),
  };
}
