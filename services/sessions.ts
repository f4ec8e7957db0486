import { findUserByApiToken } from "@/db/api-tokens";
import type { Db } from "@/db/connection";
import { endSession, findSessionUser, findUserByEmail, isSessionEnded } from "@/db/users";
import { hashPasswordSync, verifyPassword } from "@/lib/passwords";
import type { Actor } from "./actor";

/**
 * Who a request acts for. The user row is read on every request, so disabling a user or changing
 * a role takes effect at once even though a session cookie or a token lives on.
 */
export type SessionUser = Actor & { email: string };

/** What a session cookie says about itself (from the JWT). */
export type SessionClaims = { userId: number; sessionVersion: number; sessionId: string | null };

/**
 * The enabled user a session belongs to, or null when the session has ended: signed out (its id
 * is in ended_sessions), or issued before the user's password or role changed (its version is
 * older than the user's).
 */
export function sessionUser(db: Db, session: SessionClaims): SessionUser | null {
  const user = findSessionUser(db, session.userId);
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null;
  if (session.sessionId && isSessionEnded(db, session.sessionId)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** Signing out: this session stops working everywhere a copy of its cookie is kept. */
export function endSignedInSession(db: Db, session: { sessionId: string; userId: number; expiresAt: Date }): void {
  endSession(db, session);
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

/** The enabled user with this email and password (and the session version to issue), or null. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<(SessionUser & { sessionVersion: number }) | null> {
  const user = findUserByEmail(db, email);
  // Unknown emails still pay for a hash check, so timing does not reveal which emails exist.
  const passwordOk = await verifyPassword(user?.passwordHash ?? dummyHash(), password);
  if (!user || user.disabled || !passwordOk) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
