"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/lib/vocabulary";
import { newUserSchema, passwordSchema } from "@/lib/user-input";
import { formAction } from "@/server/action";
import { addUser, changeUser } from "@/server/user-admin";

const userId = z.coerce.number("Unknown user.").int().positive("Unknown user.");

export const addUserAction = formAction("admin", newUserSchema, async (input) => {
  const user = await addUser(input);
  revalidatePath("/admin/users");
  return { ok: true, message: `Added ${user.name} (${user.email}).` };
});

export const changeRoleAction = formAction("admin", z.object({ userId, role: z.enum(ROLES, "Choose a role.") }), async (input, actor) => {
  const user = await changeUser(actor.id, input.userId, { role: input.role });
  revalidatePath("/admin/users");
  return { ok: true, message: `${user.name} is now ${input.role}.` };
});

export const setDisabledAction = formAction(
  "admin",
  z.object({ userId, disabled: z.enum(["true", "false"]).transform((v) => v === "true") }),
  async (input, actor) => {
    const user = await changeUser(actor.id, input.userId, { disabled: input.disabled });
    revalidatePath("/admin/users");
    return { ok: true, message: `${user.name} is ${input.disabled ? "disabled" : "enabled again"}.` };
  },
);

export const resetPasswordAction = formAction("admin", z.object({ userId, password: passwordSchema }), async (input, actor) => {
  const user = await changeUser(actor.id, input.userId, { password: input.password });
  return { ok: true, message: `New password set for ${user.name}.` };
});
