/** Merging a claim with the next one, and splitting a claim in two. */
import { applyClaimChange, claimView, insertClaim, listLiveClaims, type ClaimView } from "@/db/claims";
import type { Db } from "@/db/connection";
import { AppError } from "@/lib/errors";
import type { Actor } from "../actor";
import { quoteContext } from "../claims/anchor";
import { startMatchingForClaim } from "../matches/runner";
import { assertOffset } from "./geometry";
import { checkClaimEdit, earlier, mergeSide, requireArticleIn, rescore, writeLiveClaim, type KeepChoice } from "./shared";

export type MergeInput = { claimId: number; version: number; keep?: KeepChoice };
export type SplitInput = { claimId: number; version: number; at: number };

export const INSIDE_CLAIM_MESSAGE = "Choose a point inside the claim's text";

/**
 * Merges a claim with the next live claim of its article (by start). The first claim
 * survives with span [first.start, next.end]; the next one is retired. If both have
 * verdicts, `keep` must say whose verdict survives (else 409 with details.needsChoice).
 */
export async function mergeWithNext(db: Db, actor: Actor, input: MergeInput): Promise<{ claim: ClaimView; retiredClaimId: number }> {
  checkClaimEdit(actor, input);
  if (input.keep !== undefined && input.keep !== "first" && input.keep !== "second") {
    throw new AppError("bad_request", 'Say which verdict to keep: "first" or "second".');
  }
  const result = writeLiveClaim(db, input, (tx, first) => {
    const article = requireArticleIn(tx, first.articleId);
    const next = listLiveClaims(tx, first.articleId).find(
      (c) => c.id !== first.id && (c.start > first.start || (c.start === first.start && c.id > first.id)),
    );
    if (!next) throw new AppError("bad_request", "There is no next claim in this article to merge with.");

    const firstHas = first.status !== "unreviewed";
    const nextHas = next.status !== "unreviewed";
    let kept: KeepChoice | null = null;
    if (firstHas && nextHas) {
      if (!input.keep) {
        throw new AppError("conflict", "Both claims have verdicts: choose which one to keep.", {
          needsChoice: true,
          first: mergeSide(tx, first),
          second: mergeSide(tx, next),
        });
      }
      kept = input.keep;
    } else if (firstHas) kept = "first";
    else if (nextHas) kept = "second";

    const source = kept === "second" ? next : first;
    const verdict =
      kept === null
        ? { status: "unreviewed" as const, verdictBy: null, verdictAt: null, firstVerdictAt: earlier(first.firstVerdictAt, next.firstVerdictAt) }
        : {
            status: source.status,
            verdictBy: source.verdictBy,
            verdictAt: source.verdictAt,
            firstVerdictAt: earlier(first.firstVerdictAt, next.firstVerdictAt),
          };

    const span = { start: first.start, end: Math.max(first.end, next.end) };
    const scored = rescore(tx, article, span);
    const now = new Date();
    // Retire the absorbed claim first so the survivor never overlaps a live claim.
    applyClaimChange(tx, next, { deletedAt: now }, {
      actorId: actor.id,
      at: now,
      kind: "merged",
      fromStatus: next.status,
      note: `Merged into claim #${first.id}`,
      payload: { mergedInto: first.id },
    });
    applyClaimChange(
      tx,
      first,
      {
        start: span.start,
        end: span.end,
        ...quoteContext(article.body, span.start, span.end),
        text: scored.text,
        score: scored.score,
        reasons: scored.reasons,
        modelVersion: scored.modelVersion,
        checkworthy: scored.checkworthy || first.checkworthy || next.checkworthy,
        assigneeId: first.assigneeId ?? next.assigneeId,
        ...verdict,
      },
      {
        actorId: actor.id,
        at: now,
        kind: "merged",
        fromStatus: first.status,
        toStatus: verdict.status,
        note: `Merged with claim #${next.id}`,
        payload: { mergedClaimId: next.id, from: { start: first.start, end: first.end }, to: span, kept },
      },
      input.version,
    );
    return { claim: claimView(tx, first.id), retiredClaimId: next.id };
  });
  startMatchingForClaim(db, input.claimId);
  return result;
}

/**
 * Splits a claim at absolute body offset `at`: the claim becomes [start, at) and a new
 * unreviewed claim [at, end) is created; whitespace at the cut is trimmed off both halves.
 */
export async function splitClaim(db: Db, actor: Actor, input: SplitInput): Promise<{ claim: ClaimView; created: ClaimView }> {
  checkClaimEdit(actor, input);
  const result = writeLiveClaim(db, input, (tx, claim) => {
    const article = requireArticleIn(tx, claim.articleId);
    const body = article.body;
    assertOffset(body, input.at, "split");
    const at = input.at;
    if (at <= claim.start || at >= claim.end) throw new AppError("bad_request", INSIDE_CLAIM_MESSAGE);
    const left = body.slice(claim.start, at);
    const right = body.slice(at, claim.end);
    const leftEnd = claim.start + left.trimEnd().length;
    const rightStart = at + (right.length - right.trimStart().length);
    if (leftEnd <= claim.start || rightStart >= claim.end) throw new AppError("bad_request", INSIDE_CLAIM_MESSAGE);

    const firstSpan = { start: claim.start, end: leftEnd };
    const secondSpan = { start: rightStart, end: claim.end };
    const firstScore = rescore(tx, article, firstSpan);
    const secondScore = rescore(tx, article, secondSpan);
    const now = new Date();

    const created = {
      id: insertClaim(
        tx,
        {
          articleId: claim.articleId,
          start: secondSpan.start,
          end: secondSpan.end,
          ...quoteContext(body, secondSpan.start, secondSpan.end),
          text: secondScore.text,
          score: secondScore.score,
          checkworthy: secondScore.checkworthy,
          reasons: secondScore.reasons,
          modelVersion: secondScore.modelVersion,
        },
        { actorId: actor.id, at: now, payload: { splitFrom: claim.id, start: secondSpan.start, end: secondSpan.end } },
      ),
    };
    applyClaimChange(
      tx,
      claim,
      {
        end: firstSpan.end,
        ...quoteContext(body, firstSpan.start, firstSpan.end),
        text: firstScore.text,
        score: firstScore.score,
        reasons: firstScore.reasons,
        modelVersion: firstScore.modelVersion,
        checkworthy: firstScore.checkworthy || claim.checkworthy,
      },
      {
        actorId: actor.id,
        at: now,
        kind: "split",
        note: `Split; the rest became claim #${created.id}`,
        payload: { from: { start: claim.start, end: claim.end }, to: firstSpan, newClaimId: created.id },
      },
      input.version,
    );
    return { claim: claimView(tx, claim.id), created: claimView(tx, created.id) };
  });
  startMatchingForClaim(db, input.claimId);
  return result;
}

