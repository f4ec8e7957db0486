import { z } from "zod";
import { getDb } from "@/db/client";
import { listArticles } from "@/db/queries/articles";
import { articleFieldsSchema, prepareArticle } from "@/lib/import";
import { apiRoute, parseOrThrow, readJson } from "@/server/api";
import { prepareFromUrl, storeArticle } from "@/server/import-article";

export const GET = apiRoute("editor", (req, { user }) => {
  const url = new URL(req.url);
  const limit = Math.min(Math.max(Number(url.searchParams.get("limit") ?? 100) || 100, 1), 500);
  const offset = Math.max(Number(url.searchParams.get("offset") ?? 0) || 0, 0);
  const articles = listArticles(getDb(), user.id, { limit, offset });
  return Response.json({ articles });
});

const fromUrlSchema = z.object({
  url: z.string("url must be a string.").min(1, "url is required.").max(2000, "url is too long."),
  title: z.string().max(500).nullish(),
  language: z.enum(["en", "es", "auto"]).nullish(),
});

/** `{ title, body, … }` stores the text; `{ url }` imports the page. 201 `{ id, claims }`. */
export const POST = apiRoute("editor", async (req, { user }) => {
  const payload = await readJson(req, z.record(z.string(), z.unknown(), "The body must be a JSON object."), 8_000_000);
  const article =
    "url" in payload && !("body" in payload)
      ? await (async () => {
          const input = parseOrThrow(fromUrlSchema, payload);
          return prepareFromUrl(input.url, input);
        })()
      : prepareArticle(parseOrThrow(articleFieldsSchema, payload));
  const created = storeArticle(article, user.id);
  return Response.json(created, { status: 201, headers: { location: `/api/articles/${created.id}` } });
});
