import { articleCreatorName, findArticle, listArticles as listArticleRows, type ArticleListFilters, type ArticleListItem } from "@/db/articles";
import { listLiveClaimViews, type ClaimView } from "@/db/claims";
import type { Db } from "@/db/connection";
import type { Article } from "@/db/schema";
import type { Conn } from "@/db/transaction";
import { AppError } from "@/lib/errors";
import { foldedWords } from "@/lib/search/query";
import { LIMITS } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { matchingProgress, type MatchingProgress } from "../matches/runner";
import { readPublicationStatus, type PublicationStatus } from "../publications";

export type { ArticleListFilters, ArticleListItem };

export function requireArticle(db: Conn, id: number): Article {
  const article = findArticle(db, id);
  if (!article) throw new AppError("not_found", "That article does not exist.");
  return article;
}

export async function listArticles(db: Db, actor: Actor, filters: ArticleListFilters = {}): Promise<ArticleListItem[]> {
  requireCapability(actor, "article:read");
  return listArticleRows(db, actor.id, filters);
}

/**
 * The newest article whose title holds every word of `text` (case and accents ignored), or null:
 * what a title typed into a filter without picking from the list means.
 */
export async function findArticleByTitle(db: Db, actor: Actor, text: string): Promise<ArticleListItem | null> {
  requireCapability(actor, "article:read");
  const titleWords = foldedWords(text.slice(0, LIMITS.articleTitleChars)).slice(0, 12);
  if (titleWords.length === 0) return null;
  return listArticleRows(db, actor.id, { titleWords, limit: 1 })[0] ?? null;
}

/** The article or null (pages answer 404 themselves). */
export async function findArticleFor(db: Db, actor: Actor, id: number): Promise<Article | null> {
  requireCapability(actor, "article:read");
  return findArticle(db, id) ?? null;
}

/** The article row plus its public report's state (null until first published). */
export type ArticleDetail = Article & { publication: PublicationStatus | null };

export type ArticleWithClaims = { article: ArticleDetail; claims: ClaimView[]; matching: MatchingProgress };

/** An article, its live claims in text order, and how far matching has got: `GET /api/articles/:id`. */
export async function getArticle(db: Db, actor: Actor, input: { articleId: number }): Promise<ArticleWithClaims> {
  requireCapability(actor, "article:read");
  const article = requireArticle(db, input.articleId);
  return { article: withPublication(db, article), claims: listLiveClaimViews(db, article.id), matching: matchingProgress(db, article.id) };
}

export type ReviewPage = ArticleWithClaims & { createdByName: string | null };

/** What the review page needs, or null when there is no such article. */
export async function getReviewPage(db: Db, actor: Actor, input: { articleId: number }): Promise<ReviewPage | null> {
  requireCapability(actor, "article:read");
  const article = findArticle(db, input.articleId);
  if (!article) return null;
  return {
    article: withPublication(db, article),
    claims: listLiveClaimViews(db, article.id),
    createdByName: articleCreatorName(db, article),
    matching: matchingProgress(db, article.id),
  };
}

function withPublication(db: Conn, article: Article): ArticleDetail {
  return { ...article, publication: readPublicationStatus(db, article.id) };
}
