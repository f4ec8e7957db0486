import { listClaimsWithVerdict, applyClaimChange, claimHistory, claimView, type ClaimView, type HistoryEntry } from "@/db/claims";
import type { Db } from "@/db/connection";
import { listComments, listEvidence } from "@/db/evidence";
import { findUserById, userName } from "@/db/users";
import { assertVerdictNote } from "@/lib/claim-rules";
import { AppError } from "@/lib/errors";
import { canAssign } from "@/lib/permissions";
import { cleanText } from "@/lib/text-policy";
import { DAY_MS, LIMITS, utcDayOfIsoDay, type Verdict } from "@/lib/vocabulary";
import type { Conn } from "@/db/transaction";
import { needsConfirmation, readDeskSettings } from "../settings";
import { requireCapability, type Actor } from "../actor";
import { requireArticle } from "../articles/read";
import { claimWrite, requireLiveClaim } from "./write";

export type { ClaimView, HistoryEntry };
export { requireLiveClaim };

export type VerdictInput = {
  claimId: number;
  status: Verdict;
  note?: string | null;
  version: number;
  /** For "needs a source": who finds it, and by when (YYYY-MM-DD, or an ISO time whose UTC day is taken). */
  sourceOwnerId?: number | null;
  dueAt?: string | null;
  payload?: Record<string, unknown>;
};

/**
 * Sets a verdict if the claim is still at the version the reviewer saw; else 409 and nothing
 * written. Under the two-person rule the verdict then waits for another reviewer's confirmation.
 */
export async function recordVerdict(db: Db, actor: Actor, input: VerdictInput, now = new Date()): Promise<ClaimView> {
  requireCapability(actor, "claim:review");
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    const note = assertVerdictNote(input.status, input.note);
    const source = sourceRequest(tx, input);
    const awaiting = needsConfirmation(readDeskSettings(tx).twoPersonRule, input.status);
    applyClaimChange(
      tx,
      claim,
      // A verdict given after the text changed is the recheck.
      { status: input.status, verdictBy: actor.id, verdictAt: now, firstVerdictAt: claim.firstVerdictAt ?? now, needsRecheck: false, awaitingConfirmation: awaiting, ...source },
      {
        actorId: actor.id,
        at: now,
        kind: "verdict",
        fromStatus: claim.status,
        toStatus: input.status,
        note,
        payload: { ...input.payload, ...(awaiting && { awaitingConfirmation: true }), ...(source.sourceOwnerId && { sourceOwnerId: source.sourceOwnerId }), ...(source.sourceDueAt && { sourceDueAt: source.sourceDueAt.toISOString() }) },
      },
      input.version,
    );
    return claimView(tx, claim.id);
  });
}

/** The owner and due day of a "needs a source" verdict (cleared for any other verdict). */
function sourceRequest(tx: Conn, input: VerdictInput): { sourceOwnerId: number | null; sourceDueAt: Date | null } {
  if (input.status !== "needs_source") return { sourceOwnerId: null, sourceDueAt: null };
  let sourceOwnerId: number | null = null;
  if (input.sourceOwnerId) {
    const owner = findUserById(tx, input.sourceOwnerId);
    if (!owner || owner.disabled || owner.role === "admin") throw new AppError("bad_request", "The source can be owned by an active editor or lead only.");
    sourceOwnerId = owner.id;
  }
  let sourceDueAt: Date | null = null;
  if (input.dueAt) {
    const text = input.dueAt.trim();
    const day = utcDayOfIsoDay(/^\d{4}-\d{2}-\d{2}T/.test(text) && Number.isFinite(Date.parse(text)) ? new Date(text).toISOString().slice(0, 10) : text);
    if (day === null) throw new AppError("bad_request", "dueAt must be a real date written as YYYY-MM-DD.");
    sourceDueAt = new Date(day * DAY_MS);
  }
  return { sourceOwnerId, sourceDueAt };
}

/** Editors may take an unassigned claim or release their own; leads may assign anyone. */
export async function assignClaim(db: Db, actor: Actor, input: { claimId: number; userId: number | null }): Promise<ClaimView> {
  requireCapability(actor, "claim:assign-self");
  const assigneeId = input.userId;
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    if (!canAssign(actor, claim.assigneeId, assigneeId)) {
      throw new AppError(
        "forbidden",
        assigneeId === actor.id ? "This claim is assigned to someone else; ask a lead to reassign it." : "Only leads can assign claims to other people.",
      );
    }
    let assigneeName: string | null = null;
    if (assigneeId !== null) {
      const assignee = findUserById(tx, assigneeId);
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
  });
}

/** Lead-only: every claim with a verdict goes back to unreviewed, one event per claim. */
export async function resetArticle(db: Db, actor: Actor, input: { articleId: number; note: string }): Promise<number> {
  requireCapability(actor, "article:reset");
  const note = cleanText(input.note, "The note", LIMITS.noteChars);
  if (!note) throw new AppError("bad_request", "Say why the article is being reset: a note is required.");
  requireArticle(db, input.articleId);
  return claimWrite(db, (tx) => {
    const reviewed = listClaimsWithVerdict(tx, input.articleId);
    const now = new Date();
    for (const claim of reviewed) {
      applyClaimChange(tx, claim, { status: "unreviewed", verdictBy: null, verdictAt: null, needsRecheck: false, awaitingConfirmation: false, sourceOwnerId: null, sourceDueAt: null }, {
        actorId: actor.id,
        at: now,
        kind: "reset",
        fromStatus: claim.status,
        toStatus: "unreviewed",
        note,
      });
    }
    return reviewed.length;
  });
}

/** Everything the claim panel shows, in one read. */
export function readClaimDetail(db: Db, claimId: number) {
  const claim = requireLiveClaim(db, claimId);
  return {
    claim: {
      ...claimView(db, claimId),
      articleId: claim.articleId,
      assigneeName: userName(db, claim.assigneeId),
      verdictByName: userName(db, claim.verdictBy),
      sourceOwnerName: userName(db, claim.sourceOwnerId),
    },
    evidence: listEvidence(db, claimId),
    comments: listComments(db, claimId),
    history: claimHistory(db, claimId),
  };
}

export type ClaimDetail = ReturnType<typeof readClaimDetail>;

export async function getClaimDetail(db: Db, actor: Actor, input: { claimId: number }): Promise<ClaimDetail> {
  requireCapability(actor, "article:read");
  return readClaimDetail(db, input.claimId);
}

/** The claim's events, oldest first. */
export async function getClaimHistory(db: Db, actor: Actor, input: { claimId: number }): Promise<HistoryEntry[]> {
  requireCapability(actor, "article:read");
  return claimHistory(db, requireLiveClaim(db, input.claimId).id);
}
