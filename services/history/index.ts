import { findArticle } from "@/db/articles";
import type { Db } from "@/db/connection";
import { articleActivity, claimsLiveAt, spanEventsAfter, statusEventsUpTo } from "@/db/history";
import { versionAt } from "@/db/versions";
import type { Article } from "@/db/schema";
import { statusAsOf } from "@/lib/claim-rules";
import type { ClaimStatus } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";

export type AsOfClaim = ReturnType<typeof claimsLiveAt>[number] & { status: ClaimStatus };

export type ArticleAsOf = {
  article: Article;
  /** The version of the text that was newest at the moment, and that text; null (and no text) before the first version. */
  version: number | null;
  body: string;
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
  const activity = articleActivity(db, article.id, input.activityLimit ?? 50);
  const asOf = versionAt(db, article.id, input.moment);
  // Before the article was added there is no text to show: today's would pass for what stood then.
  if (!asOf) return { article, version: null, body: "", moment: input.moment, claims: [], activity };
  const body = asOf.body;
  const liveThen = claimsLiveAt(db, article.id, input.moment);
  const live = placeAsOf(liveThen, body, spanEventsAfter(db, liveThen.map((c) => c.id), input.moment));
  const eventsByClaim = new Map<number, { id: number; at: Date; toStatus: ClaimStatus | null }[]>();
  for (const e of statusEventsUpTo(db, live.map((c) => c.id), input.moment)) {
    const list = eventsByClaim.get(e.claimId) ?? [];
    list.push(e);
    eventsByClaim.set(e.claimId, list);
  }
  return {
    article,
    version: asOf.version,
    body,
    moment: input.moment,
    claims: live.map((c) => ({ ...c, status: statusAsOf(eventsByClaim.get(c.id) ?? [], input.moment) ?? "unreviewed" })),
    activity,
  };
}

type Live = ReturnType<typeof claimsLiveAt>[number];

/**
 * Where each claim stood in the text of the moment: the `from` of the first move or text change
 * after the moment, else where it stands now. A claim whose text cannot be found there is left out
 * rather than highlighted in the wrong place.
 */
function placeAsOf(claims: Live[], body: string, later: { claimId: number; payload: Record<string, unknown> | null }[]): Live[] {
  const before = new Map<number, { start?: number; end?: number; text?: string }>();
  for (const e of later) if (!before.has(e.claimId) && e.payload?.from && typeof e.payload.from === "object") before.set(e.claimId, e.payload.from as { start?: number; end?: number; text?: string });
  return claims.flatMap((c) => {
    const from = before.get(c.id);
    const start = from?.start ?? c.start;
    const end = from?.end ?? c.end;
    const text = from?.text ?? body.slice(start, end);
    if (body.slice(start, end) === text && text.length > 0) return [{ ...c, start, end, text }];
    const found = body.indexOf(from?.text ?? c.text);
    return found < 0 ? [] : [{ ...c, start: found, end: found + (from?.text ?? c.text).length, text: from?.text ?? c.text }];
  });
}
