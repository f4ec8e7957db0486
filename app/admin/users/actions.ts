"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/server/db";
import { ROLES } from "@/lib/vocabulary";
import { addUser, changeUser, newUserSchema, passwordSchema } from "@/services/users";
import { formAction } from "@/server/action";

const userId = z.coerce.number("Unknown user.").int().positive("Unknown user.");

export const addUserAction = formAction("users:manage", newUserSchema, async (input, actor) => {
  const user = await addUser(getDb(), actor, input);
  revalidatePath("/admin/users");
  return { ok: true, message: `Added ${user.name} (${user.email}).` };
});

export const changeRoleAction = formAction("users:manage", z.object({ userId, role: z.enum(ROLES, "Choose a role.") }), async (input, actor) => {
  const user = await changeUser(getDb(), actor, input);
  revalidatePath("/admin/users");
  return { ok: true, message: `${user.name} is now ${input.role}.` };
});

export const setDisabledAction = formAction(
  "users:manage",
  z.object({ userId, disabled: z.enum(["true", "false"]).transform((v) => v === "true") }),
  async (input, actor) => {
    const user = await changeUser(getDb(), actor, input);
    revalidatePath("/admin/users");
    return { ok: true, message: `${user.name} is ${input.disabled ? "disabled" : "enabled again"}.` };
  },
);

export const resetPasswordAction = formAction("users:manage", z.object({ userId, password: passwordSchema }), async (input, actor) => {
  const user = await changeUser(getDb(), actor, input);
  return { ok: true, message: `New password set for ${user.name}.` };
});
