import { getDb } from "@/server/db";
import { requireArticle } from "@/services/articles";
import { rescoreArticle, rescoreSchema } from "@/services/checkworthiness";
import { apiRoute, idParam, readJson } from "@/server/api";

/**
 * Leads: rescore the article's claims without a verdict with the model in use. Body
 * `{ modelVersion }` (the version you expect; 409 if another is in use). 200
 * `{ modelVersion, rescored: [claim ids], unchanged, withVerdict }`.
 */
export const POST = apiRoute<{ id: string }>("article:rescore", async (req, { user, params }) => {
  const db = getDb();
  const article = requireArticle(db, idParam(params.id, "article"));
  const input = await readJson(req, rescoreSchema);
  return Response.json(await rescoreArticle(db, user, { articleId: article.id, modelVersion: input.modelVersion }));
});
