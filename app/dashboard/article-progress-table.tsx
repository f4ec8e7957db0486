import Link from "next/link";
import { DEFAULT_SORT_DIR, type ArticleSort } from "@/lib/dashboard";
import type { DashboardData } from "@/services/dashboard";
import { formatCount, formatDuration, formatPercent } from "@/lib/dashboard";
import type { ClaimStatus } from "@/lib/vocabulary";
import { dashboardHref } from "./dashboard-url";
import { STATUS_STYLE } from "@/components/status-style";
import { STATUS_ORDER } from "@/lib/vocabulary";

const SORT_LABELS: Record<ArticleSort, string> = {
  oldest_unreviewed: "oldest unreviewed claim",
  progress: "progress",
  unreviewed: "unreviewed claims",
  disputed: "disputed claims",
  last_activity: "last activity",
  created: "date added",
  title: "title",
};

function SortHeader({ data, sort, children, className = "" }: { data: DashboardData; sort: ArticleSort; children: React.ReactNode; className?: string }) {
  const f = data.filters;
  const active = f.sort === sort;
  const nextDir = active ? (f.dir === "asc" ? "desc" : "asc") : DEFAULT_SORT_DIR[sort];
  return (
    <th scope="col" aria-sort={active ? (f.dir === "asc" ? "ascending" : "descending") : undefined} className={`px-2 py-2 font-medium ${className}`}>
      <Link href={dashboardHref(f, { sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 hover:underline" data-testid={`sort-${sort}`}>
        {children}
        <span aria-hidden="true" className="text-stone-400">{active ? (f.dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">{active ? `, sorted ${f.dir === "asc" ? "ascending" : "descending"}; ` : ", "}sort by {SORT_LABELS[sort]}</span>
      </Link>
    </th>
  );
}

function StatusHeader({ status }: { status: ClaimStatus }) {
  const s = STATUS_STYLE[status];
  return (
    <span title={s.label}>
      <span aria-hidden="true" className={`font-bold ${s.text}`}>{s.icon}</span>
      <span className="sr-only">{s.label}</span>
    </span>
  );
}

function Progress({ done, total, title }: { done: number; total: number; title: string }) {
  const pct = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={`Progress of ${title}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={total === 0 ? "No check-worthy claims" : `${done} of ${total} check-worthy claims have a verdict`}
        className="h-2 w-24 overflow-hidden rounded bg-stone-200"
      >
        <div className="h-full bg-[var(--color-supported)]" style={{ width: `${pct}%` }} />
      </div>
      <span className="text-xs tabular-nums text-stone-600">{total === 0 ? "—" : formatPercent(done / total)}</span>
    </div>
  );
}

/** The articles in scope, a page at a time, sortable by column; each row links to the review page. */
export function ArticleProgressTable({ data }: { data: DashboardData }) {
  const { articles, filters: f, now } = data;
  const first = articles.total === 0 ? 0 : (articles.page - 1) * articles.pageSize + 1;
  const last = Math.min(articles.total, articles.page * articles.pageSize);
  return (
    <section aria-labelledby="articles-heading" className="rounded border border-stone-200 bg-white" data-testid="article-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-2 p-3">
        <h2 id="articles-heading" className="font-semibold">Articles</h2>
        <p className="text-sm text-stone-600" data-testid="articles-count" data-total={articles.total}>
          {articles.total === 0 ? "No articles" : `${formatCount(first)}–${formatCount(last)} of ${formatCount(articles.total)} articles`}, sorted by {SORT_LABELS[f.sort]}
        </p>
      </div>
      {articles.total === 0 ? (
        <p className="border-t border-stone-100 p-6 text-center text-stone-600" data-testid="articles-empty">
          No articles were added in this range{f.language ? " in this language" : ""}{f.reviewerId ? " with claims assigned to this reviewer" : ""}.
        </p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-sm" data-testid="articles-table">
            <caption className="sr-only">Progress per article. Column headers sort the table.</caption>
            <thead className="border-y border-stone-200 bg-stone-50 text-left text-xs text-stone-700">
              <tr>
                <SortHeader data={data} sort="title">Article</SortHeader>
                <SortHeader data={data} sort="progress">Progress</SortHeader>
                {STATUS_ORDER.map((s) =>
                  s === "unreviewed" ? (
                    <SortHeader key={s} data={data} sort="unreviewed" className="text-right"><StatusHeader status={s} /></SortHeader>
                  ) : s === "disputed" ? (
                    <SortHeader key={s} data={data} sort="disputed" className="text-right"><StatusHeader status={s} /></SortHeader>
                  ) : (
                    <th key={s} scope="col" className="px-2 py-2 text-right font-medium"><StatusHeader status={s} /></th>
                  ),
                )}
                <SortHeader data={data} sort="oldest_unreviewed">Oldest unreviewed</SortHeader>
                <SortHeader data={data} sort="last_activity">Last activity</SortHeader>
                <SortHeader data={data} sort="created">Added</SortHeader>
              </tr>
            </thead>
            <tbody>
              {articles.rows.map((a) => (
                <tr key={a.id} className="border-t border-stone-100 hover:bg-stone-50" data-testid={`article-row-${a.id}`}>
                  <td className="max-w-xs px-2 py-2">
                    <Link href={`/articles/${a.id}`} className="line-clamp-2 font-medium hover:underline">{a.title}</Link>
                    <span className="text-xs text-stone-500">#{a.id} · {a.language.toUpperCase()} · {formatCount(a.claims)} claims</span>
                  </td>
                  <td className="px-2 py-2"><Progress done={a.withVerdict} total={a.checkworthy} title={a.title} /></td>
                  {STATUS_ORDER.map((s) => (
                    <td key={s} className="px-2 py-2 text-right tabular-nums" data-testid={`article-${a.id}-${s}`}>
                      {a.byStatus[s] === 0 ? <span className="text-stone-400">0</span> : formatCount(a.byStatus[s])}
                    </td>
                  ))}
                  <td className="px-2 py-2 tabular-nums" data-testid={`article-${a.id}-oldest`}>
                    {a.oldestUnreviewedAt === null ? (
                      <span className="text-stone-400">none</span>
                    ) : (
                      <time dateTime={new Date(a.oldestUnreviewedAt).toISOString()} title={new Date(a.oldestUnreviewedAt).toISOString()}>
                        {formatDuration(a.oldestUnreviewedAgeMs)}
                      </time>
                    )}
                  </td>
                  <td className="px-2 py-2 tabular-nums">
                    <time dateTime={new Date(a.lastActivityAt).toISOString()} title={new Date(a.lastActivityAt).toISOString()}>
                      {formatDuration(now - a.lastActivityAt)} ago
                    </time>
                  </td>
                  <td className="px-2 py-2 tabular-nums text-stone-600">{new Date(a.createdAt).toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {articles.pages > 1 && (
        <nav aria-label="Article pages" className="flex items-center justify-between gap-2 border-t border-stone-100 p-3 text-sm">
          {articles.page > 1 ? (
            <Link href={dashboardHref(f, { page: articles.page - 1 })} className="underline" rel="prev" data-testid="articles-prev">← Previous</Link>
          ) : (
            <span />
          )}
          <span className="text-stone-600">Page {articles.page} of {formatCount(articles.pages)}</span>
          {articles.page < articles.pages ? (
            <Link href={dashboardHref(f, { page: articles.page + 1 })} className="underline" rel="next" data-testid="articles-next">Next →</Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
