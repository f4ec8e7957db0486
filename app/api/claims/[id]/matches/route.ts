import { getDb } from "@/db/client";
import { listClaimMatches } from "@/db/queries/matches";
import { jsonify } from "@/lib/json";
import { apiRoute, idParam } from "@/server/api";

/**
 * `GET /api/claims/:id/matches` → earlier claims in other articles that this claim matches, best
 * first, dismissed ones left out: `[{ claimId, articleId, articleTitle, text, status, similarity,
 * same, note, verdictByName, verdictAt, evidence: [{ url, title, quote }], reused }]`.
 * A claim that was never matched (e.g. made by a split edit) is matched now.
 */
export const GET = apiRoute<{ id: string }>("editor", (_req, { params }) => {
  return Response.json(jsonify(listClaimMatches(getDb(), idParam(params.id, "claim"))));
});
