import { getDb } from "@/server/db";
import { publishReport, publishSchema } from "@/services/publications";
import { apiRoute, idParam, readJson } from "@/server/api";

/** Leads sign off: 201 `{ version, url, sha256 }`, or 409 `{ error, blockers: [{ claimId, reason }] }`. */
export const POST = apiRoute<{ id: string }>("article:publish", async (req, { user, params }) => {
  const input = await readJson(req, publishSchema);
  const result = await publishReport(getDb(), user, { articleId: idParam(params.id, "article"), note: input.note, origin: new URL(req.url).origin });
  return Response.json(result, { status: 201 });
});
