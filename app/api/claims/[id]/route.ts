import { getDb } from "@/server/db";
import { getClaimDetail } from "@/services/claims";
import { apiRoute, idParam } from "@/server/api";

/** The claim with its evidence, comments and history. */
export const GET = apiRoute<{ id: string }>("article:read", async (_req, { user, params }) => {
  return Response.json(await getClaimDetail(getDb(), user, { claimId: idParam(params.id, "claim") }));
});
