import { getDb } from "@/server/db";
import { assignClaim, requireLiveClaim } from "@/services/claims";
import { assignSchema } from "@/services/claims/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

/** Editors may take or release a claim themselves; leads may assign anyone. */
export const POST = apiRoute<{ id: string }>("claim:assign-self", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, assignSchema);
  return Response.json(await assignClaim(db, user, { claimId: claim.id, userId: input.userId }));
});
