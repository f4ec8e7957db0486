"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/server/db";
import { formAction } from "@/server/action";
import { deskSettingsSchema, updateDeskSettings } from "@/services/settings";

const SAVED = { disputed: "Disputed verdicts now need a second reviewer.", all: "Every verdict now needs a second reviewer.", off: "Verdicts no longer need a second reviewer." } as const;

export const updateDeskSettingsAction = formAction("desk:settings", deskSettingsSchema, async (input, actor) => {
  const settings = await updateDeskSettings(getDb(), actor, input);
  revalidatePath("/admin/desk");
  return { ok: true, message: SAVED[settings.twoPersonRule] };
});
