/**
 * Claim memory: matching claims to earlier claims in other articles, and reusing their verdicts.
 *
 * Pipeline for one claim (matchClaim):
 * 1. candidates: the claim text's ftsQueryFor() expression (distinctive prefix terms, OR-ed) on the
 *    `text` column of the search index, excluding the claim's own article, best bm25 first
 *    (MATCH_CANDIDATES of them; over more than MATCH_WINDOW matches, among the most recent ones);
 * 2. scoring: similarity() from lib/matching on each candidate, in the article's language when
 *    both articles share it;
 * 3. kept: numbers agree (a changed figure is never a match) and score ≥ MATCH_THRESHOLD, best
 *    MAX_MATCHES; `same` = isSameClaim (score ≥ SAME_CLAIM_THRESHOLD), the rest are "related".
 *    MATCH_THRESHOLD is a display threshold below lib/matching's same-claim threshold: reworded
 *    claims about the same event (e.g. the two seed articles' Bullrich visit, 0.43) are worth
 *    showing to the reviewer as related even when they are not asserted to be the same claim.
 *
 * createArticle() runs matchArticleClaims() at the end of its transaction for the check-worthy
 * claims; claims that were never scanned (made later by split edits, or older than this feature)
 * are matched on demand when their matches are first read. Changing a claim's text drops its
 * undismissed matches and its scan mark (trigger claims_fts_au_text) so they are recomputed.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { articles, claimEvents, claimMatches, claimMatchScans, claims, evidence, users } from "../schema";
import type { ClaimStatus, Language } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";
import { MAX_NOTE_CHARS } from "@/lib/claim-rules";
import { ftsQueryFor, SAME_CLAIM_THRESHOLD, similarity } from "@/lib/matching";
import type { ClaimView } from "./articles";
import { applyClaimChange, claimView, conflictError, findLiveClaim, requireLiveClaim, type Actor, type Tx } from "./claims";

/** Shown as "Checked before" from this similarity up (lib/matching's same-claim threshold is higher). */
export const MATCH_THRESHOLD = 0.35;
export const MATCH_CANDIDATES = 20;
export const MAX_MATCHES = 5;
/** bm25 ranks at most this many candidate matches (the most recent) per claim. */
export const MATCH_WINDOW = 5_000;

type Conn = Db | Tx;

export type MatchScore = { claimId: number; similarity: number; same: boolean };

type Candidate = { id: number; text: string; language: Language };

/** Earlier claims in other articles that share distinctive words with `text`, best bm25 first. */
export function matchCandidates(db: Conn, claim: { id: number; articleId: number; text: string }, language?: Language): Candidate[] {
  const terms = ftsQueryFor(claim.text, language);
  if (!terms) return [];
  const match = `({text} : (${terms})) NOT meta : "a${claim.articleId}"`;
  // The MATCH_WINDOW-th most recent match, if there are that many: rank from there up.
  const lowest =
    db.get<{ id: number }>(sql`SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ${match} ORDER BY rowid DESC LIMIT 1 OFFSET ${MATCH_WINDOW - 1}`)?.id ?? 0;
  return db.all<Candidate>(sql`
    SELECT c.id AS id, c.text AS text, a.language AS language
      FROM (SELECT rowid AS id FROM claims_fts WHERE claims_fts MATCH ${match} AND rowid >= ${lowest}
             ORDER BY bm25(claims_fts, 1.0, 0.0, 0.0, 0.0), rowid DESC LIMIT ${MATCH_CANDIDATES}) f
      JOIN claims c ON c.id = f.id
      JOIN articles a ON a.id = c.article_id
     WHERE c.deleted_at IS NULL AND c.id <> ${claim.id}`);
}

/** Scores candidates with lib/matching and keeps the ones worth showing, best first. */
export function scoreCandidates(text: string, language: Language | undefined, candidates: Candidate[]): MatchScore[] {
  const scored: MatchScore[] = [];
  for (const c of candidates) {
    const result = similarity(text, c.text, { language: language && c.language === language ? language : undefined });
    // "Numbers must matter": a changed figure is a different claim, never shown as checked before.
    if (!result.numbersMatch || result.score < MATCH_THRESHOLD) continue;
    scored.push({ claimId: c.id, similarity: result.score, same: result.score >= SAME_CLAIM_THRESHOLD });
  }
  return scored.sort((a, b) => b.similarity - a.similarity || b.claimId - a.claimId).slice(0, MAX_MATCHES);
}

/** Matches one claim and stores the result (dismissed matches stay dismissed). */
export function matchClaim(db: Conn, claimId: number, now = new Date()): MatchScore[] {
  const claim = db
    .select({ id: claims.id, articleId: claims.articleId, text: claims.text, language: articles.language })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(eq(claims.id, claimId), isNull(claims.deletedAt)))
    .get();
  if (!claim) return [];
  const matches = scoreCandidates(claim.text, claim.language, matchCandidates(db, claim, claim.language));
  for (const m of matches) {
    db.insert(claimMatches)
      .values({ claimId: claim.id, matchedClaimId: m.claimId, similarity: m.similarity, same: m.same, createdAt: now })
      .onConflictDoUpdate({
        target: [claimMatches.claimId, claimMatches.matchedClaimId],
        set: { similarity: m.similarity, same: m.same },
      })
      .run();
  }
  db.insert(claimMatchScans)
    .values({ claimId: claim.id, scannedAt: now })
    .onConflictDoUpdate({ target: claimMatchScans.claimId, set: { scannedAt: now } })
    .run();
  return matches;
}

/**
 * Matches every live check-worthy claim of a newly split article against the claims of the other
 * articles; createArticle() calls it last in its transaction. Returns the number of matches stored.
 */
export function matchArticleClaims(db: Conn, articleId: number, now = new Date()): number {
  const ids = db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.checkworthy, true), isNull(claims.deletedAt)))
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
  let stored = 0;
  for (const { id } of ids) stored += matchClaim(db, id, now).length;
  return stored;
}

export function isScanned(db: Conn, claimId: number): boolean {
  return Boolean(db.select({ id: claimMatchScans.claimId }).from(claimMatchScans).where(eq(claimMatchScans.claimId, claimId)).get());
}

export type MatchEvidence = { url: string; title: string; quote: string };

export type ClaimMatchView = {
  claimId: number;
  articleId: number;
  articleTitle: string;
  text: string;
  status: ClaimStatus;
  similarity: number;
  /** isSameClaim at match time; otherwise a related claim (similarity ≥ MATCH_THRESHOLD). */
  same: boolean;
  /** The note of the verdict that set the matched claim's current status, if any. */
  note: string | null;
  verdictByName: string | null;
  verdictAt: Date | null;
  evidence: MatchEvidence[];
  /** This claim already reused the matched claim's verdict. */
  reused: boolean;
};

/**
 * The claim's undismissed matches whose claims are still live, best first, with each matched
 * claim's verdict note and evidence. Matches a never-scanned claim first (`compute`, default on).
 */
export function listClaimMatches(db: Db, claimId: number, options: { compute?: boolean } = {}): ClaimMatchView[] {
  const claim = requireLiveClaim(db, claimId);
  if (options.compute !== false && !isScanned(db, claim.id)) {
    db.transaction((tx) => void matchClaim(tx, claim.id), { behavior: "immediate" });
  }
  const rows = db
    .select({
      claimId: claims.id,
      articleId: claims.articleId,
      articleTitle: articles.title,
      text: claims.text,
      status: claims.status,
      similarity: claimMatches.similarity,
      same: claimMatches.same,
      verdictByName: users.name,
      verdictAt: claims.verdictAt,
    })
    .from(claimMatches)
    .innerJoin(claims, and(eq(claims.id, claimMatches.matchedClaimId), isNull(claims.deletedAt)))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(users, eq(users.id, claims.verdictBy))
    .where(and(eq(claimMatches.claimId, claim.id), isNull(claimMatches.dismissedAt)))
    .orderBy(desc(claimMatches.similarity), desc(claimMatches.matchedClaimId))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.claimId);
  const evidenceRows = db
    .select({ claimId: evidence.claimId, url: evidence.url, title: evidence.title, quote: evidence.quote })
    .from(evidence)
    .where(inArray(evidence.claimId, ids))
    .orderBy(asc(evidence.addedAt), asc(evidence.id))
    .all();
  const reusedFrom = new Set(
    db
      .select({ source: sql<number>`json_extract(${claimEvents.payload}, '$.sourceClaimId')` })
      .from(claimEvents)
      .where(and(eq(claimEvents.claimId, claim.id), eq(claimEvents.kind, "reused")))
      .all()
      .map((r) => Number(r.source)),
  );
  return rows.map((r) => ({
    ...r,
    same: Boolean(r.same),
    note: r.status === "unreviewed" ? null : (verdictEvent(db, r.claimId, r.status)?.note ?? null),
    evidence: evidenceRows.filter((e) => e.claimId === r.claimId).map(({ url, title, quote }) => ({ url, title, quote })),
    reused: reusedFrom.has(r.claimId),
  }));
}

/** The latest verdict (or reuse) event that set the claim's current status. */
function verdictEvent(db: Conn, claimId: number, status: ClaimStatus) {
  return db
    .select({ note: claimEvents.note })
    .from(claimEvents)
    .where(and(eq(claimEvents.claimId, claimId), inArray(claimEvents.kind, ["verdict", "reused"]), eq(claimEvents.toStatus, status)))
    .orderBy(desc(claimEvents.id))
    .limit(1)
    .get();
}

/** Hides a match from the claim's "Checked before" list; dismissing twice is harmless. */
export function dismissMatch(db: Db, actor: Actor, claimId: number, matchedClaimId: number, now = new Date()): void {
  db.transaction(
    (tx) => {
      requireLiveClaim(tx, claimId);
      const match = tx
        .select({ id: claimMatches.id, dismissedAt: claimMatches.dismissedAt })
        .from(claimMatches)
        .where(and(eq(claimMatches.claimId, claimId), eq(claimMatches.matchedClaimId, matchedClaimId)))
        .get();
      if (!match) throw new AppError("not_found", "That claim is not among this claim's matches.");
      if (match.dismissedAt) return;
      tx.update(claimMatches).set({ dismissedAt: now, dismissedBy: actor.id }).where(eq(claimMatches.id, match.id)).run();
    },
    { behavior: "immediate" },
  );
}

export type ReuseInput = { claimId: number; sourceClaimId: number; version: number };

/**
 * Copies an earlier claim's verdict — status, note and evidence — onto this claim in one
 * transaction and one version bump, if the claim is still at the version the reviewer saw.
 * History: a `reused` event (from → to status, the source note plus where it came from, payload
 * { sourceClaimId, sourceArticleId, evidenceIds }) and an `evidence_added` event per copied item.
 * Evidence whose URL the claim already has is not copied twice.
 */
export function reuseVerdict(db: Db, actor: Actor, input: ReuseInput, now = new Date()): ClaimView {
  return db.transaction(
    (tx) => {
      const claim = requireLiveClaim(tx, input.claimId);
      if (claim.version !== input.version) throw conflictError(tx, claim);
      if (input.sourceClaimId === claim.id) throw new AppError("bad_request", "A claim cannot reuse its own verdict.");
      const source = findLiveClaim(tx, input.sourceClaimId);
      if (!source) throw new AppError("not_found", "The earlier claim no longer exists.");
      if (source.status === "unreviewed") throw new AppError("bad_request", "The earlier claim has no verdict to reuse yet.");
      const sourceArticle = tx.select({ title: articles.title }).from(articles).where(eq(articles.id, source.articleId)).get();

      const origin = `Reused from claim #${source.id} in “${sourceArticle?.title ?? `article ${source.articleId}`}”.`;
      const sourceNote = verdictEvent(tx, source.id, source.status)?.note?.trim() ?? "";
      const room = MAX_NOTE_CHARS - origin.length - 2;
      const note = sourceNote ? `${sourceNote.length > room ? `${sourceNote.slice(0, room - 1)}…` : sourceNote}\n\n${origin}` : origin;

      const have = new Set(tx.select({ url: evidence.url }).from(evidence).where(eq(evidence.claimId, claim.id)).all().map((e) => e.url));
      const toCopy = tx
        .select()
        .from(evidence)
        .where(eq(evidence.claimId, source.id))
        .orderBy(asc(evidence.addedAt), asc(evidence.id))
        .all()
        .filter((e) => !have.has(e.url) && (have.add(e.url), true));
      const copied = toCopy.map((e) => ({
        from: e,
        row: tx
          .insert(evidence)
          .values({ claimId: claim.id, url: e.url, title: e.title, quote: e.quote, addedBy: actor.id, addedAt: now })
          .returning({ id: evidence.id })
          .get(),
      }));

      applyClaimChange(
        tx,
        claim,
        { status: source.status, verdictBy: actor.id, verdictAt: now, firstVerdictAt: claim.firstVerdictAt ?? now },
        {
          actorId: actor.id,
          at: now,
          kind: "reused",
          fromStatus: claim.status,
          toStatus: source.status,
          note,
          payload: { sourceClaimId: source.id, sourceArticleId: source.articleId, evidenceIds: copied.map((c) => c.row.id) },
        },
        input.version,
      );
      for (const { from, row } of copied) {
        tx.insert(claimEvents)
          .values({
            claimId: claim.id,
            actorId: actor.id,
            at: now,
            kind: "evidence_added",
            note: from.title || from.url,
            payload: { evidenceId: row.id, url: from.url, title: from.title, quote: from.quote, sourceClaimId: source.id, sourceEvidenceId: from.id },
          })
          .run();
      }
      return claimView(tx, claim.id);
    },
    { behavior: "immediate" },
  );
}
