import { z } from "zod";
import { SEARCH_SCOPES, type SearchInput } from "@/lib/search/query";
import { queryRecord, type QueryParams } from "@/lib/query-string";
import { CLAIM_STATUSES, isIsoDay, LANGUAGES, LIMITS, type ClaimStatus, type Language } from "@/lib/vocabulary";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are YYYY-MM-DD.").refine(isIsoDay, "That date does not exist.");
const id = z.coerce.number().int().positive();

/** `GET /api/search`: a bad parameter is a 400 that says which. */
export const searchParamsSchema = z.object({
  q: z.string().max(LIMITS.searchQueryChars, `q is too long (${LIMITS.searchQueryChars} characters at most).`).optional(),
  status: z.enum(CLAIM_STATUSES, `status must be one of ${CLAIM_STATUSES.join(", ")}.`).optional(),
  articleId: id.optional(),
  reviewerId: id.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  language: z.enum(LANGUAGES, `language must be one of ${LANGUAGES.join(", ")}.`).optional(),
  /** `claims` leaves out lines that are not check-worthy and have no verdict (headlines, "SEE ALSO" …); default `all`. */
  scope: z.enum(SEARCH_SCOPES, `scope must be one of ${SEARCH_SCOPES.join(", ")}.`).optional(),
  page: z.coerce.number().int().positive().max(1_000_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

/**
 * The search page reads the same parameters leniently: anything malformed is ignored. Unlike the
 * API (which keeps every line unless asked), the page shows only the claims unless `scope=all`.
 */
export function searchInputFromParams(params: QueryParams): SearchInput {
  const raw = queryRecord(params);
  const positiveId = (v: string | undefined) => {
    const n = v === undefined ? NaN : Number(v);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
  };
  const day = (v: string | undefined) => (v !== undefined && isIsoDay(v) ? v : undefined);
  return {
    q: raw.q?.slice(0, LIMITS.searchQueryChars),
    status: (CLAIM_STATUSES as readonly string[]).includes(raw.status ?? "") ? (raw.status as ClaimStatus) : undefined,
    articleId: positiveId(raw.articleId),
    reviewerId: positiveId(raw.reviewerId),
    from: day(raw.from),
    to: day(raw.to),
    language: (LANGUAGES as readonly string[]).includes(raw.language ?? "") ? (raw.language as Language) : undefined,
    scope: raw.scope === "all" ? "all" : "claims",
    page: positiveId(raw.page) ?? 1,
  };
}

/**
 * What the lenient page must say about its date filters, so that an ignored or impossible range
 * never looks like "no such claims": a date that does not exist, or a start after the end.
 */
export function dateFilterProblems(params: QueryParams): string[] {
  const raw = queryRecord(params);
  const problems: string[] = [];
  const labels = { from: "Added from", to: "to" } as const;
  for (const key of ["from", "to"] as const) {
    const value = raw[key];
    if (value && !isIsoDay(value)) problems.push(`“${value.slice(0, 40)}” is not a date (YYYY-MM-DD): the “${labels[key]}” filter is ignored.`);
  }
  const { from, to } = searchInputFromParams(params);
  if (from && to && from > to) problems.push(`“Added from” (${from}) is after “to” (${to}), so no claim can match: swap the dates.`);
  return problems;
}
