import { getDb } from "@/db/client";
import { requireArticle } from "@/db/queries/articles";
import { resetArticle } from "@/db/queries/claims";
import { resetSchema } from "@/lib/validation";
import { apiRoute, idParam, readJson } from "@/server/api";

/** Leads only: every verdict of the article back to unreviewed, one history event per claim. */
export const POST = apiRoute<{ id: string }>("lead", async (req, { user, params }) => {
  const db = getDb();
  const article = requireArticle(db, idParam(params.id, "article"));
  const input = await readJson(req, resetSchema);
  return Response.json({ reset: resetArticle(db, user, article.id, input.note) });
});
