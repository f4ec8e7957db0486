import { findUserByApiToken } from "@/db/api-tokens";
import type { Db } from "@/db/connection";
import { findUserByEmail, findUserById } from "@/db/users";
import { hashPasswordSync, verifyPassword } from "@/lib/passwords";
import type { Actor } from "./actor";

/**
 * Who a request acts for. The user row is read on every request, so disabling a user or changing
 * a role takes effect at once even though a session cookie or a token lives on.
 */
export type SessionUser = Actor & { email: string };

/** The enabled user a session belongs to, or null. */
export function sessionUser(db: Db, userId: number): SessionUser | null {
  const user = findUserById(db, userId);
  if (!user || user.disabled) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The enabled user an API token belongs to, or null. */
export function tokenUser(db: Db, token: string): SessionUser | null {
  const user = findUserByApiToken(db, token);
  return user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
}

let dummy: string | undefined;
function dummyHash(): string {
  return (dummy ??= hashPasswordSync("not-a-real-password"));
}

/** The enabled user with this email and password, or null. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<SessionUser | null> {
  const user = findUserByEmail(db, email);
  // Unknown emails still pay for a hash check, so timing does not reveal which emails exist.
  const passwordOk = await verifyPassword(user?.passwordHash ?? dummyHash(), password);
  if (!user || user.disabled || !passwordOk) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
