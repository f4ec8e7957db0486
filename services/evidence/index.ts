import { applyClaimChange } from "@/db/claims";
import type { Db } from "@/db/connection";
import { deleteEvidence, findEvidence, insertComment, insertEvidence } from "@/db/evidence";
import type { Comment, Evidence } from "@/db/schema";
import { assertEvidenceUrl } from "@/lib/claim-rules";
import { AppError } from "@/lib/errors";
import { cleanText } from "@/lib/text-policy";
import { LIMITS } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { claimWrite, requireLiveClaim } from "../claims/write";

/** Evidence and comments on a claim: each one row beside the claim plus one history event. */

export type EvidenceInput = { claimId: number; url: string; title?: string | null; quote?: string | null };

export async function addEvidence(db: Db, actor: Actor, input: EvidenceInput): Promise<Evidence> {
  requireCapability(actor, "claim:review");
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    const url = assertEvidenceUrl(input.url);
    const title = cleanText(input.title, "The evidence title", LIMITS.evidenceTitleChars, "single-line");
    const quote = cleanText(input.quote, "The quoted passage", LIMITS.evidenceQuoteChars);
    const now = new Date();
    const row = insertEvidence(tx, { claimId: claim.id, url, title, quote, addedBy: actor.id, addedAt: now });
    applyClaimChange(tx, claim, {}, { actorId: actor.id, at: now, kind: "evidence_added", note: title || url, payload: { evidenceId: row.id, url, title, quote } });
    return row;
  });
}

export async function removeEvidence(db: Db, actor: Actor, input: { claimId: number; evidenceId: number }): Promise<void> {
  requireCapability(actor, "claim:review");
  claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    const row = findEvidence(tx, claim.id, input.evidenceId);
    if (!row) throw new AppError("not_found", "That evidence does not exist on this claim.");
    deleteEvidence(tx, row.id);
    // The history keeps the whole removed item, so nothing is lost.
    applyClaimChange(tx, claim, {}, {
      actorId: actor.id,
      kind: "evidence_removed",
      note: row.title || row.url,
      payload: { evidenceId: row.id, url: row.url, title: row.title, quote: row.quote },
    });
  });
}

export async function addComment(db: Db, actor: Actor, input: { claimId: number; body: string }): Promise<Comment> {
  requireCapability(actor, "claim:review");
  const text = cleanText(input.body, "The comment", LIMITS.commentChars);
  if (!text) throw new AppError("bad_request", "The comment is empty.");
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    const now = new Date();
    const row = insertComment(tx, { claimId: claim.id, authorId: actor.id, body: text, createdAt: now });
    applyClaimChange(tx, claim, {}, { actorId: actor.id, at: now, kind: "comment", note: text, payload: { commentId: row.id } });
    return row;
  });
}
