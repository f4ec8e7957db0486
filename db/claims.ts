import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { versionMatches } from "@/lib/claim-rules";
import type { ClaimStatus, ScoreReason } from "@/lib/vocabulary";
import { latestDeskMark } from "./desk-labels";
import { claimEvents, claims, users, type Claim, type NewClaimEvent } from "./schema";
import type { Conn, Tx } from "./transaction";

/**
 * Claims and their history rows. applyClaimChange is the single place that bumps a claim's
 * version and appends its history event; every kind of change to a claim goes through it, so
 * `version = 1 + events after "created"` always holds.
 */

/** Claim fields the API and the review page expose. */
export type ClaimView = Pick<
  Claim,
  | "id"
  | "text"
  | "start"
  | "end"
  | "score"
  | "checkworthy"
  | "status"
  | "version"
  | "assigneeId"
  | "reasons"
  | "modelVersion"
  | "needsRecheck"
  | "awaitingConfirmation"
  | "verdictBy"
  | "sourceOwnerId"
  | "sourceDueAt"
> & {
  /**
   * Who the current check-worthy mark is from: "desk" when it is the latest decision a person
   * made (marked, made from a selection, trimmed to one), "model" when the scorer set it, so the
   * desk never shows a low score beside "check-worthy" without saying an editor decided it.
   */
  checkworthySetBy: CheckworthySetBy;
};

export type CheckworthySetBy = "desk" | "model";

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
  modelVersion: claims.modelVersion,
  needsRecheck: claims.needsRecheck,
  awaitingConfirmation: claims.awaitingConfirmation,
  verdictBy: claims.verdictBy,
  sourceOwnerId: claims.sourceOwnerId,
  sourceDueAt: claims.sourceDueAt,
  checkworthySetBy: sql<CheckworthySetBy>`CASE WHEN ${latestDeskMark(claims.id)} = ${claims.checkworthy} THEN 'desk' ELSE 'model' END`,
};

/**
 * The claim is not at the version the writer saw (or was retired meanwhile). Thrown inside a
 * write transaction, so nothing of it is kept; services turn it into the message the user sees.
 */
export class StaleClaimError extends Error {
  constructor(readonly claimId: number) {
    super(`claim ${claimId} changed meanwhile`);
    this.name = "StaleClaimError";
  }
}

export function findLiveClaim(db: Conn, claimId: number): Claim | undefined {
  return db.select().from(claims).where(and(eq(claims.id, claimId), isNull(claims.deletedAt))).get();
}

export function claimView(db: Conn, claimId: number): ClaimView {
  return db.select(claimViewColumns).from(claims).where(eq(claims.id, claimId)).get()!;
}

/**
 * The article's live claims as the review page shows them, in text order (start, end, id): the
 * desk numbers them 1, 2, … in this order, as the report does (db/report/article.ts).
 */
export function listLiveClaimViews(db: Conn, articleId: number): ClaimView[] {
  return db
    .select(claimViewColumns)
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt)))
    .orderBy(asc(claims.start), asc(claims.end), asc(claims.id))
    .all();
}

/** The article's live claims, whole rows, in text order. */
export function listLiveClaims(db: Conn, articleId: number): Claim[] {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt)))
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
}

/** Live claims of an article that have a verdict. */
export function listClaimsWithVerdict(db: Conn, articleId: number): Claim[] {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt), sql`${claims.status} <> 'unreviewed'`))
    .all();
}

export type NewClaimInput = {
  articleId: number;
  start: number;
  end: number;
  text: string;
  score: number;
  checkworthy: boolean;
  reasons: ScoreReason[];
  /** The check-worthiness model that gave the score. */
  modelVersion: string | null;
  quotePrefix?: string;
  quoteSuffix?: string;
};

/** Inserts a claim and its `created` event; returns its id. */
export function insertClaim(tx: Tx, claim: NewClaimInput, created: { actorId: number; at: Date; payload: Record<string, unknown> }): number {
  const row = tx
    .insert(claims)
    .values({ ...claim, createdAt: created.at, updatedAt: created.at })
    .returning({ id: claims.id })
    .get();
  tx.insert(claimEvents)
    .values({ claimId: row.id, actorId: created.actorId, at: created.at, kind: "created", toStatus: "unreviewed", payload: created.payload })
    .run();
  return row.id;
}

/** Throws StaleClaimError unless the claim is still at the version the writer saw. */
export function expectVersion(claim: Claim, seenVersion: number): void {
  if (!versionMatches(seenVersion, claim.version)) throw new StaleClaimError(claim.id);
}

/**
 * Bumps the claim's version with the other column changes and appends its history event, in the
 * caller's transaction. `expectedVersion` makes the change conditional on what the writer saw.
 */
export function applyClaimChange(
  tx: Tx,
  claim: Claim,
  changes: Partial<typeof claims.$inferInsert>,
  event: Omit<NewClaimEvent, "claimId" | "at"> & { at?: Date },
  expectedVersion?: number,
): void {
  const now = event.at ?? new Date();
  if (expectedVersion !== undefined) expectVersion(claim, expectedVersion);
  const result = tx
    .update(claims)
    .set({ ...changes, version: sql`${claims.version} + 1`, updatedAt: now })
    .where(and(eq(claims.id, claim.id), eq(claims.version, claim.version)))
    .run();
  if (result.changes !== 1) throw new StaleClaimError(claim.id);
  tx.insert(claimEvents).values({ ...event, claimId: claim.id, at: now }).run();
}

/**
 * A history row that goes with a change already counted by applyClaimChange (e.g. each evidence
 * item copied by a reused verdict): no version bump of its own.
 */
export function appendCompanionEvent(tx: Tx, event: NewClaimEvent): void {
  tx.insert(claimEvents).values(event).run();
}

/** Who changed a claim last and when, for conflict messages. */
export function lastChange(db: Conn, claimId: number): { actorName: string; at: Date } | null {
  const row = db
    .select({ actorName: users.name, at: claimEvents.at })
    .from(claimEvents)
    .innerJoin(users, eq(users.id, claimEvents.actorId))
    .where(eq(claimEvents.claimId, claimId))
    .orderBy(desc(claimEvents.id))
    .limit(1)
    .get();
  return row ?? null;
}

export type HistoryEntry = {
  id: number;
  kind: string;
  actorId: number;
  actorName: string;
  at: Date;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string | null;
  payload: Record<string, unknown> | null;
};

export function claimHistory(db: Conn, claimId: number): HistoryEntry[] {
  return db
    .select({
      id: claimEvents.id,
      kind: claimEvents.kind,
      actorId: claimEvents.actorId,
      actorName: users.name,
      at: claimEvents.at,
      fromStatus: claimEvents.fromStatus,
      toStatus: claimEvents.toStatus,
      note: claimEvents.note,
      payload: claimEvents.payload,
    })
    .from(claimEvents)
    .innerJoin(users, eq(users.id, claimEvents.actorId))
    .where(eq(claimEvents.claimId, claimId))
    .orderBy(asc(claimEvents.at), asc(claimEvents.id))
    .all();
}

/** The note of the latest verdict (or reuse) that set the claim's current status. */
export function currentVerdictNote(db: Conn, claimId: number, status: ClaimStatus): string | null {
  return (
    db
      .select({ note: claimEvents.note })
      .from(claimEvents)
      .where(and(eq(claimEvents.claimId, claimId), sql`${claimEvents.kind} in ('verdict', 'reused')`, eq(claimEvents.toStatus, status)))
      .orderBy(desc(claimEvents.id))
      .limit(1)
      .get()?.note ?? null
  );
}
