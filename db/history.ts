import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { ClaimStatus } from "@/lib/vocabulary";
import { claimEvents, claims, users } from "./schema";
import type { Conn } from "./transaction";

/** Reads of the article history page: what the article looked like at a moment, and its activity. */

/** Claims that were live at a moment: created by then and not yet retired. */
export function claimsLiveAt(db: Conn, articleId: number, moment: Date) {
  return db
    .select({ id: claims.id, start: claims.start, end: claims.end, text: claims.text, checkworthy: claims.checkworthy, score: claims.score })
    .from(claims)
    .where(
      and(
        eq(claims.articleId, articleId),
        lte(claims.createdAt, moment),
        sql`(${claims.deletedAt} is null or ${claims.deletedAt} > ${moment.getTime()})`,
      ),
    )
    .orderBy(claims.start)
    .all();
}

/** The status-setting events of some claims up to a moment, oldest first. */
export function statusEventsUpTo(db: Conn, claimIds: number[], moment: Date): { claimId: number; id: number; at: Date; toStatus: ClaimStatus | null }[] {
  if (claimIds.length === 0) return [];
  return db
    .select({ claimId: claimEvents.claimId, id: claimEvents.id, at: claimEvents.at, toStatus: claimEvents.toStatus })
    .from(claimEvents)
    .where(and(inArray(claimEvents.claimId, claimIds), lte(claimEvents.at, moment), sql`${claimEvents.toStatus} is not null`))
    .orderBy(asc(claimEvents.at), asc(claimEvents.id))
    .all();
}

/** The article's latest events across all its claims, newest first. */
export function articleActivity(db: Conn, articleId: number, limit = 30) {
  return db
    .select({
      id: claimEvents.id,
      claimId: claimEvents.claimId,
      claimText: claims.text,
      kind: claimEvents.kind,
      actorName: users.name,
      at: claimEvents.at,
      fromStatus: claimEvents.fromStatus,
      toStatus: claimEvents.toStatus,
      note: claimEvents.note,
    })
    .from(claimEvents)
    .innerJoin(claims, eq(claims.id, claimEvents.claimId))
    .innerJoin(users, eq(users.id, claimEvents.actorId))
    .where(and(eq(claims.articleId, articleId), sql`${claimEvents.kind} <> 'created'`))
    .orderBy(desc(claimEvents.at), desc(claimEvents.id))
    .limit(limit)
    .all();
}

/** Events after a moment that moved a claim or changed its text, oldest first: their `from` is how it stood before. */
export function spanEventsAfter(db: Conn, claimIds: number[], moment: Date): { claimId: number; payload: Record<string, unknown> | null }[] {
  if (claimIds.length === 0) return [];
  return db
    .select({ claimId: claimEvents.claimId, payload: claimEvents.payload })
    .from(claimEvents)
    .where(
      and(
        inArray(claimEvents.claimId, claimIds),
        sql`${claimEvents.at} > ${moment.getTime()}`,
        sql`${claimEvents.kind} in ('moved', 'text_changed', 'span_changed', 'merged', 'split')`,
      ),
    )
    .orderBy(asc(claimEvents.at), asc(claimEvents.id))
    .all();
}
