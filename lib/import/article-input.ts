import { isoDayFromText, type Language } from "../vocabulary";
import { AppError } from "../errors";
import { detectLanguage } from "../splitter";
import { assertUsableBody } from "./body";
import { parseHttpUrl } from "./fetch-url";

/** An article ready to store (db/articles.ts insertArticle). */
export type PreparedArticle = {
  title: string;
  body: string;
  byline: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  language: Language;
};

/** Article fields after validation (services/articles/schemas.ts parses them); the language may be left to detection. */
export type ArticleFields = Omit<PreparedArticle, "language"> & { language?: Language | "auto" | "" | null };

/** Validated, normalised article ready to store; the language is detected unless given. */
export function prepareArticle(fields: ArticleFields): PreparedArticle {
  const body = assertUsableBody(fields.body);
  if (fields.sourceUrl) parseHttpUrl(fields.sourceUrl);
  const language = fields.language && fields.language !== "auto" ? fields.language : detectLanguage(body);
  return {
    title: fields.title.replace(/\s+/g, " "),
    body,
    byline: fields.byline,
    sourceUrl: fields.sourceUrl,
    publishedAt: isoDayFromText(fields.publishedAt),
    language,
  };
}

/** A title for text that came without one: its first line, shortened. */
export function titleFromBody(body: string): string {
  const first = body.trim().split("\n")[0]?.trim() ?? "";
  if (!first) throw new AppError("bad_request", "The article text is empty.");
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
}
