import { and, desc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { claimEvents, claims, users } from "../schema";
import type { ClaimStatus } from "@/lib/vocabulary";

/**
 * Each claim's status at a past moment, from the history alone: the last status-setting
 * event at or before it. Claims created later are absent; retired claims are included.
 */
export function articleStatusesAsOf(db: Db, articleId: number, moment: Date): Map<number, ClaimStatus> {
  const rows = db.$client
    .prepare(
      `select e.claim_id as claimId, e.to_status as status
         from claim_events e
         join claims c on c.id = e.claim_id
        where c.article_id = ? and e.to_status is not null and e.at <= ?
          and e.id = (select e2.id from claim_events e2
                       where e2.claim_id = e.claim_id and e2.to_status is not null and e2.at <= ?
                       order by e2.at desc, e2.id desc limit 1)`,
    )
    .all(articleId, moment.getTime(), moment.getTime()) as { claimId: number; status: ClaimStatus }[];
  return new Map(rows.map((r) => [r.claimId, r.status]));
}

/** Claims that were live at a moment: created by then and not yet retired. */
export function claimsLiveAt(db: Db, articleId: number, moment: Date) {
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

/** The article's latest events across all its claims, newest first. */
export function articleActivity(db: Db, articleId: number, limit = 30) {
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
