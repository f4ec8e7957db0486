import { z } from "zod";
import { getDb } from "@/db/client";
import { searchClaims } from "@/db/queries/search";
import { CLAIM_STATUSES, LANGUAGES } from "@/lib/vocabulary";
import { apiRoute, parseOrThrow } from "@/server/api";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are YYYY-MM-DD.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "That date does not exist.");
const id = z.coerce.number().int().positive();

const paramsSchema = z.object({
  q: z.string().max(500, "q is too long (500 characters at most).").optional(),
  status: z.enum(CLAIM_STATUSES, `status must be one of ${CLAIM_STATUSES.join(", ")}.`).optional(),
  articleId: id.optional(),
  reviewerId: id.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  language: z.enum(LANGUAGES, `language must be one of ${LANGUAGES.join(", ")}.`).optional(),
  page: z.coerce.number().int().positive().max(1_000_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

/**
 * `GET /api/search?q=&status=&articleId=&reviewerId=&from=&to=&language=&page=&pageSize=`
 * → `{ results: [{ claimId, articleId, articleTitle, text, status, snippet, snippetField, language, createdAt }],
 *      total, page, pageSize, order }`. Snippets mark each match with \u0002 … \u0003; dates filter
 * the claim's creation day (UTC, inclusive); reviewer = author of the current verdict or assignee.
 */
export const GET = apiRoute("editor", (req) => {
  const url = new URL(req.url);
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (value.trim() !== "") raw[key] = value.trim();
  const input = parseOrThrow(paramsSchema, raw);
  const result = searchClaims(getDb(), input);
  return Response.json({
    ...result,
    results: result.results.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })),
  });
});
