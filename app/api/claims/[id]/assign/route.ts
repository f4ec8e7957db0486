import { getDb } from "@/db/client";
import { assignClaim, requireLiveClaim } from "@/db/queries/claims";
import { assignSchema } from "@/lib/validation";
import { apiRoute, idParam, readJson } from "@/server/api";

/** Editors may take or release a claim themselves; leads may assign anyone. */
export const POST = apiRoute<{ id: string }>("editor", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, assignSchema);
  return Response.json(assignClaim(db, user, claim.id, input.userId));
});
