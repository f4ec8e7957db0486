import { asc, eq, lt, sql } from "drizzle-orm";
import { endedSessions, users, type User } from "./schema";
import type { Conn } from "./transaction";
import type { Role } from "@/lib/vocabulary";

export type PublicUser = Pick<User, "id" | "email" | "name" | "role" | "disabled" | "createdAt">;

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  createdAt: users.createdAt,
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: Conn, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, normalizeEmail(email))).get();
}

export function findUserById(db: Conn, id: number): PublicUser | undefined {
  return db.select(publicColumns).from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: Conn): PublicUser[] {
  return db.select(publicColumns).from(users).orderBy(asc(users.name)).all();
}

/** Users who can review claims (assignable), for pickers. */
export function listReviewers(db: Conn): PublicUser[] {
  return listUsers(db).filter((u) => !u.disabled && u.role !== "admin");
}

export function insertUser(
  db: Conn,
  input: { email: string; name: string; role: Role; passwordHash: string },
): PublicUser {
  const email = normalizeEmail(input.email);
  return db
    .insert(users)
    .values({ email, name: input.name.trim(), role: input.role, passwordHash: input.passwordHash })
    .returning(publicColumns)
    .get();
}

export function updateUser(
  db: Conn,
  id: number,
  changes: Partial<{ role: Role; disabled: boolean; passwordHash: string; name: string }>,
): PublicUser | undefined {
  return db.update(users).set(changes).where(eq(users.id, id)).returning(publicColumns).get();
}

export function countActiveAdmins(db: Conn): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(sql`${users.role} = 'admin' and ${users.disabled} = 0`)
      .get()?.n ?? 0
  );
}

export function userName(db: Conn, id: number | null): string | null {
  if (id === null) return null;
  return db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null;
}

export function countUsers(db: Conn): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

/** What a request's session is checked against, every request. */
export function findSessionUser(db: Conn, id: number) {
  return db
    .select({ ...publicColumns, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

/** Ends every session issued to the user so far. */
export function bumpSessionVersion(db: Conn, id: number): void {
  db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id)).run();
}

/** Records that a session was ended by signing out; kept until it would have expired anyway. */
export function endSession(db: Conn, row: { sessionId: string; userId: number; expiresAt: Date }): void {
  db.insert(endedSessions).values(row).onConflictDoNothing().run();
  db.delete(endedSessions).where(lt(endedSessions.expiresAt, new Date())).run();
}

export function isSessionEnded(db: Conn, sessionId: string): boolean {
  return Boolean(db.select({ id: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.sessionId, sessionId)).get());
}
