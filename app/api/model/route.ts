import { getDb } from "@/server/db";
import { getModelOverview } from "@/services/checkworthiness";
import { apiRoute } from "@/server/api";

/** Leads: the model in use with its dev and test figures, the desk labels collected, every retrain. */
export const GET = apiRoute("model:manage", async (_req, { user }) => {
  return Response.json(await getModelOverview(getDb(), user));
});
