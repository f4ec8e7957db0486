import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../connection";
import { claimEvents, claims, comments, evidence, users, type Claim, type NewClaimEvent } from "../schema";
import type { ClaimStatus, Role, Verdict } from "@/lib/vocabulary";
import { STATUS_LABELS } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";
import { assertEvidenceUrl, assertVerdictNote } from "@/lib/claim-rules";
import { canAssign } from "@/lib/permissions";
import { cleanText } from "@/lib/text-input";
import { claimViewColumns, type ClaimView } from "./articles";

export type Actor = { id: number; name: string; role: Role };
/** The transaction handle drizzle passes to db.transaction callbacks. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function findLiveClaim(db: Db | Tx, claimId: number): Claim | undefined {
  return db.select().from(claims).where(and(eq(claims.id, claimId), isNull(claims.deletedAt))).get();
}

export function requireLiveClaim(db: Db | Tx, claimId: number): Claim {
  const claim = findLiveClaim(db, claimId);
  if (!claim) throw new AppError("not_found", "That claim does not exist.");
  return claim;
}

export function claimView(db: Db | Tx, claimId: number): ClaimView {
  return db.select(claimViewColumns).from(claims).where(eq(claims.id, claimId)).get()!;
}

/** Who changed a claim last and when, for conflict messages. */
export function lastChange(db: Db | Tx, claimId: number): { actorName: string; at: Date } | null {
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

/** A 409 that tells the reviewer who got there first and what the claim is now. */
export function conflictError(db: Db | Tx, claim: Claim): AppError {
  const change = lastChange(db, claim.id);
  const who = change ? `${change.actorName} at ${change.at.toISOString()}` : "someone else";
  return new AppError("conflict", `Changed by ${who}: now ${STATUS_LABELS[claim.status]}.`, {
    current: { ...claimView(db, claim.id), changedBy: change?.actorName ?? null, changedAt: change?.at.toISOString() ?? null },
  });
}

/**
 * Bumps the claim's version with the other column changes and appends its history event,
 * in the caller's transaction. `expectedVersion` makes the update conditional.
 */
export function applyClaimChange(
  tx: Tx,
  claim: Claim,
  changes: Partial<typeof claims.$inferInsert>,
  event: Omit<NewClaimEvent, "claimId" | "at"> & { at?: Date },
  expectedVersion?: number,
): void {
  const now = event.at ?? new Date();
  if (expectedVersion !== undefined && claim.version !== expectedVersion) throw conflictError(tx, claim);
  const result = tx
    .update(claims)
    .set({ ...changes, version: sql`${claims.version} + 1`, updatedAt: now })
    .where(and(eq(claims.id, claim.id), eq(claims.version, claim.version)))
    .run();
  if (result.changes !== 1) throw conflictError(tx, requireLiveClaim(tx, claim.id));
  tx.insert(claimEvents).values({ ...event, claimId: claim.id, at: now }).run();
}

export type VerdictInput = { claimId: number; status: Verdict; note?: string | null; version: number; payload?: Record<string, unknown> };

/** Sets a verdict if the claim is still at the version the reviewer saw; else 409 and nothing written. */
export function recordVerdict(db: Db, actor: Actor, input: VerdictInput, now = new Date()): ClaimView {
  return db.transaction(
    (tx) => {
      const claim = requireLiveClaim(tx, input.claimId);
      const note = assertVerdictNote(input.status, input.note);
      applyClaimChange(
        tx,
        claim,
        { status: input.status, verdictBy: actor.id, verdictAt: now, firstVerdictAt: claim.firstVerdictAt ?? now },
        { actorId: actor.id, at: now, kind: "verdict", fromStatus: claim.status, toStatus: input.status, note, payload: input.payload ?? null },
        input.version,
      );
      return claimView(tx, claim.id);
    },
    { behavior: "immediate" },
  );
}

export function assignClaim(db: Db, actor: Actor, claimId: number, assigneeId: number | null): ClaimView {
  return db.transaction(
    (tx) => {
      const claim = requireLiveClaim(tx, claimId);
      if (!canAssign(actor, claim.assigneeId, assigneeId)) {
        throw new AppError("forbidden", assigneeId === actor.id ? "This claim is assigned to someone else; ask a lead to reassign it." : "Only leads can assign claims to other people.");
      }
      let assigneeName: string | null = null;
      if (assigneeId !== null) {
        const assignee = tx.select().from(users).where(eq(users.id, assigneeId)).get();
        if (!assignee || assignee.disabled || assignee.role === "admin") throw new AppError("bad_request", "Claims can be assigned to active editors and leads only.");
        assigneeName = assignee.name;
      }
      if (claim.assigneeId === assigneeId) return claimView(tx, claim.id);
      applyClaimChange(tx, claim, { assigneeId }, {
        actorId: actor.id,
        kind: "assigned",
        note: assigneeName ? `Assigned to ${assigneeName}` : "Unassigned",
        payload: { from: claim.assigneeId, to: assigneeId },
      });
      return claimView(tx, claim.id);
    },
    { behavior: "immediate" },
  );
}

export const MAX_EVIDENCE_TEXT = 5000;

export function addEvidence(db: Db, actor: Actor, claimId: number, input: { url: string; title?: string | null; quote?: string | null }) {
  return db.transaction(
    (tx) => {
      const claim = requireLiveClaim(tx, claimId);
      const url = assertEvidenceUrl(input.url);
      const title = cleanText(input.title, "The evidence title", 500);
      const quote = cleanText(input.quote, "The quoted passage", MAX_EVIDENCE_TEXT);
      const now = new Date();
      const row = tx.insert(evidence).values({ claimId, url, title, quote, addedBy: actor.id, addedAt: now }).returning().get();
      applyClaimChange(tx, claim, {}, { actorId: actor.id, at: now, kind: "evidence_added", note: title || url, payload: { evidenceId: row.id, url, title, quote } });
      return row;
    },
    { behavior: "immediate" },
  );
}

export function removeEvidence(db: Db, actor: Actor, claimId: number, evidenceId: number): void {
  db.transaction(
    (tx) => {
      const claim = requireLiveClaim(tx, claimId);
      const row = tx.select().from(evidence).where(and(eq(evidence.id, evidenceId), eq(evidence.claimId, claimId))).get();
      if (!row) throw new AppError("not_found", "That evidence does not exist on this claim.");
      tx.delete(evidence).where(eq(evidence.id, evidenceId)).run();
      // The history keeps the whole removed item, so nothing is lost.
      applyClaimChange(tx, claim, {}, { actorId: actor.id, kind: "evidence_removed", note: row.title || row.url, payload: { evidenceId, url: row.url, title: row.title, quote: row.quote } });
    },
    { behavior: "immediate" },
  );
}

export const MAX_COMMENT_CHARS = 5000;

export function addComment(db: Db, actor: Actor, claimId: number, body: string) {
  const text = cleanText(body, "The comment", MAX_COMMENT_CHARS);
  if (!text) throw new AppError("bad_request", "The comment is empty.");
  return db.transaction(
    (tx) => {
      const claim = requireLiveClaim(tx, claimId);
      const now = new Date();
      const row = tx.insert(comments).values({ claimId, authorId: actor.id, body: text, createdAt: now }).returning().get();
      applyClaimChange(tx, claim, {}, { actorId: actor.id, at: now, kind: "comment", note: text, payload: { commentId: row.id } });
      return row;
    },
    { behavior: "immediate" },
  );
}

/** Lead-only: every claim with a verdict goes back to unreviewed, one event per claim. */
export function resetArticle(db: Db, actor: Actor, articleId: number, note: string): number {
  const text = cleanText(note, "The note", 5000);
  if (!text) throw new AppError("bad_request", "Say why the article is being reset: a note is required.");
  return db.transaction(
    (tx) => {
      const reviewed = tx
        .select()
        .from(claims)
        .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt), sql`${claims.status} <> 'unreviewed'`))
        .all();
      const now = new Date();
      for (const claim of reviewed) {
        applyClaimChange(tx, claim, { status: "unreviewed", verdictBy: null, verdictAt: null }, {
          actorId: actor.id, at: now, kind: "reset", fromStatus: claim.status, toStatus: "unreviewed", note: text,
        });
      }
      return reviewed.length;
    },
    { behavior: "immediate" },
  );
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

export function claimHistory(db: Db | Tx, claimId: number): HistoryEntry[] {
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

/** Everything the claim panel shows, in one read. */
export function claimDetail(db: Db, claimId: number) {
  const claim = requireLiveClaim(db, claimId);
  const assignee = alias(users, "assignee");
  const assigneeName = claim.assigneeId
    ? db.select({ name: assignee.name }).from(assignee).where(eq(assignee.id, claim.assigneeId)).get()?.name ?? null
    : null;
  const evidenceRows = db
    .select({ id: evidence.id, url: evidence.url, title: evidence.title, quote: evidence.quote, addedAt: evidence.addedAt, addedByName: users.name })
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.addedBy))
    .where(eq(evidence.claimId, claimId))
    .orderBy(asc(evidence.addedAt), asc(evidence.id))
    .all();
  const commentRows = db
    .select({ id: comments.id, body: comments.body, createdAt: comments.createdAt, authorName: users.name, authorId: comments.authorId })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.claimId, claimId))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
  return {
    claim: { ...claimView(db, claimId), articleId: claim.articleId, assigneeName },
    evidence: evidenceRows,
    comments: commentRows,
    history: claimHistory(db, claimId),
  };
}

export type ClaimDetail = ReturnType<typeof claimDetail>;
