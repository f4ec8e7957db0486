import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { users, type User } from "../schema";
import type { Role } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";

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

export function findUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, normalizeEmail(email))).get();
}

export function findUserById(db: Db, id: number): PublicUser | undefined {
  return db.select(publicColumns).from(users).where(eq(users.id, id)).get();
}

export function listUsers(db: Db): PublicUser[] {
  return db.select(publicColumns).from(users).orderBy(asc(users.name)).all();
}

/** Users who can review claims (assignable), for pickers. */
export function listReviewers(db: Db): PublicUser[] {
  return listUsers(db).filter((u) => !u.disabled && u.role !== "admin");
}

export function insertUser(
  db: Db,
  input: { email: string; name: string; role: Role; passwordHash: string },
): PublicUser {
  const email = normalizeEmail(input.email);
  if (findUserByEmail(db, email)) throw new AppError("conflict", `A user with the email ${email} already exists.`);
  return db
    .insert(users)
    .values({ email, name: input.name.trim(), role: input.role, passwordHash: input.passwordHash })
    .returning(publicColumns)
    .get();
}

export function updateUser(
  db: Db,
  id: number,
  changes: Partial<{ role: Role; disabled: boolean; passwordHash: string; name: string }>,
): PublicUser {
  const updated = db.update(users).set(changes).where(eq(users.id, id)).returning(publicColumns).get();
  if (!updated) throw new AppError("not_found", "That user does not exist.");
  return updated;
}

export function countActiveAdmins(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(sql`${users.role} = 'admin' and ${users.disabled} = 0`)
      .get()?.n ?? 0
  );
}
