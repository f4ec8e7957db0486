import { getDb } from "@/db/client";
import { addComment, requireLiveClaim } from "@/db/queries/claims";
import { commentSchema } from "@/lib/validation";
import { apiRoute, idParam, readJson } from "@/server/api";

export const POST = apiRoute<{ id: string }>("editor", async (req, { user, params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const input = await readJson(req, commentSchema);
  return Response.json(addComment(db, user, claim.id, input.body), { status: 201 });
});
