import { env } from "@/lib/env";
import { fetchArticle, prepareArticle, textFromUpload, titleFromBody, type FetchOptions, type PreparedArticle } from "@/lib/import";
import { parseOrThrow } from "@/lib/validation";
import { articleFieldsSchema, type ArticleFieldsInput } from "./schemas";

/**
 * Where an article comes from: typed or pasted fields, an uploaded file, or a web page. Each
 * becomes the same validated article fields, through one path (fieldsFromExtracted): what the
 * user typed wins over what was extracted.
 */
export type ArticleSource =
  | { kind: "text"; fields: ArticleFieldsInput }
  | { kind: "file"; name: string; bytes: Uint8Array; title?: string | null; language?: string | null }
  | { kind: "url"; url: string; title?: string | null; language?: string | null };

type Extracted = { title: string | null; byline: string | null; publishedAt: string | null; body: string; sourceUrl?: string | null; htmlLang?: string | null };

function fieldsFromExtracted(extracted: Extracted, overrides: { title?: string | null; language?: string | null }): PreparedArticle {
  const htmlLanguage = extracted.htmlLang === "es" || extracted.htmlLang === "en" ? extracted.htmlLang : null;
  const fields = parseOrThrow(articleFieldsSchema, {
    title: overrides.title?.trim() || extracted.title || titleFromBody(extracted.body),
    body: extracted.body,
    byline: extracted.byline,
    publishedAt: extracted.publishedAt,
    sourceUrl: extracted.sourceUrl ?? null,
    language: overrides.language && overrides.language !== "auto" ? overrides.language : (htmlLanguage ?? "auto"),
  });
  return prepareArticle(fields);
}

/** The fetch settings of this deployment (private addresses only in tests). */
export function defaultFetchOptions(): FetchOptions {
  return { allowPrivate: env().IMPORT_ALLOW_PRIVATE_URLS, timeoutMs: env().IMPORT_TIMEOUT_MS };
}

/** Reads the source (fetching a URL if need be) into an article ready to split and store. */
export async function prepareSource(source: ArticleSource, fetchOptions: FetchOptions = defaultFetchOptions()): Promise<PreparedArticle> {
  switch (source.kind) {
    case "text":
      return prepareArticle(parseOrThrow(articleFieldsSchema, source.fields));
    case "file":
      return fieldsFromExtracted(textFromUpload(source.name, source.bytes), source);
    case "url": {
      const page = await fetchArticle(source.url, fetchOptions);
      return fieldsFromExtracted({ ...page, sourceUrl: page.url }, source);
    }
  }
}
