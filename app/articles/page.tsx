import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/server/db";
import { listArticles } from "@/services/articles";
import { getReviewers } from "@/services/users";
import { CLAIM_STATUSES } from "@/lib/vocabulary";
import { requirePageUser } from "@/server/session";
import { ProgressBar } from "@/components/progress-bar";
import { ReviewerFilter, StatusFilter } from "../_components/list-filters";

export const metadata: Metadata = { title: "Articles" };

const filtersSchema = z.object({
  status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
  assignee: z.union([z.literal("me"), z.coerce.number().int().positive()]).optional().catch(undefined),
  unfinished: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

const PAGE_SIZE = 50;

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser();
  const filters = filtersSchema.parse(await searchParams);
  const db = getDb();
  const assigneeId = filters.assignee === "me" ? user.id : filters.assignee;
  const page = filters.page ?? 1;
  // One extra row tells whether an older page exists.
  const rows = await listArticles(db, user, {
    status: filters.status,
    assigneeId,
    unfinishedFirst: filters.unfinished === "1",
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  });
  const articles = rows.slice(0, PAGE_SIZE);
  const pageHref = (n: number) => {
    const params = new URLSearchParams();
    if (filters.status) params.set("status", filters.status);
    if (filters.assignee) params.set("assignee", String(filters.assignee));
    if (filters.unfinished) params.set("unfinished", "1");
    if (n > 1) params.set("page", String(n));
    const query = params.toString();
    return query ? `/articles?${query}` : "/articles";
  };
  const reviewers = await getReviewers(db, user);
  const filtered = Boolean(filters.status || filters.assignee || filters.unfinished);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <Link href="/articles/new" className="rounded bg-stone-900 px-3 py-2 text-sm font-medium text-white hover:bg-stone-700">
          Add article
        </Link>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3 text-sm" aria-label="Filter articles">
        <StatusFilter label="Claims with status" value={filters.status} />
        <ReviewerFilter
          label="Assignee"
          name="assignee"
          value={filters.assignee}
          reviewers={reviewers}
          extraOptions={<option value="me">Assigned to me</option>}
        />
        <label className="flex items-center gap-2 pb-1">
          <input type="checkbox" name="unfinished" value="1" defaultChecked={filters.unfinished === "1"} />
          Unfinished first
        </label>
        <button type="submit" className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100">Apply</button>
        {filtered && <Link href="/articles" className="pb-1 underline">Clear filters</Link>}
      </form>

      {articles.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600" data-testid="articles-empty">
          {filtered ? "No articles match these filters." : "No articles yet. Add one to start checking claims."}
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="article-list">
          {articles.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0">
                <Link href={`/articles/${a.id}`} className="font-medium hover:underline">{a.title}</Link>
                <p className="text-xs text-stone-600">
                  {[a.byline && `By ${a.byline}`, a.publishedAt, a.language.toUpperCase()].filter(Boolean).join(" · ")}
                  {a.assignedToMe > 0 && ` · ${a.assignedToMe} assigned to you`}
                </p>
              </div>
              <div className="flex items-center gap-4 text-xs text-stone-600">
                <span>
                  {a.disputed} disputed · {a.needsSource} {a.needsSource === 1 ? "needs" : "need"} a source
                  {a.changed > 0 && (
                    <strong className="ml-1 text-amber-800" data-testid="article-changed">
                      · <span aria-hidden="true">⟳ </span>
                      {a.changed} changed since verdict
                    </strong>
                  )}
                </span>
                <ProgressBar done={a.verdicts} total={a.checkworthy} label={`Progress of ${a.title}`} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {(page > 1 || rows.length > PAGE_SIZE) && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)} className="underline">← Newer articles</Link> : <span />}
          <span className="text-stone-600">Page {page}</span>
          {rows.length > PAGE_SIZE ? <Link href={pageHref(page + 1)} className="underline">Older articles →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
