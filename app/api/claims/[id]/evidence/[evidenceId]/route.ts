import { getDb } from "@/server/db";
import { removeEvidence } from "@/services/evidence";
import { apiRoute, idParam } from "@/server/api";

export const DELETE = apiRoute<{ id: string; evidenceId: string }>("claim:review", async (_req, { user, params }) => {
  await removeEvidence(getDb(), user, { claimId: idParam(params.id, "claim"), evidenceId: idParam(params.evidenceId, "evidence") });
  return new Response(null, { status: 204 });
});
