import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { articles, claimEvents, claims, users, type Article, type Claim } from "../schema";
import type { Language } from "@/lib/vocabulary";
import { splitIntoClaims } from "@/lib/splitter";
import { AppError } from "@/lib/errors";
import { matchArticleClaims } from "./matches";

export type ArticleInput = {
  title: string;
  body: string;
  byline?: string | null;
  sourceUrl?: string | null;
  publishedAt?: string | null;
  language: Language;
};

/** Claim fields the API and the review page expose. */
export type ClaimView = Pick<
  Claim,
  "id" | "text" | "start" | "end" | "score" | "checkworthy" | "status" | "version" | "assigneeId" | "reasons"
>;

export const claimViewColumns = {
  id: claims.id,
  text: claims.text,
  start: claims.start,
  end: claims.end,
  score: claims.score,
  checkworthy: claims.checkworthy,
  status: claims.status,
  version: claims.version,
  assigneeId: claims.assigneeId,
  reasons: claims.reasons,
};

/** Stores an article and its claims, with a `created` history event per claim, atomically. */
export function createArticle(db: Db, input: ArticleInput, actorId: number, now = new Date()): { id: number; claims: number } {
  const drafts = splitIntoClaims(input.body, { language: input.language });
  return db.transaction((tx) => {
    const article = tx
      .insert(articles)
      .values({
        title: input.title,
        body: input.body,
        byline: input.byline ?? null,
        sourceUrl: input.sourceUrl ?? null,
        publishedAt: input.publishedAt ?? null,
        language: input.language,
        createdBy: actorId,
        createdAt: now,
      })
      .returning({ id: articles.id })
      .get();
    for (const draft of drafts) {
      const claim = tx
        .insert(claims)
        .values({
          articleId: article.id,
          start: draft.start,
          end: draft.end,
          text: draft.text,
          score: draft.score,
          checkworthy: draft.checkworthy,
          reasons: draft.reasons,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: claims.id })
        .get();
      tx.insert(claimEvents)
        .values({ claimId: claim.id, actorId, at: now, kind: "created", toStatus: "unreviewed", payload: { start: draft.start, end: draft.end } })
        .run();
    }
    matchArticleClaims(tx, article.id, now);
    return { id: article.id, claims: drafts.length };
  });
}

export type ArticleListItem = {
  id: number;
  title: string;
  byline: string | null;
  language: Language;
  publishedAt: string | null;
  createdAt: Date;
  checkworthy: number;
  verdicts: number;
  unreviewed: number;
  supported: number;
  disputed: number;
  needsSource: number;
  assignedToMe: number;
};

export type ArticleListFilters = {
  status?: "unreviewed" | "supported" | "disputed" | "needs_source";
  assigneeId?: number;
  unfinishedFirst?: boolean;
  limit?: number;
  offset?: number;
};

/** Articles with per-status counts of their live check-worthy claims. */
export function listArticles(db: Db, viewerId: number, filters: ArticleListFilters = {}): ArticleListItem[] {
  const live = sql`${claims.deletedAt} is null`;
  const cw = sql`${claims.checkworthy} = 1 and ${live}`;
  const counts = {
    checkworthy: sql<number>`coalesce(sum(case when ${cw} then 1 else 0 end), 0)`,
    verdicts: sql<number>`coalesce(sum(case when ${cw} and ${claims.status} <> 'unreviewed' then 1 else 0 end), 0)`,
    unreviewed: sql<number>`coalesce(sum(case when ${cw} and ${claims.status} = 'unreviewed' then 1 else 0 end), 0)`,
    supported: sql<number>`coalesce(sum(case when ${live} and ${claims.status} = 'supported' then 1 else 0 end), 0)`,
    disputed: sql<number>`coalesce(sum(case when ${live} and ${claims.status} = 'disputed' then 1 else 0 end), 0)`,
    needsSource: sql<number>`coalesce(sum(case when ${live} and ${claims.status} = 'needs_source' then 1 else 0 end), 0)`,
    assignedToMe: sql<number>`coalesce(sum(case when ${live} and ${claims.assigneeId} = ${viewerId} then 1 else 0 end), 0)`,
  };
  const having = [];
  if (filters.status) {
    having.push(sql`sum(case when ${live} and ${claims.status} = ${filters.status} then 1 else 0 end) > 0`);
  }
  if (filters.assigneeId !== undefined) {
    having.push(sql`sum(case when ${live} and ${claims.assigneeId} = ${filters.assigneeId} then 1 else 0 end) > 0`);
  }
  const order = filters.unfinishedFirst
    ? [sql`(${counts.checkworthy} > 0 and ${counts.verdicts} < ${counts.checkworthy}) desc`, desc(articles.createdAt), desc(articles.id)]
    : [desc(articles.createdAt), desc(articles.id)];
  const query = db
    .select({
      id: articles.id,
      title: articles.title,
      byline: articles.byline,
      language: articles.language,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      ...counts,
    })
    .from(articles)
    .leftJoin(claims, eq(claims.articleId, articles.id))
    .groupBy(articles.id)
    .having(having.length ? and(...having) : undefined)
    .orderBy(...order)
    .limit(filters.limit ?? 100)
    .offset(filters.offset ?? 0);
  return query.all();
}

export function getArticle(db: Db, id: number): Article | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

export function requireArticle(db: Db, id: number): Article {
  const article = getArticle(db, id);
  if (!article) throw new AppError("not_found", "That article does not exist.");
  return article;
}

export function listArticleClaims(db: Db, articleId: number): ClaimView[] {
  return db
    .select(claimViewColumns)
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt)))
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
}

export function articleCreatorName(db: Db, article: Article): string | null {
  return db.select({ name: users.name }).from(users).where(eq(users.id, article.createdBy)).get()?.name ?? null;
}
