import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { articles, claimEvents, claims, publications, reportWithdrawals, users, type Publication } from "./schema";
import type { Conn, Tx } from "./transaction";

/** Published report versions (frozen snapshots), withdrawals and the slug of each article's public page. */

export function latestPublication(db: Conn, articleId: number): Publication | undefined {
  return db.select().from(publications).where(eq(publications.articleId, articleId)).orderBy(desc(publications.version)).limit(1).get();
}

export function insertPublication(tx: Tx, row: Omit<Publication, "id">): void {
  tx.insert(publications).values(row).run();
}

export function setSlug(tx: Tx, articleId: number, slug: string): void {
  tx.update(articles).set({ slug }).where(eq(articles.id, articleId)).run();
}

export function slugTaken(db: Conn, slug: string): boolean {
  return Boolean(db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get());
}

export function articleBySlug(db: Conn, slug: string): { id: number; slug: string } | undefined {
  return db.select({ id: articles.id, slug: sql<string>`${articles.slug}` }).from(articles).where(eq(articles.slug, slug)).get();
}

export type PublicationListItem = Pick<Publication, "version" | "articleVersion" | "note" | "sha256" | "publishedAt"> & { publishedByName: string };

export function listPublications(db: Conn, articleId: number): PublicationListItem[] {
  return db
    .select({
      version: publications.version,
      articleVersion: publications.articleVersion,
      note: publications.note,
      sha256: publications.sha256,
      publishedAt: publications.publishedAt,
      publishedByName: users.name,
    })
    .from(publications)
    .innerJoin(users, eq(users.id, publications.publishedBy))
    .where(eq(publications.articleId, articleId))
    .orderBy(asc(publications.version))
    .all();
}

export function findPublication(db: Conn, articleId: number, version: number): Publication | undefined {
  return db.select().from(publications).where(and(eq(publications.articleId, articleId), eq(publications.version, version))).get();
}

/** Event kinds that change what a published report says about a claim (a correction is then due). */
export const VERDICT_CHANGING_KINDS = ["verdict", "reused", "reset", "sent_back", "text_changed", "orphaned", "restored", "deleted", "merged"] as const;
export const VERDICT_CHANGING_KINDS_SQL = `(${VERDICT_CHANGING_KINDS.map((k) => `'${k}'`).join(", ")})`;

/** Whether any verdict of the article's claims changed after a moment (a correction is due). */
export function verdictChangedSince(db: Conn, articleId: number, since: Date): boolean {
  return Boolean(
    db
      .select({ id: claimEvents.id })
      .from(claimEvents)
      .innerJoin(claims, eq(claims.id, claimEvents.claimId))
      .where(
        and(
          eq(claims.articleId, articleId),
          sql`${claimEvents.at} > ${since.getTime()}`,
          inArray(claimEvents.kind, [...VERDICT_CHANGING_KINDS]),
        ),
      )
      .limit(1)
      .get(),
  );
}

export function insertWithdrawal(tx: Tx, row: { articleId: number; reason: string; withdrawnBy: number; withdrawnAt: Date }): void {
  tx.insert(reportWithdrawals).values(row).run();
}

export function latestWithdrawal(db: Conn, articleId: number) {
  return db.select().from(reportWithdrawals).where(eq(reportWithdrawals.articleId, articleId)).orderBy(desc(reportWithdrawals.id)).limit(1).get();
}

export type PublishBlockerRow = { claimId: number; reason: "no_verdict" | "awaiting_confirmation" | "needs_recheck" };

/**
 * Live claims that stop a publication: a check-worthy claim with no verdict, a verdict waiting for
 * its second reviewer, a claim whose text changed since its verdict. One reason per claim, the
 * most pressing first.
 */
export function publishBlockers(db: Conn, articleId: number): PublishBlockerRow[] {
  return db
    .select({
      claimId: claims.id,
      reason: sql<PublishBlockerRow["reason"]>`CASE
        WHEN ${claims.needsRecheck} = 1 THEN 'needs_recheck'
        WHEN ${claims.awaitingConfirmation} = 1 THEN 'awaiting_confirmation'
        ELSE 'no_verdict' END`,
    })
    .from(claims)
    .where(
      and(
        eq(claims.articleId, articleId),
        sql`${claims.deletedAt} IS NULL`,
        sql`(${claims.needsRecheck} = 1 OR ${claims.awaitingConfirmation} = 1 OR (${claims.checkworthy} = 1 AND ${claims.status} = 'unreviewed'))`,
      ),
    )
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
}
