import { z } from "zod";
import { getDb } from "@/server/db";
import { reuseVerdict } from "@/services/matches";
import { versionSchema } from "@/services/claims/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

const reuseSchema = z.object({
  sourceClaimId: z.number("sourceClaimId must be the id of the earlier claim (a number).").int().positive(),
  version: versionSchema,
});

/**
 * `POST /api/claims/:id/reuse { sourceClaimId, version }`: copies the earlier claim's verdict
 * (status, note, evidence) onto this claim. 200 with the updated claim, or 409 `{ error, current }`.
 */
export const POST = apiRoute<{ id: string }>("claim:review", async (req, { user, params }) => {
  const claimId = idParam(params.id, "claim");
  const input = await readJson(req, reuseSchema);
  return Response.json(await reuseVerdict(getDb(), user, { claimId, ...input }));
});
