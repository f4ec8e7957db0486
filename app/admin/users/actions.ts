"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { countActiveAdmins, findUserById, insertUser, updateUser } from "@/db/queries/users";
import { ROLES } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/passwords";
import { formAction } from "@/server/action";

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "The password is too long (200 characters at most).");

const addUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(320),
  name: z.string().trim().min(1, "Enter a name.").max(120, "The name is too long."),
  role: z.enum(ROLES, "Choose a role."),
  password,
});

export const addUserAction = formAction("admin", addUserSchema, async (input) => {
  const passwordHash = await hashPassword(input.password);
  const user = insertUser(getDb(), { ...input, passwordHash });
  revalidatePath("/admin/users");
  return { ok: true, message: `Added ${user.name} (${user.email}).` };
});

const userId = z.coerce.number("Unknown user.").int().positive("Unknown user.");

/** An admin cannot lock the desk out of its own user management. */
function assertKeepsAnAdmin(targetId: number, change: { role?: string; disabled?: boolean }, actorId: number) {
  const db = getDb();
  const target = findUserById(db, targetId);
  if (!target) throw new AppError("not_found", "That user does not exist.");
  if (targetId === actorId && (change.disabled || (change.role && change.role !== "admin"))) {
    throw new AppError("bad_request", "You cannot disable yourself or remove your own admin role.");
  }
  const removesAdmin = target.role === "admin" && !target.disabled && (change.disabled || (change.role && change.role !== "admin"));
  if (removesAdmin && countActiveAdmins(db) <= 1) throw new AppError("bad_request", "ClaimDesk needs at least one active admin.");
  return target;
}

export const changeRoleAction = formAction("admin", z.object({ userId, role: z.enum(ROLES, "Choose a role.") }), (input, actor) => {
  const target = assertKeepsAnAdmin(input.userId, { role: input.role }, actor.id);
  updateUser(getDb(), input.userId, { role: input.role });
  revalidatePath("/admin/users");
  return { ok: true, message: `${target.name} is now ${input.role}.` };
});

export const setDisabledAction = formAction(
  "admin",
  z.object({ userId, disabled: z.enum(["true", "false"]).transform((v) => v === "true") }),
  (input, actor) => {
    const target = assertKeepsAnAdmin(input.userId, { disabled: input.disabled }, actor.id);
    updateUser(getDb(), input.userId, { disabled: input.disabled });
    revalidatePath("/admin/users");
    return { ok: true, message: `${target.name} is ${input.disabled ? "disabled" : "enabled again"}.` };
  },
);

export const resetPasswordAction = formAction("admin", z.object({ userId, password }), async (input) => {
  const db = getDb();
  const target = findUserById(db, input.userId);
  if (!target) throw new AppError("not_found", "That user does not exist.");
  updateUser(db, input.userId, { passwordHash: await hashPassword(input.password) });
  return { ok: true, message: `New password set for ${target.name}.` };
});
