import { z } from "zod";
import { ARTICLE_SORTS } from "@/lib/dashboard";
import { queryRecord, queryValue, type QueryParams } from "@/lib/query-string";
import { isIsoDay, LANGUAGES } from "@/lib/vocabulary";

const optionalDate = z.preprocess(queryValue, z.string().refine(isIsoDay, "Use a date as YYYY-MM-DD.").optional());
const optionalId = z.preprocess(queryValue, z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional());

/** Dashboard filters as they arrive in the query string (all optional). */
export const dashboardFiltersSchema = z
  .object({
    from: optionalDate,
    to: optionalDate,
    articleId: optionalId,
    reviewerId: optionalId,
    language: z.preprocess(queryValue, z.enum(LANGUAGES).optional()),
    sort: z.preprocess(queryValue, z.enum(ARTICLE_SORTS).default("oldest_unreviewed")),
    dir: z.preprocess(queryValue, z.enum(["asc", "desc"]).optional()),
    page: z.preprocess(queryValue, z.coerce.number().int().min(1).max(10_000).default(1)),
  })
  .refine((f) => !(f.from && f.to) || f.from <= f.to, { message: "The start date is after the end date.", path: ["from"] });

export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;
export type DashboardFiltersInput = Partial<DashboardFilters>;

/** Parses `URLSearchParams` or Next's `searchParams` object. */
export function parseDashboardFilters(params: QueryParams) {
  return dashboardFiltersSchema.safeParse(queryRecord(params));
}

