import { getDb } from "@/server/db";
import { requireLiveClaim } from "@/services/claims";
import { addComment } from "@/services/evidence";
import { commentSchema } from "@/services/evidence/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

export const POST = apiRoute<{ id: string }>("claim:review", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, commentSchema);
  return Response.json(await addComment(db, user, { claimId: claim.id, body: input.body }), { status: 201 });
});
