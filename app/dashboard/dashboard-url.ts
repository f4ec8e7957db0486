import { DEFAULT_SORT_DIR } from "@/lib/dashboard";
import type { DashboardData } from "@/services/dashboard";

export type DashboardQuery = DashboardData["filters"];

/**
 * `/dashboard?…` for the current filters with some changed; values at their defaults are left
 * out so URLs stay short and shareable. `from`/`to` are always written, so a shared link shows
 * the same days whenever it is opened.
 */
export function dashboardHref(current: DashboardQuery, change: Partial<{ [K in keyof DashboardQuery]: DashboardQuery[K] | null }> = {}): string {
  const next = { ...current, ...change };
  const params = new URLSearchParams();
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.articleId) params.set("articleId", String(next.articleId));
  if (next.reviewerId) params.set("reviewerId", String(next.reviewerId));
  if (next.language) params.set("language", next.language);
  const sort = next.sort ?? "oldest_unreviewed";
  if (sort !== "oldest_unreviewed") params.set("sort", sort);
  if (next.dir && next.dir !== DEFAULT_SORT_DIR[sort]) params.set("dir", next.dir);
  if (next.page && next.page > 1) params.set("page", String(next.page));
  const qs = params.toString();
  return qs ? `/dashboard?${qs}` : "/dashboard";
}
