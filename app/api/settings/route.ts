import { getDb } from "@/server/db";
import { deskSettingsSchema, getDeskSettings, updateDeskSettings } from "@/services/settings";
import { apiRoute, readJson } from "@/server/api";

export const GET = apiRoute("article:read", async (_req, { user }) => Response.json(await getDeskSettings(getDb(), user)));

/** Admins only: `{ twoPersonRule: "disputed" | "all" | "off" }`. */
export const PUT = apiRoute("desk:settings", async (req, { user }) => {
  const input = await readJson(req, deskSettingsSchema);
  return Response.json(await updateDeskSettings(getDb(), user, input));
});
