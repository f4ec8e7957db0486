import { getDb } from "@/db/client";
import { dismissMatch } from "@/db/queries/matches";
import { apiRoute, idParam } from "@/server/api";

/** `POST /api/claims/:id/matches/:matchedClaimId/dismiss` → 200 `{ ok: true }`; 404 if it is not a match. */
export const POST = apiRoute<{ id: string; matchedClaimId: string }>("editor", (_req, { user, params }) => {
  dismissMatch(getDb(), user, idParam(params.id, "claim"), idParam(params.matchedClaimId, "match"));
  return Response.json({ ok: true });
});
