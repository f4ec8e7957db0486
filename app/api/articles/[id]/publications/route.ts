import { getDb } from "@/server/db";
import { getPublications } from "@/services/publications";
import { apiRoute, idParam } from "@/server/api";

/** Every published version of the article's report, oldest first, and its current state. */
export const GET = apiRoute<{ id: string }>("article:read", async (_req, { user, params }) => {
  return Response.json(await getPublications(getDb(), user, idParam(params.id, "article")));
});
