import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { jsonify } from "@/lib/json";
import { can } from "@/lib/permissions";
import { LANGUAGE_LABELS } from "@/lib/vocabulary";
import { findArticleFor, getReviewPage } from "@/services/articles";
import { getReviewers } from "@/services/users";
import { getOrphans } from "@/services/versions";
import { getCurrentUser, requirePageUser } from "@/server/session";
import { ExportMenu } from "./_components/export-menu";
import { ResetArticleForm } from "./_components/reset-article-form";
import { RescoreControl } from "./_components/rescore-control";
import { NewVersionForm } from "./_components/new-version-form";
import { ReviewDesk } from "./_components/review-desk";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string }> };

function parseId(raw: string): number | null {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const user = await getCurrentUser();
  const article = id && user ? await findArticleFor(getDb(), user, id) : null;
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = parseId((await params).id);
  const db = getDb();
  const page = id ? await getReviewPage(db, user, { articleId: id }) : null;
  if (!page) notFound();
  const { article, claims } = page;
  const reviewers = await getReviewers(db, user);
  const orphans = await getOrphans(db, user, { articleId: article.id });
  const requested = parseId((await searchParams).claim ?? "");
  const meta = [
    article.byline && `By ${article.byline}`,
    article.publishedAt,
    LANGUAGE_LABELS[article.language],
    `added by ${page.createdByName ?? "unknown"}`,
  ].filter(Boolean);

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm"><Link href="/articles" className="underline">Articles</Link></p>
          <h1 className="text-2xl font-semibold" data-testid="article-title">{article.title}</h1>
          <p className="text-sm text-stone-600" data-testid="article-meta">{meta.join(" · ")}</p>
          {article.sourceUrl && (
            <p className="text-sm">
              <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-sky-800 underline">{article.sourceUrl}</a>
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ExportMenu articleId={article.id} />
          <Link href={`/articles/${article.id}/history`} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">History and as-of view</Link>
          <Link href={`/articles/${article.id}/versions`} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm" data-testid="versions-link">
            Versions ({article.version})
          </Link>
          {can(user.role, "article:reset") && <ResetArticleForm articleId={article.id} />}
          {can(user.role, "article:rescore") && <RescoreControl articleId={article.id} user={user} />}
        </div>
      </header>
      {can(user.role, "article:import") && <NewVersionForm articleId={article.id} version={article.version} sourceUrl={article.sourceUrl} />}
      <ReviewDesk
        key={article.version}
        articleId={article.id}
        version={article.version}
        initialOrphans={jsonify(orphans)}
        body={article.body}
        initialClaims={jsonify(claims)}
        initialMatching={page.matching}
        initialPublication={article.publication}
        reviewers={reviewers}
        viewer={{ id: user.id, name: user.name, role: user.role, canAssignOthers: can(user.role, "claim:assign-others"), canReset: can(user.role, "article:reset"), canPublish: can(user.role, "article:publish"), canWithdraw: can(user.role, "report:withdraw") }}
        initialClaimId={requested && claims.some((c) => c.id === requested) ? requested : null}
      />
    </div>
  );
}
