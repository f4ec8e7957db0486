import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { ClaimStatus, Language } from "@/lib/vocabulary";
import { articles, claimEvents, claimMatches, claimMatchScans, claims, users } from "./schema";
import { ftsRowid, sqlAll, sqlColumn, sqlGet } from "./sql";
import type { Conn, Tx } from "./transaction";

/**
 * Claim memory's storage: candidate earlier claims from the FTS5 index (claims_fts), the stored
 * matches of each claim, and which claims the matcher has looked at. The matching rules are in
 * services/matches; the similarity maths in lib/matching.
 */

export type MatchCandidate = { id: number; text: string; language: Language };

/**
 * Live claims of other articles whose text matches `ftsTerms` (an FTS5 expression), best bm25
 * first, at most `limit`; over more than `window` matches, only the most recent `window` are ranked.
 */
export function matchCandidates(
  db: Conn,
  claim: { id: number; articleId: number },
  ftsTerms: string,
  { limit, window }: { limit: number; window: number },
): MatchCandidate[] {
  const match = `({text} : (${ftsTerms})) NOT meta : "a${claim.articleId}"`;
  const lowest =
    sqlGet<{ id: number }>(db, "SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?", match, window - 1)?.id ?? 0;
  return sqlAll<MatchCandidate>(
    db,
    `SELECT c.id AS id, c.text AS text, a.language AS language
       FROM (SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ? AND rowid >= ?
              ORDER BY bm25(claims_fts, 1.0, 0.0, 0.0, 0.0), rowid DESC LIMIT ?) f
       JOIN claims c ON c.id = f.id
       JOIN articles a ON a.id = c.article_id
      WHERE c.deleted_at IS NULL AND c.id <> ?`,
    match,
    ftsRowid(lowest),
    limit,
    claim.id,
  );
}

/** The claim, its article and language, when it is live. */
export function claimForMatching(db: Conn, claimId: number): { id: number; articleId: number; text: string; language: Language } | undefined {
  return db
    .select({ id: claims.id, articleId: claims.articleId, text: claims.text, language: articles.language })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(eq(claims.id, claimId), isNull(claims.deletedAt)))
    .get();
}

/** Stores (or refreshes) the claim's matches and marks it scanned; dismissed matches stay dismissed. */
export function storeMatches(tx: Tx, claimId: number, matches: { claimId: number; similarity: number; same: boolean }[], now: Date): void {
  for (const m of matches) {
    tx.insert(claimMatches)
      .values({ claimId, matchedClaimId: m.claimId, similarity: m.similarity, same: m.same, createdAt: now })
      .onConflictDoUpdate({ target: [claimMatches.claimId, claimMatches.matchedClaimId], set: { similarity: m.similarity, same: m.same } })
      .run();
  }
  tx.insert(claimMatchScans)
    .values({ claimId, scannedAt: now })
    .onConflictDoUpdate({ target: claimMatchScans.claimId, set: { scannedAt: now } })
    .run();
}

export function isScanned(db: Conn, claimId: number): boolean {
  return Boolean(db.select({ id: claimMatchScans.claimId }).from(claimMatchScans).where(eq(claimMatchScans.claimId, claimId)).get());
}

/** Up to `limit` live check-worthy claims of an article, in text order, that the matcher has not looked at. */
export function unscannedCheckworthyClaims(db: Conn, articleId: number, limit: number): number[] {
  return sqlColumn<number>(
    db,
    `SELECT c.id FROM claims c LEFT JOIN claim_match_scans s ON s.claim_id = c.id
      WHERE c.article_id = ? AND c.checkworthy = 1 AND c.deleted_at IS NULL AND s.claim_id IS NULL
      ORDER BY c.start, c.id LIMIT ?`,
    articleId,
    limit,
  );
}

/** Live check-worthy claims of an article, and how many of them the matcher has looked at. */
export function matchingCounts(db: Conn, articleId: number): { checkworthy: number; matched: number } {
  return (
    sqlGet<{ checkworthy: number; matched: number }>(
      db,
      `SELECT count(*) AS checkworthy, count(s.claim_id) AS matched
         FROM claims c LEFT JOIN claim_match_scans s ON s.claim_id = c.id
        WHERE c.article_id = ? AND c.checkworthy = 1 AND c.deleted_at IS NULL`,
      articleId,
    ) ?? { checkworthy: 0, matched: 0 }
  );
}

export type StoredMatch = {
  claimId: number;
  articleId: number;
  articleTitle: string;
  language: Language;
  text: string;
  status: ClaimStatus;
  similarity: number;
  same: boolean;
  verdictByName: string | null;
  verdictAt: Date | null;
  /** The verdict still waits for a second reviewer (the two-person rule). */
  awaitingConfirmation: boolean;
};

/** The claim's undismissed matches whose claims are still live, best first. */
export function storedMatches(db: Conn, claimId: number): StoredMatch[] {
  return db
    .select({
      claimId: claims.id,
      articleId: claims.articleId,
      articleTitle: articles.title,
      language: articles.language,
      text: claims.text,
      status: claims.status,
      similarity: claimMatches.similarity,
      same: claimMatches.same,
      verdictByName: users.name,
      verdictAt: claims.verdictAt,
      awaitingConfirmation: claims.awaitingConfirmation,
    })
    .from(claimMatches)
    .innerJoin(claims, and(eq(claims.id, claimMatches.matchedClaimId), isNull(claims.deletedAt)))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(users, eq(users.id, claims.verdictBy))
    .where(and(eq(claimMatches.claimId, claimId), isNull(claimMatches.dismissedAt)))
    .orderBy(desc(claimMatches.similarity), desc(claimMatches.matchedClaimId))
    .all()
    .map((r) => ({ ...r, same: Boolean(r.same), awaitingConfirmation: Boolean(r.awaitingConfirmation) }));
}

/** Ids of the earlier claims whose verdicts this claim reused. */
export function reusedSources(db: Conn, claimId: number): Set<number> {
  return new Set(
    db
      .select({ source: sql<number>`json_extract(${claimEvents.payload}, '$.sourceClaimId')` })
      .from(claimEvents)
      .where(and(eq(claimEvents.claimId, claimId), eq(claimEvents.kind, "reused")))
      .all()
      .map((r) => Number(r.source)),
  );
}

export function findMatch(db: Conn, claimId: number, matchedClaimId: number): { id: number; dismissedAt: Date | null; same: boolean } | undefined {
  const row = db
    .select({ id: claimMatches.id, dismissedAt: claimMatches.dismissedAt, same: claimMatches.same })
    .from(claimMatches)
    .where(and(eq(claimMatches.claimId, claimId), eq(claimMatches.matchedClaimId, matchedClaimId)))
    .get();
  return row && { ...row, same: Boolean(row.same) };
}

export function dismissMatchRow(tx: Tx, matchId: number, actorId: number, now: Date): void {
  tx.update(claimMatches).set({ dismissedAt: now, dismissedBy: actorId }).where(eq(claimMatches.id, matchId)).run();
}

/** The article a claim belongs to, retired or not. */
export function articleIdOfClaim(db: Conn, claimId: number): number | undefined {
  return db.select({ articleId: claims.articleId }).from(claims).where(eq(claims.id, claimId)).get()?.articleId;
}
