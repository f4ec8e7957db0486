import { getDb } from "@/server/db";
import { queryRecord } from "@/lib/query-string";
import { searchClaims, searchParamsSchema } from "@/services/search";
import { apiRoute, parseOrThrow } from "@/server/api";

/**
 * `GET /api/search?q=&status=&articleId=&reviewerId=&from=&to=&language=&page=&pageSize=`
 * → `{ results: [{ claimId, articleId, articleTitle, text, status, snippet, snippetField, language, createdAt }],
 *      total, page, pageSize, order }`. Snippets mark each match with \u0002 … \u0003; dates filter
 * the claim's creation day (UTC, inclusive); reviewer = author of the current verdict or assignee.
 */
export const GET = apiRoute("claim:search", async (req, { user }) => {
  const input = parseOrThrow(searchParamsSchema, queryRecord(new URL(req.url).searchParams));
  const result = await searchClaims(getDb(), user, input);
  return Response.json({
    ...result,
    results: result.results.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })),
  });
});
