import { getDb } from "@/db/client";
import { addEvidence, requireLiveClaim } from "@/db/queries/claims";
import { evidenceSchema } from "@/lib/validation";
import { apiRoute, idParam, readJson } from "@/server/api";

export const POST = apiRoute<{ id: string }>("editor", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, evidenceSchema);
  return Response.json(addEvidence(db, user, claim.id, input), { status: 201 });
});
