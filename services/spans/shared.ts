import { applyClaimChange, expectVersion, listLiveClaims } from "@/db/claims";
import type { Db } from "@/db/connection";
import { findArticle } from "@/db/articles";
import type { Article, Claim } from "@/db/schema";
import type { Conn, Tx } from "@/db/transaction";
import { userName } from "@/db/users";
import { AppError } from "@/lib/errors";
import { scoreSentence } from "@/lib/splitter";
import { requireCapability, type Actor } from "../actor";
import { activeModel } from "../checkworthiness/active";
import { quoteContext } from "../claims/anchor";
import { claimWrite, requireLiveClaim } from "../claims/write";
import { assertId, assertVersion, describeOverlap, overlapsSpan, quoteForMessage, type Span } from "./geometry";

/** Pieces the split-editing operations share; all run inside the caller's transaction. */

export type KeepChoice = "first" | "second";

/** An existing claim at the version the editor saw. */
export type ClaimRef = { claimId: number; version: number };

/** The checks every edit of an existing claim starts with: the capability, the claim id and the version. */
export function checkClaimEdit(actor: Actor, input: ClaimRef): void {
  requireCapability(actor, "claim:edit-split");
  assertId(input.claimId, "claim");
  assertVersion(input.version);
}

/** Runs `work` in one write transaction on the live claim, if it is still at the version the editor saw (else 409). */
export function writeLiveClaim<T>(db: Db, input: ClaimRef, work: (tx: Tx, claim: Claim) => T): T {
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    expectVersion(claim, input.version);
    return work(tx, claim);
  });
}

/** One side of a merge that needs a choice, as sent in the 409's details. */
export type MergeSide = {
  id: number;
  text: string;
  start: number;
  end: number;
  status: Claim["status"];
  version: number;
  verdictBy: number | null;
  verdictByName: string | null;
  verdictAt: string | null;
};

export function requireArticleIn(tx: Conn, articleId: number): Article {
  const article = findArticle(tx, articleId);
  if (!article) throw new AppError("not_found", "That article does not exist.");
  return article;
}

/** The span's text scored by the model in use (with its version, which the claim keeps). */
export function rescore(tx: Conn, article: Article, span: Span) {
  const text = article.body.slice(span.start, span.end);
  const scorer = activeModel(tx);
  return { text, ...scoreSentence(text, { language: article.language, model: scorer.model }), modelVersion: scorer.version };
}

export function mergeSide(tx: Conn, claim: Claim): MergeSide {
  return {
    id: claim.id,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    status: claim.status,
    version: claim.version,
    verdictBy: claim.verdictBy,
    verdictByName: userName(tx, claim.verdictBy),
    verdictAt: claim.verdictAt?.toISOString() ?? null,
  };
}

export function earlier(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

/** Changes a claim's span in place: rescored, verdict kept, check-worthiness never lowered. */
export function changeSpan(
  tx: Tx,
  actor: Actor,
  article: Article,
  claim: Claim,
  span: Span,
  now: Date,
  extra: { forceCheckworthy?: boolean; payload?: Record<string, unknown> } = {},
): void {
  const scored = rescore(tx, article, span);
  const checkworthy = extra.forceCheckworthy || scored.checkworthy || claim.checkworthy;
  const payload: Record<string, unknown> = { from: { start: claim.start, end: claim.end }, to: span, ...extra.payload };
  if (checkworthy !== claim.checkworthy) payload.checkworthy = { from: claim.checkworthy, to: checkworthy };
  applyClaimChange(
    tx,
    claim,
    { start: span.start, end: span.end, ...quoteContext(article.body, span.start, span.end), text: scored.text, score: scored.score, reasons: scored.reasons, modelVersion: scored.modelVersion, checkworthy },
    { actorId: actor.id, at: now, kind: "span_changed", note: scored.text, payload },
  );
}

/** Throws 400 if `span` overlaps any live claim of the article other than `exceptId`. */
export function assertNoOverlap(tx: Conn, articleId: number, span: Span, exceptId: number): void {
  const others = listLiveClaims(tx, articleId).filter((c) => c.id !== exceptId && overlapsSpan(c, span));
  if (others.length === 0) return;
  const named = others.map((c) => `#${c.id} ${quoteForMessage(c.text)}`).join(", ");
  throw new AppError(
    "bad_request",
    `The new span overlaps ${others.length === 1 ? "another claim" : "other claims"}: ${named}. Trim or merge ${others.length === 1 ? "it" : "them"} first.`,
    { overlaps: others.map(describeOverlap) },
  );
}
