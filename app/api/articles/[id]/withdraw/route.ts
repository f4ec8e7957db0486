import { getDb } from "@/server/db";
import { withdrawReport, withdrawSchema } from "@/services/publications";
import { apiRoute, idParam, readJson } from "@/server/api";

/** Admins take a public report down: its pages then say "withdrawn on DATE" with the reason. */
export const POST = apiRoute<{ id: string }>("report:withdraw", async (req, { user, params }) => {
  const input = await readJson(req, withdrawSchema);
  return Response.json(await withdrawReport(getDb(), user, { articleId: idParam(params.id, "article"), reason: input.reason }));
});
