import { createApiToken, findApiToken, listApiTokens, markTokenRevoked, revokeAllTokens } from "@/db/api-tokens";
import type { Db } from "@/db/connection";
import { bumpSessionVersion, countActiveAdmins, findUserByEmail, findUserById, insertUser, listReviewers, listUsers, updateUser, type PublicUser } from "@/db/users";
import { writeTransaction } from "@/db/transaction";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/passwords";
import type { Role } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";

export type { PublicUser };
export * from "./schemas";

/** An admin cannot lock the desk out of its own user management. */
function assertKeepsAnAdmin(db: Db, target: PublicUser, change: { role?: Role; disabled?: boolean }, actorId: number) {
  if (target.id === actorId && (change.disabled || (change.role && change.role !== "admin"))) {
    throw new AppError("bad_request", "You cannot disable yourself or remove your own admin role.");
  }
  const removesAdmin = target.role === "admin" && !target.disabled && (change.disabled || (change.role && change.role !== "admin"));
  if (removesAdmin && countActiveAdmins(db) <= 1) throw new AppError("bad_request", "ClaimDesk needs at least one active admin.");
}

export type NewUser = { email: string; name: string; role: Role; password: string };

/** Creates a user; the CLI's `user add` calls it with `actor: null` (whoever runs the CLI owns the database). */
export async function addUser(db: Db, actor: Actor | null, input: NewUser): Promise<PublicUser> {
  if (actor) requireCapability(actor, "users:manage");
  if (findUserByEmail(db, input.email)) throw new AppError("conflict", `A user with the email ${input.email.trim().toLowerCase()} already exists.`);
  const passwordHash = await hashPassword(input.password);
  return insertUser(db, { ...input, passwordHash });
}

export async function changeUser(
  db: Db,
  actor: Actor,
  input: { userId: number; role?: Role; disabled?: boolean; password?: string },
): Promise<PublicUser> {
  requireCapability(actor, "users:manage");
  const target = findUserById(db, input.userId);
  if (!target) throw new AppError("not_found", "That user does not exist.");
  assertKeepsAnAdmin(db, target, input, actor.id);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return writeTransaction(db, (tx) => {
    const updated = updateUser(tx, target.id, {
      ...(input.role !== undefined && { role: input.role }),
      ...(input.disabled !== undefined && { disabled: input.disabled }),
      ...(passwordHash && { passwordHash }),
    });
    if (!updated) throw new AppError("not_found", "That user does not exist.");
    // A new password or role starts over: every existing session ends, and a reset password
    // also revokes the user's API tokens (they were issued under the old one).
    if (passwordHash || (input.role !== undefined && input.role !== target.role)) bumpSessionVersion(tx, target.id);
    if (passwordHash) revokeAllTokens(tx, target.id, new Date());
    return updated;
  });
}

export async function getUsers(db: Db, actor: Actor): Promise<PublicUser[]> {
  requireCapability(actor, "users:manage");
  return listUsers(db);
}

export async function requireUser(db: Db, actor: Actor, userId: number): Promise<PublicUser> {
  requireCapability(actor, "users:manage");
  const user = findUserById(db, userId);
  if (!user) throw new AppError("not_found", "That user does not exist.");
  return user;
}

/** People claims can be assigned to (active editors and leads), for pickers. */
export async function getReviewers(db: Db, actor: Actor): Promise<{ id: number; name: string }[]> {
  requireCapability(actor, "article:read");
  return listReviewers(db).map((u) => ({ id: u.id, name: u.name }));
}

/** The active user with this email, for the CLI's `--as`. */
export async function actorByEmail(db: Db, email: string): Promise<Actor | null> {
  const user = findUserByEmail(db, email);
  return user && !user.disabled ? { id: user.id, name: user.name, role: user.role } : null;
}

// API tokens: each user manages their own.

export async function createToken(db: Db, actor: Actor, input: { name: string }): Promise<{ id: number; token: string }> {
  requireCapability(actor, "tokens:manage-own");
  return createApiToken(db, actor.id, input.name);
}

export async function revokeToken(db: Db, actor: Actor, input: { tokenId: number }): Promise<void> {
  requireCapability(actor, "tokens:manage-own");
  const token = findApiToken(db, input.tokenId);
  if (!token || token.userId !== actor.id) throw new AppError("not_found", "That token does not exist.");
  if (!token.revokedAt) markTokenRevoked(db, token.id, new Date());
}

export async function getTokens(db: Db, actor: Actor) {
  requireCapability(actor, "tokens:manage-own");
  return listApiTokens(db, actor.id);
}
