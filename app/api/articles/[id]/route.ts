import { getDb } from "@/db/client";
import { listArticleClaims, requireArticle } from "@/db/queries/articles";
import { apiRoute, idParam } from "@/server/api";

export const GET = apiRoute<{ id: string }>("editor", (_req, { params }) => {
  const db = getDb();
  const article = requireArticle(db, idParam(params.id, "article"));
  return Response.json({ article, claims: listArticleClaims(db, article.id) });
});
