import "server-only";
import { getDb } from "@/db/client";
import { createArticle } from "@/db/queries/articles";
import { env } from "@/lib/env";
import { fetchArticle, prepareArticle, titleFromBody, articleFieldsSchema, type PreparedArticle } from "@/lib/import";
import { parseOrThrow } from "./api";

/** Stores a prepared article split into claims; returns its id. */
export function storeArticle(article: PreparedArticle, actorId: number): { id: number; claims: number } {
  return createArticle(getDb(), article, actorId);
}

/** Fetches a URL and prepares its article, letting form fields override what was extracted. */
export async function prepareFromUrl(url: string, overrides: { title?: string | null; language?: string | null } = {}): Promise<PreparedArticle> {
  const page = await fetchArticle(url, { allowPrivate: env().IMPORT_ALLOW_PRIVATE_URLS, timeoutMs: env().IMPORT_TIMEOUT_MS });
  const fields = parseOrThrow(articleFieldsSchema, {
    title: overrides.title?.trim() || page.title || titleFromBody(page.body),
    body: page.body,
    byline: page.byline,
    sourceUrl: page.url,
    publishedAt: page.publishedAt,
    language: overrides.language || (page.htmlLang === "es" || page.htmlLang === "en" ? page.htmlLang : "auto"),
  });
  return prepareArticle(fields);
}
