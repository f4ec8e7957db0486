import { getDb } from "@/server/db";
import { dismissMatch } from "@/services/matches";
import { apiRoute, idParam } from "@/server/api";

/** `POST /api/claims/:id/matches/:matchedClaimId/dismiss` → 200 `{ ok: true }`; 404 if it is not a match. */
export const POST = apiRoute<{ id: string; matchedClaimId: string }>("claim:review", async (_req, { user, params }) => {
  await dismissMatch(getDb(), user, { claimId: idParam(params.id, "claim"), matchedClaimId: idParam(params.matchedClaimId, "match") });
  return Response.json({ ok: true });
});
