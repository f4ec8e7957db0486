"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { createApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { formAction } from "@/server/action";

export const createTokenAction = formAction(
  "editor",
  z.object({ name: z.string().trim().min(1, "Name the token, e.g. the script that uses it.").max(80, "The name is too long.") }),
  (input, user) => {
    const { token } = createApiToken(getDb(), user.id, input.name);
    revalidatePath("/settings");
    return { ok: true, message: "Token created. Copy it now: it will not be shown again.", data: { token } };
  },
);

export const revokeTokenAction = formAction(
  "editor",
  z.object({ tokenId: z.coerce.number().int().positive("Unknown token.") }),
  (input, user) => {
    revokeApiToken(getDb(), user.id, input.tokenId);
    revalidatePath("/settings");
    return { ok: true, message: "Token revoked." };
  },
);
