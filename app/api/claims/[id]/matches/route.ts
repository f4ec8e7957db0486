import { getDb } from "@/server/db";
import { jsonify } from "@/lib/json";
import { findEarlierChecks, listClaimMatches } from "@/services/matches";
import { apiRoute, idParam } from "@/server/api";

/**
 * `GET /api/claims/:id/matches` → earlier claims in other articles that this claim matches, best
 * first, dismissed ones left out: `[{ claimId, articleId, articleTitle, text, status, similarity,
 * same, note, verdictByName, verdictAt, evidence: [{ url, title, quote }], reused }]`. Read-only:
 * `X-Claim-Matched: 0` says the matcher has not looked at this claim yet (still queued, or made
 * before claim memory existed); `POST` looks now and answers the same way.
 */
export const GET = apiRoute<{ id: string }>("article:read", async (_req, { user, params }) => {
  const result = await listClaimMatches(getDb(), user, { claimId: idParam(params.id, "claim") });
  return Response.json(jsonify(result.matches), { headers: { "X-Claim-Matched": result.scanned ? "1" : "0" } });
});

export const POST = apiRoute<{ id: string }>("claim:review", async (_req, { user, params }) => {
  const result = await findEarlierChecks(getDb(), user, { claimId: idParam(params.id, "claim") });
  return Response.json(jsonify(result.matches), { headers: { "X-Claim-Matched": "1" } });
});
