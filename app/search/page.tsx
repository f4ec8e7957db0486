import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/server/db";
import { redirect } from "next/navigation";
import { findArticleByTitle, findArticleFor } from "@/services/articles";
import { queryRecord } from "@/lib/query-string";
import { ArticlePicker } from "@/components/article-picker";
import { RANK_WINDOW, dateFilterProblems, searchClaims, searchInputFromParams, type SearchInput, type SearchResponse, type SearchResult } from "@/services/search";
import { getReviewers } from "@/services/users";
import { requirePageUser } from "@/server/session";
import { StatusBadge } from "@/components/status-style";
import { PageFrame } from "@/components/page-frame";
import { Snippet } from "./snippet";
import { ReviewerFilter, StatusFilter } from "../_components/list-filters";
import { Field, Select, TextInput } from "@/components/form";
import { LanguageOptions } from "@/components/language-select";

export const metadata: Metadata = { title: "Search claims" };

type Params = Record<string, string | string[] | undefined>;

const FIELD_LABELS = { text: null, notes: "Matched in a verdict note", evidence: "Matched in an evidence title" } as const;

/** The URL of this search with some parameters changed (empty values dropped). */
function searchHref(input: SearchInput, changes: Partial<Record<keyof SearchInput, string | number | undefined>>): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...input, ...changes };
  for (const key of ["q", "status", "articleId", "reviewerId", "from", "to", "language", "scope", "page"] as const) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || (key === "page" && Number(value) <= 1) || (key === "scope" && value === "claims")) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/search?${qs}` : "/search";
}

function orderNote(result: SearchResponse, input: SearchInput): string {
  const groups = input.scope === "all" ? "Reviewed claims first, then unreviewed claims, then the other lines; within each, " : "Reviewed claims first; within each group, ";
  if (result.order === "newest") return `${groups}newest first.`;
  if (result.order === "bm25-window") {
    return `${groups}best matches first among the ${RANK_WINDOW.toLocaleString("en-US")} most recent; older matches follow, newest first.`;
  }
  return `${groups}best matches first.`;
}

/** A result that is not one of the claims: not check-worthy, and no verdict. */
const isLine = (r: SearchResult) => !r.checkworthy && r.status === "unreviewed";

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requirePageUser("claim:search");
  const params = await searchParams;
  const input = searchInputFromParams(params);
  const dateProblems = dateFilterProblems(params);
  const db = getDb();
  // A title typed without picking from the list (or without JavaScript): the newest article it names.
  const typed = queryRecord(params).article;
  let unknownTitle: string | null = null;
  if (typed && !input.articleId) {
    const hit = await findArticleByTitle(db, user, typed);
    if (hit) redirect(searchHref(input, { articleId: hit.id, page: undefined }));
    unknownTitle = typed.slice(0, 200);
  }
  const reviewers = await getReviewers(db, user);
  const article = input.articleId ? await findArticleFor(db, user, input.articleId) : null;
  const asked = Boolean(input.q || input.status || input.articleId || input.reviewerId || input.from || input.to || input.language);
  const started = performance.now();
  const result = asked ? await searchClaims(db, user, input) : null;
  const ms = performance.now() - started;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const page = result?.page ?? 1;

  return (
    <PageFrame title="Search claims" className="space-y-5">

      <form method="get" action="/search" role="search" aria-label="Search claims and filter" className="space-y-3 rounded border border-stone-200 bg-white p-3 text-sm">
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-64 flex-1 flex-col gap-1">
            <span className="font-medium">Words in the claim, its verdict notes or evidence titles</span>
            <TextInput
              name="q"
              type="search"
              defaultValue={input.q ?? ""}
              maxLength={500}
              placeholder={'e.g. gang members, "state of emergency", -Argentina, reelect*'}
              data-testid="search-q"
            />
          </label>
          <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
            Search
          </button>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <StatusFilter label="Status" value={input.status} />
          <ReviewerFilter label="Reviewer" name="reviewerId" value={input.reviewerId} reviewers={reviewers} />
          <Field label="Language">
            <Select name="language" defaultValue={input.language ?? ""}>
              <option value="">Any</option>
              <LanguageOptions />
            </Select>
          </Field>
          <Field label="Added from">
            <TextInput type="date" name="from" defaultValue={input.from ?? ""} />
          </Field>
          <Field label="to">
            <TextInput type="date" name="to" defaultValue={input.to ?? ""} />
          </Field>
          <Field label="Show">
            <Select name="scope" defaultValue={input.scope ?? "claims"} className="max-w-full" data-testid="search-scope">
              <option value="claims">Check-worthy claims only</option>
              <option value="all">Every line, headlines included</option>
            </Select>
          </Field>
          <ArticlePicker
            initial={article ? { id: article.id, title: article.title } : null}
            textName="article"
            className="w-full sm:w-72"
            testId="search-article"
          />
          {asked && (
            <Link href="/search" className="pb-1 underline">
              Clear
            </Link>
          )}
        </div>
        {unknownTitle && (
          <p className="text-xs text-red-800" role="status" data-testid="search-article-unknown">
            No article title contains “{unknownTitle}”: searching every article.
          </p>
        )}
        {dateProblems.map((problem) => (
          <p key={problem} className="text-xs text-red-800" role="status" data-testid="search-date-problem">
            {problem}
          </p>
        ))}
        {article && (
          <p className="text-xs text-stone-600">
            In article: <Link href={`/articles/${article.id}`} className="underline">{article.title}</Link> ·{" "}
            <Link href={searchHref(input, { articleId: undefined, page: undefined })} className="underline">any article</Link>
          </p>
        )}
      </form>

      {!result ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600">
          Search every claim ever checked: its text, the notes of its verdicts and the titles of its evidence.
        </p>
      ) : result.total === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600" data-testid="search-empty">
          No claims match{input.q ? <> “{input.q}”</> : null}
          {asked && input.q && (input.status || input.articleId || input.reviewerId || input.from || input.to || input.language) ? " with these filters" : ""}.
          {input.scope !== "all" && (
            <>
              {" "}
              <Link href={searchHref(input, { scope: "all", page: undefined })} className="underline" data-testid="search-every-line">
                Search every line, headlines included
              </Link>
            </>
          )}
        </p>
      ) : (
        <section aria-labelledby="results-heading" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-stone-600">
            <h2 id="results-heading" className="font-medium text-stone-900" data-testid="search-total">
              {result.total.toLocaleString("en-US")} {input.scope === "all" ? "result" : "claim"}
              {result.total === 1 ? "" : "s"}
            </h2>
            <span>
              {orderNote(result, input)} {ms.toFixed(0)} ms.{" "}
              {input.scope === "all" ? (
                <Link href={searchHref(input, { scope: undefined, page: undefined })} className="underline">Claims only</Link>
              ) : (
                <Link href={searchHref(input, { scope: "all", page: undefined })} className="underline" data-testid="search-every-line">
                  Show headlines and other lines too
                </Link>
              )}
            </span>
          </div>
          <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="search-results">
            {result.results.map((r) => (
              <li key={r.claimId} className="space-y-1 px-4 py-3" data-testid="search-result" data-claim-id={r.claimId}>
                <Link href={`/articles/${r.articleId}?claim=${r.claimId}`} className="block font-serif text-stone-900 hover:underline" data-testid="search-snippet">
                  <Snippet snippet={r.snippetField === "text" ? r.snippet : r.text} />
                </Link>
                {r.snippetField !== "text" && (
                  <p className="text-sm text-stone-700">
                    <span className="text-xs font-medium uppercase tracking-wide text-stone-500">{FIELD_LABELS[r.snippetField]}: </span>
                    <Snippet snippet={r.snippet} />
                  </p>
                )}
                <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                  <StatusBadge status={r.status} />
                  {isLine(r) && (
                    <span className="rounded border border-stone-300 px-1.5 py-0.5 text-stone-600" data-testid="search-line-badge">
                      Not check-worthy
                    </span>
                  )}
                  <Link href={`/articles/${r.articleId}`} className="underline">{r.articleTitle}</Link>
                  <span>· {r.language.toUpperCase()}</span>
                  <span>· added {new Date(r.createdAt).toISOString().slice(0, 10)}</span>
                  {!input.articleId && (
                    <Link href={searchHref(input, { articleId: r.articleId, page: undefined })} className="underline">
                      more from this article
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label="Result pages" className="flex items-center justify-between text-sm">
              {page > 1 ? (
                <Link href={searchHref(input, { page: page - 1 })} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100" rel="prev">
                  ← Previous
                </Link>
              ) : (
                <span />
              )}
              <span className="text-stone-600">
                Page {page.toLocaleString("en-US")} of {pages.toLocaleString("en-US")}
              </span>
              {page < pages ? (
                <Link href={searchHref(input, { page: page + 1 })} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100" rel="next">
                  Next →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </section>
      )}
    </PageFrame>
  );
}
