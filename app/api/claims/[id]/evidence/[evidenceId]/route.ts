import { getDb } from "@/db/client";
import { removeEvidence } from "@/db/queries/claims";
import { apiRoute, idParam } from "@/server/api";

export const DELETE = apiRoute<{ id: string; evidenceId: string }>("editor", (_req, { user, params }) => {
  removeEvidence(getDb(), user, idParam(params.id, "claim"), idParam(params.evidenceId, "evidence"));
  return new Response(null, { status: 204 });
});
