import { applyClaimChange, claimView, expectVersion, type ClaimView } from "@/db/claims";
import type { Db } from "@/db/connection";
import { AppError } from "@/lib/errors";
import { cleanText } from "@/lib/text-policy";
import { LIMITS } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { claimWrite, requireLiveClaim } from "./write";

/**
 * The two-person rule's second pair of eyes: another reviewer confirms a verdict, or sends it back
 * with a note (the claim is then unreviewed again; the sent-back verdict stays in the history).
 */
export async function confirmVerdict(db: Db, actor: Actor, input: { claimId: number; version: number }): Promise<ClaimView> {
  requireCapability(actor, "claim:confirm");
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    if (!claim.awaitingConfirmation) throw new AppError("bad_request", "This verdict is not waiting for a confirmation.");
    if (claim.verdictBy === actor.id) throw new AppError("forbidden", "A verdict needs a second reviewer: you cannot confirm your own.");
    expectVersion(claim, input.version);
    applyClaimChange(tx, claim, { awaitingConfirmation: false }, { actorId: actor.id, kind: "confirmed", fromStatus: claim.status, toStatus: claim.status, payload: { verdictBy: claim.verdictBy } }, input.version);
    return claimView(tx, claim.id);
  });
}

export async function sendBackVerdict(db: Db, actor: Actor, input: { claimId: number; version: number; note: string }): Promise<ClaimView> {
  requireCapability(actor, "claim:confirm");
  const note = cleanText(input.note, "The note", LIMITS.noteChars);
  if (!note) throw new AppError("bad_request", "Say why the verdict is sent back: a note is required.");
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    if (!claim.awaitingConfirmation) throw new AppError("bad_request", "This verdict is not waiting for a confirmation.");
    if (claim.verdictBy === actor.id) throw new AppError("forbidden", "Another reviewer must look at this verdict; you cannot send back your own.");
    expectVersion(claim, input.version);
    applyClaimChange(
      tx,
      claim,
      { status: "unreviewed", verdictBy: null, verdictAt: null, awaitingConfirmation: false, sourceOwnerId: null, sourceDueAt: null },
      { actorId: actor.id, kind: "sent_back", fromStatus: claim.status, toStatus: "unreviewed", note, payload: { verdictBy: claim.verdictBy } },
      input.version,
    );
    return claimView(tx, claim.id);
  });
}
