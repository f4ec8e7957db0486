import { getDb } from "@/server/db";
import { retrainSchema, startRetrain } from "@/services/checkworthiness";
import { apiRoute, readJson } from "@/server/api";

/**
 * Leads: retrain with the desk labels, in the background. 202 `{ id, version, status, percent, … }`
 * with `Location: /api/model/retrain/:id` to poll; 409 while another retrain runs.
 */
export const POST = apiRoute("model:manage", async (req, { user }) => {
  const input = await readJson(req, retrainSchema);
  const training = await startRetrain(getDb(), user, input);
  return Response.json(training, { status: 202, headers: { location: `/api/model/retrain/${training.id}` } });
});
