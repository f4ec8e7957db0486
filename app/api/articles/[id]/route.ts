import { getDb } from "@/server/db";
import { getArticle } from "@/services/articles";
import { apiRoute, idParam } from "@/server/api";

export const GET = apiRoute<{ id: string }>("article:read", async (_req, { user, params }) => {
  return Response.json(await getArticle(getDb(), user, { articleId: idParam(params.id, "article") }));
});
