import { getDb } from "@/db/client";
import { dashboardFiltersSchema, getDashboardData } from "@/db/queries/dashboard";
import { AppError } from "@/lib/errors";
import { apiRoute, parseOrThrow } from "@/server/api";

/**
 * GET /api/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD&articleId=&reviewerId=&language=en|es&sort=&dir=&page=
 * The dashboard's figures as JSON, for leads and admins (editors get 403). Bad filters are a
 * 400, an unknown article a 404. Timestamps are ms since the epoch and days are UTC; every
 * definition is in db/queries/dashboard.ts.
 */
export const GET = apiRoute("lead", (req) => {
  const filters = parseOrThrow(dashboardFiltersSchema, Object.fromEntries(new URL(req.url).searchParams));
  const data = getDashboardData(getDb(), filters);
  if (filters.articleId !== undefined && data.selectedArticle === null) {
    throw new AppError("not_found", `There is no article ${filters.articleId}.`);
  }
  return Response.json(data, { headers: { "cache-control": "no-store" } });
});
