import { getDb } from "@/server/db";
import { getTraining } from "@/services/checkworthiness";
import { apiRoute, idParam } from "@/server/api";

/** A retrain's progress: `{ status: training|ready|failed|interrupted, percent, phase, figures, … }`. */
export const GET = apiRoute<{ id: string }>("model:manage", async (_req, { user, params }) => {
  return Response.json(await getTraining(getDb(), user, { id: idParam(params.id, "retrain") }));
});
