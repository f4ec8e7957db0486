import { getDb } from "@/db/client";
import { claimDetail } from "@/db/queries/claims";
import { apiRoute, idParam } from "@/server/api";

/** The claim with its evidence, comments and history. */
export const GET = apiRoute<{ id: string }>("editor", (_req, { params }) => {
  return Response.json(claimDetail(getDb(), idParam(params.id, "claim")));
});
