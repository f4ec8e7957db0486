import { getDb } from "@/server/db";
import { confirmVerdict } from "@/services/claims/confirm";
import { confirmSchema } from "@/services/claims/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

/** The second reviewer confirms a verdict under the two-person rule: 200 with the claim; 403 on one's own. */
export const POST = apiRoute<{ id: string }>("claim:confirm", async (req, { user, params }) => {
  const input = await readJson(req, confirmSchema);
  return Response.json(await confirmVerdict(getDb(), user, { claimId: idParam(params.id, "claim"), ...input }));
});
