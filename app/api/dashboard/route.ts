import { getDb } from "@/server/db";
import { AppError } from "@/lib/errors";
import { queryRecord } from "@/lib/query-string";
import { dashboardFiltersSchema, getDashboard } from "@/services/dashboard";
import { apiRoute, parseOrThrow } from "@/server/api";

/**
 * GET /api/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD&articleId=&reviewerId=&language=en|es&sort=&dir=&page=
 * The dashboard's figures as JSON, for leads and admins (editors get 403). Bad filters are a
 * 400, an unknown article a 404. Timestamps are ms since the epoch and days are UTC; every
 * definition is in db/dashboard/summaries.ts.
 */
export const GET = apiRoute("dashboard:view", async (req, { user }) => {
  const filters = parseOrThrow(dashboardFiltersSchema, queryRecord(new URL(req.url).searchParams));
  const data = await getDashboard(getDb(), user, filters);
  if (filters.articleId !== undefined && data.selectedArticle === null) {
    throw new AppError("not_found", `There is no article ${filters.articleId}.`);
  }
  return Response.json(data, { headers: { "cache-control": "no-store" } });
});
