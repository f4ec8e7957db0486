import { findArticle } from "@/db/articles";
import type { Db } from "@/db/connection";
import { articleActivity, claimsLiveAt, statusEventsUpTo } from "@/db/history";
import type { Article } from "@/db/schema";
import { statusAsOf } from "@/lib/claim-rules";
import type { ClaimStatus } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";

export type AsOfClaim = ReturnType<typeof claimsLiveAt>[number] & { status: ClaimStatus };

export type ArticleAsOf = {
  article: Article;
  moment: Date;
  claims: AsOfClaim[];
  activity: ReturnType<typeof articleActivity>;
};

/**
 * The article as it stood at a moment, from the history alone: the claims live then, each with
 * the status of its last status-setting event at or before the moment (lib/claim-rules).
 * Null when there is no such article.
 */
export async function articleAsOf(db: Db, actor: Actor, input: { articleId: number; moment: Date; activityLimit?: number }): Promise<ArticleAsOf | null> {
  requireCapability(actor, "article:read");
  const article = findArticle(db, input.articleId);
  if (!article) return null;
  const live = claimsLiveAt(db, article.id, input.moment);
  const eventsByClaim = new Map<number, { id: number; at: Date; toStatus: ClaimStatus | null }[]>();
  for (const e of statusEventsUpTo(db, live.map((c) => c.id), input.moment)) {
    const list = eventsByClaim.get(e.claimId) ?? [];
    list.push(e);
    eventsByClaim.set(e.claimId, list);
  }
  return {
    article,
    moment: input.moment,
    claims: live.map((c) => ({ ...c, status: statusAsOf(eventsByClaim.get(c.id) ?? [], input.moment) ?? "unreviewed" })),
    activity: articleActivity(db, article.id, input.activityLimit ?? 50),
  };
}
