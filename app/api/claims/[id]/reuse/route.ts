import { z } from "zod";
import { getDb } from "@/db/client";
import { reuseVerdict } from "@/db/queries/matches";
import { apiRoute, idParam, readJson } from "@/server/api";

const reuseSchema = z.object({
  sourceClaimId: z.number("sourceClaimId must be the id of the earlier claim (a number).").int().positive(),
  version: z.number("version must be the claim version you saw (a number).").int().positive(),
});

/**
 * `POST /api/claims/:id/reuse { sourceClaimId, version }`: copies the earlier claim's verdict
 * (status, note, evidence) onto this claim. 200 with the updated claim, or 409 `{ error, current }`.
 */
export const POST = apiRoute<{ id: string }>("editor", async (req, { user, params }) => {
  const claimId = idParam(params.id, "claim");
  const input = await readJson(req, reuseSchema);
  return Response.json(reuseVerdict(getDb(), user, { claimId, ...input }));
});
