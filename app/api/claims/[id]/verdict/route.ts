import { getDb } from "@/server/db";
import { recordVerdict, requireLiveClaim } from "@/services/claims";
import { verdictSchema } from "@/services/claims/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

/** 200 with the updated claim and its new version, or 409 `{ error, current }`. */
export const POST = apiRoute<{ id: string }>("claim:review", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, verdictSchema);
  return Response.json(await recordVerdict(db, user, { claimId: claim.id, ...input }));
});
