import { getDb } from "@/server/db";
import { requireLiveClaim } from "@/services/claims";
import { addEvidence } from "@/services/evidence";
import { evidenceSchema } from "@/services/evidence/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

export const POST = apiRoute<{ id: string }>("claim:review", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, evidenceSchema);
  return Response.json(await addEvidence(db, user, { claimId: claim.id, ...input }), { status: 201 });
});
