import Link from "next/link";
import { DEFAULT_SORT_DIR } from "@/lib/dashboard";
import type { DashboardData } from "@/services/dashboard";
import { utcDayOf, isoDayOfUtcDay } from "@/lib/vocabulary";
import { ArticlePicker } from "@/components/article-picker";
import { Field, Select, TextInput } from "@/components/form";
import { LanguageOptions } from "@/components/language-select";
import { dashboardHref } from "./dashboard-url";

/**
 * A plain GET form: the filters live in the URL, so any view can be bookmarked or shared,
 * and it works without JavaScript. The sort order is kept; the page goes back to 1.
 */
export function DashboardFilters({ data }: { data: DashboardData }) {
  const f = data.filters;
  const today = utcDayOf(data.now);
  const quick = [7, 30, 90].map((days) => ({
    days,
    href: dashboardHref(f, { from: isoDayOfUtcDay(today - days + 1), to: isoDayOfUtcDay(today), page: 1 }),
    active: f.to === isoDayOfUtcDay(today) && f.from === isoDayOfUtcDay(today - days + 1),
  }));
  return (
    <form method="get" action="/dashboard" aria-label="Dashboard filters" data-testid="dashboard-filters" className="space-y-2 rounded border border-stone-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-end gap-3">
        <Field label="From">
          <TextInput type="date" name="from" defaultValue={f.from} required data-testid="filter-from" />
        </Field>
        <Field label="To">
          <TextInput type="date" name="to" defaultValue={f.to} required data-testid="filter-to" />
        </Field>
        <Field label="Reviewer">
          <Select name="reviewerId" defaultValue={f.reviewerId ? String(f.reviewerId) : ""} data-testid="filter-reviewer">
            <option value="">Everyone</option>
            {data.reviewerOptions.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </Select>
        </Field>
        <Field label="Language">
          <Select name="language" defaultValue={f.language ?? ""} data-testid="filter-language">
            <option value="">All</option>
            <LanguageOptions />
          </Select>
        </Field>
        <ArticlePicker
          initial={data.selectedArticle}
          textName="article"
          className="w-full sm:w-72"
          testId="filter-article"
        />
        {f.sort !== "oldest_unreviewed" && <input type="hidden" name="sort" value={f.sort} />}
        {f.dir !== DEFAULT_SORT_DIR[f.sort] && <input type="hidden" name="dir" value={f.dir} />}
        <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700" data-testid="filter-apply">
          Apply
        </button>
        <Link href="/dashboard" className="pb-1.5 underline">Reset</Link>
      </div>
      <p className="flex flex-wrap items-center gap-2 text-stone-600">
        <span>Quick range:</span>
        {quick.map((q) => (
          <Link key={q.days} href={q.href} aria-current={q.active ? "true" : undefined} className={q.active ? "rounded bg-stone-200 px-2 py-0.5 font-medium text-stone-900" : "rounded px-2 py-0.5 underline"}>
            Last {q.days} days
          </Link>
        ))}
      </p>
    </form>
  );
}
