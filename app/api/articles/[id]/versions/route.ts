import { getDb } from "@/server/db";
import { jsonify } from "@/lib/json";
import { LIMITS } from "@/lib/vocabulary";
import { addArticleVersion, getVersionHistory, newVersionSchema } from "@/services/versions";
import { apiRoute, idParam, readJson } from "@/server/api";

/** The article's versions, oldest first, each with the claims it touched. */
export const GET = apiRoute<{ id: string }>("article:read", async (_req, { user, params }) => {
  const { versions } = await getVersionHistory(getDb(), user, { articleId: idParam(params.id, "article") });
  return Response.json(jsonify({ versions }));
});

/**
 * `POST /api/articles/:id/versions { body }` or `{ url }` (`{ url: true }` fetches the source URL
 * again) → 201 `{ version, kept, moved, changed, orphaned, added }` (claim ids), or 200 with
 * `unchanged: true` when the text is the same as the newest version's.
 */
export const POST = apiRoute<{ id: string }>("article:import", async (req, { user, params }) => {
  const articleId = idParam(params.id, "article");
  const input = await readJson(req, newVersionSchema, LIMITS.articleRequestBytes);
  const source = "body" in input ? { kind: "text" as const, body: input.body, title: input.title } : { kind: "url" as const, url: input.url === true ? null : input.url };
  const result = await addArticleVersion(getDb(), user, { articleId, source });
  return Response.json(result, { status: result.unchanged ? 200 : 201 });
});
