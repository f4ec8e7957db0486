import { z } from "zod";
import { isoDayFromText, LANGUAGES, type Language } from "../vocabulary";
import { AppError } from "../errors";
import { detectLanguage } from "../splitter";
import { assertUsableBody, MAX_BODY_CHARS, MAX_TITLE_CHARS } from "./body";
import { parseHttpUrl } from "./fetch-url";

const optionalText = (max: number, label: string) =>
  z
    .string(`${label} must be text.`)
    .max(max, `${label} is too long (${max} characters at most).`)
    .nullish()
    .transform((v) => (v && v.trim() ? v.trim() : null));

/** Fields an article can be created with, from a form or the JSON API. */
export const articleFieldsSchema = z.object({
  title: z.string("A title is required.").trim().min(1, "A title is required.").max(MAX_TITLE_CHARS, `The title is too long (${MAX_TITLE_CHARS} characters at most).`),
  body: z.string("The article text is required.").max(MAX_BODY_CHARS, `The article is too long; the limit is ${MAX_BODY_CHARS.toLocaleString("en")} characters.`),
  byline: optionalText(300, "The byline"),
  sourceUrl: optionalText(2000, "The source URL").refine((v) => v === null || /^https?:\/\//i.test(v), "The source URL must start with http:// or https://."),
  publishedAt: optionalText(40, "The date").refine((v) => v === null || isoDayFromText(v) !== null, "The published date must be a date like 2024-09-13."),
  language: z.union([z.enum(LANGUAGES), z.literal("auto"), z.literal("")], "The language must be en or es.").nullish(),
});

export type ArticleFields = z.input<typeof articleFieldsSchema>;

export type PreparedArticle = {
  title: string;
  body: string;
  byline: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  language: Language;
};

/** Validated, normalised article ready to store; the language is detected unless given. */
export function prepareArticle(fields: z.output<typeof articleFieldsSchema>): PreparedArticle {
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
