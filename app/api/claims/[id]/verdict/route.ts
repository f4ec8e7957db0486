import { getDb } from "@/db/client";
import { recordVerdict, requireLiveClaim } from "@/db/queries/claims";
import { verdictSchema } from "@/lib/validation";
import { apiRoute, idParam, readJson } from "@/server/api";

/** 200 with the updated claim and its new version, or 409 `{ error, current }`. */
export const POST = apiRoute<{ id: string }>("editor", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, verdictSchema);
  return Response.json(recordVerdict(db, user, { claimId: claim.id, ...input }));
});
