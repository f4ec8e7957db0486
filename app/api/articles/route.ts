import { z } from "zod";
import { getDb } from "@/server/db";
import { LIMITS } from "@/lib/vocabulary";
import { articleFromUrlSchema, articleListPaging, importArticle, listArticles, type ArticleSource } from "@/services/articles";
import { apiRoute, parseOrThrow, readJson } from "@/server/api";

export const GET = apiRoute("article:read", async (req, { user }) => {
  const articles = await listArticles(getDb(), user, articleListPaging(new URL(req.url).searchParams));
  return Response.json({ articles });
});

/** `{ title, body, … }` stores the text; `{ url }` imports the page. 201 `{ id, claims }`. */
export const POST = apiRoute("article:import", async (req, { user }) => {
  const payload = await readJson(req, z.record(z.string(), z.unknown(), "The body must be a JSON object."), LIMITS.articleRequestBytes);
  const source: ArticleSource =
    "url" in payload && !("body" in payload)
      ? { kind: "url", ...parseOrThrow(articleFromUrlSchema, payload) }
      : { kind: "text", fields: payload as never };
  const created = await importArticle(getDb(), user, source);
  return Response.json(created, { status: 201, headers: { location: `/api/articles/${created.id}` } });
});
