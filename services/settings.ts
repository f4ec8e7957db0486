import { z } from "zod";
import type { Db } from "@/db/connection";
import { readSetting, writeSetting } from "@/db/settings";
import type { Conn } from "@/db/transaction";
import { TWO_PERSON_RULES, type TwoPersonRule, type Verdict } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "./actor";

/** Desk-wide settings: today the two-person rule (which verdicts a second reviewer must confirm). */
export type DeskSettings = { twoPersonRule: TwoPersonRule };

export const deskSettingsSchema = z.object({
  twoPersonRule: z.enum(TWO_PERSON_RULES, "twoPersonRule must be disputed, all or off."),
});

export function readDeskSettings(db: Conn): DeskSettings {
  const rule = readSetting(db, "two_person_rule");
  return { twoPersonRule: (TWO_PERSON_RULES as readonly string[]).includes(rule ?? "") ? (rule as TwoPersonRule) : "disputed" };
}

export function needsConfirmation(rule: TwoPersonRule, status: Verdict): boolean {
  return rule === "all" || (rule === "disputed" && status === "disputed");
}

export async function getDeskSettings(db: Db, actor: Actor): Promise<DeskSettings> {
  requireCapability(actor, "article:read");
  return readDeskSettings(db);
}

export async function updateDeskSettings(db: Db, actor: Actor, input: DeskSettings): Promise<DeskSettings> {
  requireCapability(actor, "desk:settings");
  writeSetting(db, "two_person_rule", input.twoPersonRule, actor.id, new Date());
  return readDeskSettings(db);
}
