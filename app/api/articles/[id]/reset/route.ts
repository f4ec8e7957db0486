import { getDb } from "@/server/db";
import { requireArticle } from "@/services/articles";
import { resetArticle } from "@/services/claims";
import { resetSchema } from "@/services/claims/schemas";
import { apiRoute, idParam, readJson } from "@/server/api";

/** Leads only: every verdict of the article back to unreviewed, one history event per claim. */
export const POST = apiRoute<{ id: string }>("article:reset", async (req, { user, params }) => {
  const db = getDb();
  const article = requireArticle(db, idParam(params.id, "article"));
  const input = await readJson(req, resetSchema);
  return Response.json({ reset: await resetArticle(db, user, { articleId: article.id, note: input.note }) });
});
