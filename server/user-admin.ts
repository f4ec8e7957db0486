import "server-only";
import { getDb } from "@/db/client";
import { countActiveAdmins, findUserById, insertUser, updateUser, type PublicUser } from "@/db/queries/users";
import type { Role } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/passwords";

/** An admin cannot lock the desk out of its own user management. */
function assertKeepsAnAdmin(target: PublicUser, change: { role?: Role; disabled?: boolean }, actorId: number) {
  if (target.id === actorId && (change.disabled || (change.role && change.role !== "admin"))) {
    throw new AppError("bad_request", "You cannot disable yourself or remove your own admin role.");
  }
  const removesAdmin = target.role === "admin" && !target.disabled && (change.disabled || (change.role && change.role !== "admin"));
  if (removesAdmin && countActiveAdmins(getDb()) <= 1) throw new AppError("bad_request", "ClaimDesk needs at least one active admin.");
}

export async function addUser(input: { email: string; name: string; role: Role; password: string }): Promise<PublicUser> {
  return insertUser(getDb(), { ...input, passwordHash: await hashPassword(input.password) });
}

export async function changeUser(
  actorId: number,
  userId: number,
  change: { role?: Role; disabled?: boolean; password?: string },
): Promise<PublicUser> {
  const db = getDb();
  const target = findUserById(db, userId);
  if (!target) throw new AppError("not_found", "That user does not exist.");
  assertKeepsAnAdmin(target, change, actorId);
  const passwordHash = change.password ? await hashPassword(change.password) : undefined;
  return updateUser(db, userId, {
    ...(change.role !== undefined && { role: change.role }),
    ...(change.disabled !== undefined && { disabled: change.disabled }),
    ...(passwordHash && { passwordHash }),
  });
}
