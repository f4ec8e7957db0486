import { applyClaimChange, claimView, expectVersion, listLiveClaims, type ClaimView } from "@/db/claims";
import type { Db } from "@/db/connection";
import { findOrphan } from "@/db/versions";
import { AppError } from "@/lib/errors";
import { cleanText } from "@/lib/text-policy";
import { LIMITS } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { requireArticle } from "../articles/read";
import { quoteContext } from "../claims/anchor";
import { claimWrite, requireLiveClaim } from "../claims/write";
import { startMatching } from "../matches/runner";
import { trimmedSpan, overlapsSpan, describeOverlap } from "../spans/geometry";

/**
 * After a new version: a reviewer confirms that a changed claim's verdict still holds (or changes
 * the verdict, which clears the flag too), and puts an orphaned claim back on a selection.
 */
export async function confirmRecheck(db: Db, actor: Actor, input: { claimId: number; version: number; note?: string | null }): Promise<ClaimView> {
  requireCapability(actor, "claim:review");
  const note = cleanText(input.note, "The note", LIMITS.noteChars) || null;
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    expectVersion(claim, input.version);
    if (!claim.needsRecheck) throw new AppError("bad_request", "This claim has not changed since its verdict; there is nothing to confirm.");
    applyClaimChange(tx, claim, { needsRecheck: false }, { actorId: actor.id, kind: "rechecked", fromStatus: claim.status, toStatus: claim.status, note }, input.version);
    return claimView(tx, claim.id);
  });
}

/**
 * Puts an orphaned claim back into the article, on a selection of the newest text: it keeps its
 * id, verdict and history; its text becomes the selection, and a verdict then needs a recheck.
 */
export async function restoreOrphan(db: Db, actor: Actor, input: { claimId: number; version: number; start: number; end: number }): Promise<ClaimView> {
  requireCapability(actor, "claim:edit-split");
  const result = claimWrite(db, (tx) => {
    const claim = findOrphan(tx, input.claimId);
    if (!claim) throw new AppError("not_found", "That claim is not an orphaned claim of this desk.");
    expectVersion(claim, input.version);
    const article = requireArticle(tx, claim.articleId);
    const span = trimmedSpan(article.body, input.start, input.end);
    // The new version will usually have made its own, unreviewed claim of the sentence: the
    // restored claim, with its verdict and history, takes its place. Reviewed claims are never replaced.
    const overlaps = listLiveClaims(tx, article.id).filter((c) => overlapsSpan(c, span));
    const reviewed = overlaps.filter((c) => c.status !== "unreviewed");
    if (reviewed.length > 0) {
      throw new AppError("bad_request", "The selection overlaps claims that have verdicts; select text those claims do not cover.", { overlaps: reviewed.map(describeOverlap) });
    }
    const now = new Date();
    for (const c of overlaps) {
      applyClaimChange(tx, c, { deletedAt: now }, { actorId: actor.id, at: now, kind: "deleted", fromStatus: c.status, note: `Replaced by restored claim #${claim.id}`, payload: { replacedBy: claim.id, start: c.start, end: c.end, text: c.text } });
    }
    const text = article.body.slice(span.start, span.end);
    applyClaimChange(
      tx,
      claim,
      { ...span, ...quoteContext(article.body, span.start, span.end), text, deletedAt: null, orphanedAt: null, needsRecheck: claim.status !== "unreviewed" && text !== claim.text },
      { actorId: actor.id, at: now, kind: "restored", fromStatus: claim.status, toStatus: claim.status, note: text, payload: { articleVersion: article.version, from: claim.text, to: { ...span, text } } },
      input.version,
    );
    return { view: claimView(tx, claim.id), articleId: article.id };
  });
  startMatching(db, result.articleId);
  return result.view;
}
