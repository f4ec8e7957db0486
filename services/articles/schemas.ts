import { z } from "zod";
import { policyText } from "@/lib/text-policy";
import { foldedWords } from "@/lib/search/query";
import { formatLimit, isoDayFromText, LANGUAGES, LIMITS } from "@/lib/vocabulary";

/** Article input, parsed once at the edge (forms, JSON API, CLI). */

const optionalText = (max: number, label: string) =>
  policyText(z.string(`${label} must be text.`).max(max, `${label} is too long (${formatLimit(max)} characters at most).`).nullish(), label).transform((v) =>
    v && v.trim() ? v.trim() : null,
  );

const languageChoice = z.union([z.enum(LANGUAGES), z.literal("auto"), z.literal("")], "The language must be en or es.").nullish();

/** Fields an article can be created with, from the paste form or the JSON API. */
export const articleFieldsSchema = z.object({
  title: policyText(
    z
      .string("A title is required.")
      .trim()
      .min(1, "A title is required.")
      .max(LIMITS.articleTitleChars, `The title is too long (${formatLimit(LIMITS.articleTitleChars)} characters at most).`),
    "The title",
  ),
  body: z
    .string("The article text is required.")
    .max(LIMITS.articleBodyChars, `The article is too long; the limit is ${formatLimit(LIMITS.articleBodyChars)} characters.`),
  byline: optionalText(LIMITS.bylineChars, "The byline"),
  sourceUrl: optionalText(LIMITS.urlChars, "The source URL").refine((v) => v === null || /^https?:\/\//i.test(v), "The source URL must start with http:// or https://."),
  publishedAt: optionalText(40, "The date").refine((v) => v === null || isoDayFromText(v) !== null, "The published date must be a date like 2024-09-13."),
  language: languageChoice,
});

export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;

const urlField = z
  .string("Enter the URL of the article.")
  .trim()
  .min(1, "Enter the URL of the article.")
  .max(LIMITS.urlChars, `The URL is too long (${formatLimit(LIMITS.urlChars)} characters at most).`);

/** `POST /api/articles { url, title?, language? }` and the URL form. */
export const articleFromUrlSchema = z.object({
  url: urlField,
  title: optionalText(LIMITS.articleTitleChars, "The title"),
  language: languageChoice,
});

/** The upload form: a file, and optionally a title and language. */
export const uploadFormSchema = z.object({
  file: z.instanceof(File, { message: "Choose a file to upload." }).refine((f) => f.size > 0 || f.name !== "", "Choose a file to upload."),
  title: optionalText(LIMITS.articleTitleChars, "The title"),
  language: languageChoice,
});

/**
 * `GET /api/articles?q=&limit=&offset=`: out-of-range values are clamped, not refused; `q` keeps the
 * articles whose title holds every word of it (case and accents ignored, at most 12 words).
 */
export function articleListPaging(params: URLSearchParams): { limit: number; offset: number; titleWords?: string[] } {
  const limit = Math.min(Math.max(Number(params.get("limit") ?? 100) || 100, 1), 500);
  const offset = Math.max(Number(params.get("offset") ?? 0) || 0, 0);
  const titleWords = foldedWords((params.get("q") ?? "").slice(0, LIMITS.articleTitleChars)).slice(0, 12);
  return titleWords.length ? { limit, offset, titleWords } : { limit, offset };
}
