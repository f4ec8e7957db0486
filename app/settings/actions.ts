"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/server/db";
import { createToken, revokeToken, tokenNameSchema } from "@/services/users";
import { formAction } from "@/server/action";

export const createTokenAction = formAction("tokens:manage-own", tokenNameSchema, async (input, user) => {
  const { token } = await createToken(getDb(), user, input);
  revalidatePath("/settings");
  return { ok: true, message: "Token created. Copy it now: it will not be shown again.", data: { token } };
});

export const revokeTokenAction = formAction(
  "tokens:manage-own",
  z.object({ tokenId: z.coerce.number().int().positive("Unknown token.") }),
  async (input, user) => {
    await revokeToken(getDb(), user, input);
    revalidatePath("/settings");
    return { ok: true, message: "Token revoked." };
  },
);
