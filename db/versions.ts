import { and, asc, desc, eq, getTableColumns, sql } from "drizzle-orm";
import type { VersionSource } from "@/lib/vocabulary";
import { articles, articleVersions, claimEvents, claims, users, type ArticleVersion } from "./schema";
import type { Conn, Tx } from "./transaction";

/** Article versions: every text an article has had (append-only), and the newest on the article row. */

export type NewVersion = { articleId: number; version: number; title: string; body: string; source: VersionSource; sourceUrl: string | null; createdBy: number; at: Date };

export function insertVersion(tx: Tx, v: NewVersion): void {
  tx.insert(articleVersions)
    .values({ articleId: v.articleId, version: v.version, title: v.title, body: v.body, source: v.source, sourceUrl: v.sourceUrl, createdBy: v.createdBy, createdAt: v.at })
    .run();
}

/** Makes `version` the article's newest text; only if the article is still at `expected` (else false). */
export function advanceArticle(tx: Tx, articleId: number, expected: number, next: { version: number; body: string; title: string }): boolean {
  return tx.update(articles).set(next).where(and(eq(articles.id, articleId), eq(articles.version, expected))).run().changes === 1;
}

export type VersionSummary = Omit<ArticleVersion, "body"> & { createdByName: string; chars: number };

/** Every column of a version but its text, which a list leaves out (it gives the text's length). */
const { body: versionBody, ...versionSummaryColumns } = getTableColumns(articleVersions);

export function listVersions(db: Conn, articleId: number): VersionSummary[] {
  return db
    .select({ ...versionSummaryColumns, createdByName: users.name, chars: sql<number>`length(${versionBody})` })
    .from(articleVersions)
    .innerJoin(users, eq(users.id, articleVersions.createdBy))
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(asc(articleVersions.version))
    .all();
}

export function findVersion(db: Conn, articleId: number, version: number): ArticleVersion | undefined {
  return db.select().from(articleVersions).where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.version, version))).get();
}

/** The version that was newest at a moment (the as-of view), or undefined before the first. */
export function versionAt(db: Conn, articleId: number, moment: Date): Pick<ArticleVersion, "version" | "body" | "createdAt"> | undefined {
  return db
    .select({ version: articleVersions.version, body: articleVersions.body, createdAt: articleVersions.createdAt })
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), sql`${articleVersions.createdAt} <= ${moment.getTime()}`))
    .orderBy(desc(articleVersions.version))
    .limit(1)
    .get();
}

export type VersionChange = { claimId: number; kind: string; version: number; note: string | null; payload: Record<string, unknown> | null };

/** What each version did to the article's claims: moved, changed, orphaned or added (created). */
export function versionChanges(db: Conn, articleId: number): VersionChange[] {
  return db
    .select({
      claimId: claimEvents.claimId,
      kind: claimEvents.kind,
      version: sql<number>`json_extract(${claimEvents.payload}, '$.articleVersion')`,
      note: claimEvents.note,
      payload: claimEvents.payload,
    })
    .from(claimEvents)
    .innerJoin(claims, eq(claims.id, claimEvents.claimId))
    .where(and(eq(claims.articleId, articleId), sql`json_extract(${claimEvents.payload}, '$.articleVersion') IS NOT NULL`))
    .orderBy(asc(claimEvents.id))
    .all();
}

/** Claims of the article retired because their sentence left a new version. */
export function listOrphans(db: Conn, articleId: number) {
  return db
    .select({ id: claims.id, text: claims.text, status: claims.status, version: claims.version, orphanedAt: claims.orphanedAt })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), sql`${claims.orphanedAt} IS NOT NULL AND ${claims.deletedAt} IS NOT NULL`))
    .orderBy(desc(claims.orphanedAt), asc(claims.id))
    .all();
}

/** An orphaned claim of any article, or undefined. */
export function findOrphan(db: Conn, claimId: number) {
  return db.select().from(claims).where(and(eq(claims.id, claimId), sql`${claims.orphanedAt} IS NOT NULL AND ${claims.deletedAt} IS NOT NULL`)).get();
}
