/**
 * Editing claim spans: merge, split, trim/extend, make a claim from a selection, mark
 * check-worthy and retire. Every operation is one write transaction; every change to an existing
 * claim goes through applyClaimChange (version bump + event). A claim whose text changed is
 * matched again afterwards, in the background.
 *
 * Offsets are UTF-16 code units into articles.body and always satisfy
 * body.slice(start, end) === text for live claims; live claims never overlap.
 *
 * Check-worthiness on rescoring: score and reasons are recomputed from the new text;
 * `checkworthy` becomes true if the scorer says so and never turns false because of a
 * span edit (only setCheckworthy turns it off). New halves from a split take the
 * scorer's value; claims made from a selection are always check-worthy.
 */
import { applyClaimChange, claimView, insertClaim, listLiveClaims, type ClaimView } from "@/db/claims";
import type { Db } from "@/db/connection";
import { AppError } from "@/lib/errors";
import { requireCapability, type Actor } from "../actor";
import { quoteContext } from "../claims/anchor";
import { claimWrite } from "../claims/write";
import { startMatching, startMatchingForClaim } from "../matches/runner";
import { assertId, describeOverlap, overlapsSpan, trimmedSpan } from "./geometry";
import { assertNoOverlap, changeSpan, checkClaimEdit, requireArticleIn, rescore, writeLiveClaim } from "./shared";

export { INSIDE_CLAIM_MESSAGE, mergeWithNext, splitClaim, type MergeInput, type SplitInput } from "./merge-split";
export type { OverlappingClaim, Span } from "./geometry";
export type { KeepChoice, MergeSide } from "./shared";

export type SpanInput = { claimId: number; version: number; start: number; end: number };
export type SelectionInput = { articleId: number; start: number; end: number };
export type CheckworthyInput = { claimId: number; version: number; checkworthy: boolean };
export type RetireInput = { claimId: number; version: number };

export const SELECTION_OVERLAP_MESSAGE = "The selection overlaps other claims; trim or merge them first.";

/** Trims or extends a claim to [start, end) (whitespace trimmed); keeps its verdict. */
export async function setClaimSpan(db: Db, actor: Actor, input: SpanInput): Promise<ClaimView> {
  checkClaimEdit(actor, input);
  const result = writeLiveClaim(db, input, (tx, claim) => {
    const article = requireArticleIn(tx, claim.articleId);
    const span = trimmedSpan(article.body, input.start, input.end);
    if (span.start === claim.start && span.end === claim.end) return claimView(tx, claim.id);
    assertNoOverlap(tx, claim.articleId, span, claim.id);
    changeSpan(tx, actor, article, claim, span, new Date());
    return claimView(tx, claim.id);
  });
  startMatchingForClaim(db, input.claimId);
  return result;
}

/**
 * "Make this a claim" on a selection: inside exactly one live claim → that claim is
 * trimmed to the selection (and marked check-worthy); overlapping none → a new
 * check-worthy claim; anything else → 400 with details.overlaps.
 */
export async function makeClaimFromSelection(db: Db, actor: Actor, input: SelectionInput): Promise<ClaimView> {
  requireCapability(actor, "claim:edit-split");
  assertId(input.articleId, "article");
  const result = claimWrite(db, (tx) => {
    const article = requireArticleIn(tx, input.articleId);
    const span = trimmedSpan(article.body, input.start, input.end);
    const hits = listLiveClaims(tx, article.id).filter((c) => overlapsSpan(c, span));
    const now = new Date();

    if (hits.length === 0) {
      const scored = rescore(tx, article, span);
      const createdId = insertClaim(
        tx,
        { articleId: article.id, start: span.start, end: span.end, ...quoteContext(article.body, span.start, span.end), text: scored.text, score: scored.score, checkworthy: true, reasons: scored.reasons, modelVersion: scored.modelVersion },
        { actorId: actor.id, at: now, payload: { manual: true, start: span.start, end: span.end } },
      );
      return claimView(tx, createdId);
    }

    const only = hits[0]!;
    if (hits.length > 1 || span.start < only.start || span.end > only.end) {
      throw new AppError("bad_request", SELECTION_OVERLAP_MESSAGE, { overlaps: hits.map(describeOverlap) });
    }
    if (span.start === only.start && span.end === only.end) {
      if (only.checkworthy) return claimView(tx, only.id);
      applyClaimChange(tx, only, { checkworthy: true }, {
        actorId: actor.id,
        at: now,
        kind: "marked_checkworthy",
        payload: { from: false, to: true },
      });
      return claimView(tx, only.id);
    }
    changeSpan(tx, actor, article, only, span, now, { forceCheckworthy: true, payload: { selection: true } });
    return claimView(tx, only.id);
  });
  startMatching(db, input.articleId);
  return result;
}

/** Marks a claim check-worthy or not; a no-op (no event) when it already is. */
export async function setCheckworthy(db: Db, actor: Actor, input: CheckworthyInput): Promise<ClaimView> {
  checkClaimEdit(actor, input);
  if (typeof input.checkworthy !== "boolean") throw new AppError("bad_request", "Say whether the claim is check-worthy (true or false).");
  const result = writeLiveClaim(db, input, (tx, claim) => {
    if (claim.checkworthy === input.checkworthy) return claimView(tx, claim.id);
    applyClaimChange(
      tx,
      claim,
      { checkworthy: input.checkworthy },
      {
        actorId: actor.id,
        kind: "marked_checkworthy",
        note: input.checkworthy ? "Marked check-worthy" : "Marked not check-worthy",
        payload: { from: claim.checkworthy, to: input.checkworthy },
      },
      input.version,
    );
    return claimView(tx, claim.id);
  });
  startMatchingForClaim(db, input.claimId);
  return result;
}

/** Retires (soft-deletes) a claim, verdict or not; its history stays. Returns its final view. */
export async function retireClaim(db: Db, actor: Actor, input: RetireInput): Promise<ClaimView> {
  checkClaimEdit(actor, input);
  return writeLiveClaim(db, input, (tx, claim) => {
    applyClaimChange(
      tx,
      claim,
      { deletedAt: new Date() },
      {
        actorId: actor.id,
        kind: "deleted",
        fromStatus: claim.status,
        note: "Claim removed",
        payload: { start: claim.start, end: claim.end, text: claim.text, status: claim.status },
      },
      input.version,
    );
    return claimView(tx, claim.id);
  });
}

