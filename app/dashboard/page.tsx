import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/server/db";
import { redirect } from "next/navigation";
import { findArticleByTitle } from "@/services/articles";
import { getDashboard, parseDashboardFilters, type DashboardData, type DashboardFiltersInput } from "@/services/dashboard";
import { queryRecord } from "@/lib/query-string";
import { isAppError } from "@/lib/errors";
import { requirePageUser } from "@/server/session";
import { ArticleProgressTable } from "./article-progress-table";
import { AttentionPanel } from "./attention-panel";
import { BacklogAging } from "./backlog-aging";
import { DashboardFilters } from "./dashboard-filters";
import { dashboardHref } from "./dashboard-url";
import { ReviewerTable } from "./reviewer-table";
import { ThroughputChart } from "./throughput-chart";
import { TimeToVerdict } from "./time-to-verdict";
import { TotalsCards } from "./totals-cards";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

type Params = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<Params> };

/** This dashboard URL with `article` (typed words) replaced by the article id they found. */
function withArticle(params: Params, articleId: number): string {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(queryRecord(params))) if (key !== "article" && key !== "page") next.set(key, value);
  next.set("articleId", String(articleId));
  return `/dashboard?${next}`;
}

/** Leads and admins only: editors see the forbidden page (403). */
export default async function DashboardPage({ searchParams }: Props) {
  const user = await requirePageUser("dashboard:view");
  const db = getDb();
  const params = await searchParams;
  // A title typed without picking from the list (or without JavaScript): the newest article it names.
  const typed = queryRecord(params).article;
  let unknownTitle: string | null = null;
  if (typed && !queryRecord(params).articleId) {
    const hit = await findArticleByTitle(db, user, typed);
    if (hit) redirect(withArticle(params, hit.id));
    unknownTitle = typed;
  }
  const parsed = parseDashboardFilters(params);
  let problem: string | null = unknownTitle ? `No article title contains “${unknownTitle.slice(0, 200)}”: showing every article.` : null;
  let filters: DashboardFiltersInput = {};
  if (parsed.success) filters = parsed.data;
  else {
    const issue = parsed.error.issues[0];
    problem = `${issue?.path.join(".") ? `${issue.path.join(".")}: ` : ""}${issue?.message ?? "Invalid filters."} Showing the default view instead.`;
  }
  let data: DashboardData;
  try {
    data = await getDashboard(db, user, filters);
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = `${error.message} Showing the default view instead.`;
    data = await getDashboard(db, user, {});
  }
  const f = data.filters;
  const scope = [
    data.selectedArticle ? `article “${data.selectedArticle.title}”` : f.articleId ? `article #${f.articleId} (not found)` : null,
    f.reviewerId ? `claims assigned to ${data.reviewerOptions.find((u) => u.id === f.reviewerId)?.name ?? `user #${f.reviewerId}`}` : null,
    f.language ? (f.language === "es" ? "Spanish articles" : "English articles") : null,
  ].filter(Boolean);

  return (
    <div className="space-y-5" data-testid="dashboard">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Dashboard</h1>
          <p className="text-sm text-stone-600" data-testid="dashboard-scope">
            {f.from} to {f.to} (UTC){scope.length ? ` · ${scope.join(" · ")}` : ""}
          </p>
        </div>
        <p className="text-sm">
          <Link href={dashboardHref(f).replace(/^\/dashboard/, "/api/dashboard")} className="underline" prefetch={false} data-testid="dashboard-json-link">
            This view as JSON
          </Link>
        </p>
      </header>

      <DashboardFilters data={data} />

      {problem && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="dashboard-error">{problem}</p>
      )}

      <p className="text-xs text-stone-600">
        Claims, statuses, progress and the backlog are the current state of the check-worthy claims in articles{" "}
        {f.articleId ? "picked above" : "added in the range"}; verdicts, reuse and times to verdict count what happened in the range. Deleted claims count nowhere.
      </p>

      <TotalsCards totals={data.totals} />

      <AttentionPanel data={data} />

      <div className="grid gap-4 lg:grid-cols-2">
        <BacklogAging backlog={data.backlog} />
        <TimeToVerdict ttv={data.timeToVerdict} />
      </div>

      <ThroughputChart throughput={data.throughput} />

      <ArticleProgressTable data={data} />

      <ReviewerTable data={data} />
    </div>
  );
}
