import { getDb } from "@/server/db";
import { sendBackVerdict } from "@/services/claims/confirm";
import { sendBackSchema } from "@/services/claims/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

/** The second reviewer disagrees: the claim is unreviewed again, with the note in its history. */
export const POST = apiRoute<{ id: string }>("claim:confirm", async (req, { user, params }) => {
  const input = await readJson(req, sendBackSchema);
  return Response.json(await sendBackVerdict(getDb(), user, { claimId: idParam(params.id, "claim"), ...input }));
});
