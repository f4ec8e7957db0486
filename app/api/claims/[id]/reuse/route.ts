import { z } from "zod";
import { getDb } from "@/server/db";
import { reuseVerdict } from "@/services/matches";
import { versionSchema } from "@/services/claims/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

const reuseSchema = z.object({
  sourceClaimId: z.number("sourceClaimId must be the id of the earlier claim (a number).").int().positive(),
  version: versionSchema,
  acknowledgeDifference: z.boolean("acknowledgeDifference must be true or false.").optional(),
});

/**
 * `POST /api/claims/:id/reuse { sourceClaimId, version, acknowledgeDifference? }`: copies the
 * earlier claim's verdict (status, note, evidence) onto this claim. 200 with the updated claim;
 * 400 with the difference when the earlier claim is only related and acknowledgeDifference is not
 * true; 409 `{ error, current }` when the claim changed first.
 */
export const POST = apiRoute<{ id: string }>("claim:review", async (req, { user, params }) => {
  const claimId = idParam(params.id, "claim");
  const input = await readJson(req, reuseSchema);
  return Response.json(await reuseVerdict(getDb(), user, { claimId, ...input }));
});
