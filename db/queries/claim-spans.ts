import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { articles, claimEvents, claims, users, type Article, type Claim } from "../schema";
import { AppError } from "@/lib/errors";
import { scoreSentence } from "@/lib/splitter";
import { applyClaimChange, claimView, conflictError, requireLiveClaim, type Actor, type Tx } from "./claims";
import type { ClaimView } from "./articles";

/**
 * Editing claim spans: merge, split, trim/extend, make a claim from a selection,
 * mark check-worthy and retire. Every operation is one immediate transaction; every
 * change to an existing claim goes through applyClaimChange (version bump + event).
 *
 * Offsets are UTF-16 code units into articles.body and always satisfy
 * body.slice(start, end) === text for live claims; live claims never overlap.
 *
 * Check-worthiness on rescoring: score and reasons are recomputed from the new text;
 * `checkworthy` becomes true if the scorer says so and never turns false because of a
 * span edit (only setCheckworthy turns it off). New halves from a split take the
 * scorer's value; claims made from a selection are always check-worthy.
 */

export type Span = { start: number; end: number };
export type KeepChoice = "first" | "second";

export type MergeInput = { claimId: number; version: number; keep?: KeepChoice };
export type SplitInput = { claimId: number; version: number; at: number };
export type SpanInput = { claimId: number; version: number; start: number; end: number };
export type SelectionInput = { articleId: number; start: number; end: number };
export type CheckworthyInput = { claimId: number; version: number; checkworthy: boolean };
export type RetireInput = { claimId: number; version: number };

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

/** A live claim that blocks a span edit, as sent in the 400's details.overlaps. */
export type OverlappingClaim = { id: number; start: number; end: number; text: string };

export const INSIDE_CLAIM_MESSAGE = "Choose a point inside the claim's text";
export const SELECTION_OVERLAP_MESSAGE = "The selection overlaps other claims; trim or merge them first.";

// ---------------------------------------------------------------------------
// Helpers (all synchronous, used inside the caller's transaction)

function immediate<T>(db: Db, fn: (tx: Tx) => T): T {
  return db.transaction(fn, { behavior: "immediate" });
}

function requireArticleIn(tx: Tx, articleId: number): Article {
  const article = tx.select().from(articles).where(eq(articles.id, articleId)).get();
  if (!article) throw new AppError("not_found", "That article does not exist.");
  return article;
}

function assertId(value: unknown, what: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError("bad_request", `A valid ${what} is required.`);
  }
}

function assertVersion(value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError("bad_request", "The claim version you saw is required (a positive integer).");
  }
}

/** True when `offset` would cut a surrogate pair (an emoji, say) in half. */
function splitsSurrogatePair(body: string, offset: number): boolean {
  if (offset <= 0 || offset >= body.length) return false;
  const before = body.charCodeAt(offset - 1);
  const after = body.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertOffset(body: string, value: unknown, name: string): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new AppError("bad_request", `The ${name} offset must be a whole number.`);
  }
  if (value < 0 || value > body.length) {
    throw new AppError("bad_request", `The ${name} offset is outside the article (0 to ${body.length}).`);
  }
  if (splitsSurrogatePair(body, value)) {
    throw new AppError("bad_request", `The ${name} offset falls inside a character; choose another point.`);
  }
}

/** Validates [start, end) against the body and trims surrounding whitespace; the result is non-empty. */
function trimmedSpan(body: string, start: unknown, end: unknown): Span {
  assertOffset(body, start, "start");
  assertOffset(body, end, "end");
  if (end <= start) throw new AppError("bad_request", "The end of the span must come after its start.");
  const raw = body.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) throw new AppError("bad_request", "The span is empty: select some text, not just spaces.");
  return { start: start + lead, end: start + lead + trimmed.length };
}

function rescore(article: Article, span: Span) {
  const text = article.body.slice(span.start, span.end);
  return { text, ...scoreSentence(text, { language: article.language }) };
}

function liveClaimsOf(tx: Tx, articleId: number): Claim[] {
  return tx
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt)))
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
}

function overlapsSpan(claim: Span, span: Span): boolean {
  return claim.start < span.end && claim.end > span.start;
}

function describeOverlap(claim: Claim): OverlappingClaim {
  return { id: claim.id, start: claim.start, end: claim.end, text: claim.text };
}

function quote(text: string): string {
  return text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`;
}

/** 409 when the claim has moved on since the user saw it; nothing has been written yet. */
function checkVersion(tx: Tx, claim: Claim, version: number): void {
  if (claim.version !== version) throw conflictError(tx, claim);
}

function userName(tx: Tx, id: number | null): string | null {
  if (id === null) return null;
  return tx.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null;
}

function mergeSide(tx: Tx, claim: Claim): MergeSide {
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

function earlier(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

/** Changes a claim's span in place: rescored, verdict kept, check-worthiness never lowered. */
function changeSpan(
  tx: Tx,
  actor: Actor,
  article: Article,
  claim: Claim,
  span: Span,
  now: Date,
  extra: { forceCheckworthy?: boolean; payload?: Record<string, unknown> } = {},
): void {
  const scored = rescore(article, span);
  const checkworthy = extra.forceCheckworthy || scored.checkworthy || claim.checkworthy;
  const payload: Record<string, unknown> = { from: { start: claim.start, end: claim.end }, to: span, ...extra.payload };
  if (checkworthy !== claim.checkworthy) payload.checkworthy = { from: claim.checkworthy, to: checkworthy };
  applyClaimChange(
    tx,
    claim,
    { start: span.start, end: span.end, text: scored.text, score: scored.score, reasons: scored.reasons, checkworthy },
    { actorId: actor.id, at: now, kind: "span_changed", note: scored.text, payload },
  );
}

/** Throws 400 if `span` overlaps any live claim of the article other than `exceptId`. */
function assertNoOverlap(tx: Tx, articleId: number, span: Span, exceptId: number): void {
  const others = tx
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, articleId), isNull(claims.deletedAt), ne(claims.id, exceptId)))
    .orderBy(asc(claims.start), asc(claims.id))
    .all()
    .filter((c) => overlapsSpan(c, span));
  if (others.length === 0) return;
  const named = others.map((c) => `#${c.id} ${quote(c.text)}`).join(", ");
  throw new AppError(
    "bad_request",
    `The new span overlaps ${others.length === 1 ? "another claim" : "other claims"}: ${named}. Trim or merge ${others.length === 1 ? "it" : "them"} first.`,
    { overlaps: others.map(describeOverlap) },
  );
}

// ---------------------------------------------------------------------------
// Operations

/**
 * Merges a claim with the next live claim of its article (by start). The first claim
 * survives with span [first.start, next.end]; the next one is retired. If both have
 * verdicts, `keep` must say whose verdict survives (else 409 with details.needsChoice).
 */
export function mergeWithNext(db: Db, actor: Actor, input: MergeInput): { claim: ClaimView; retiredClaimId: number } {
  assertId(input.claimId, "claim");
  assertVersion(input.version);
  if (input.keep !== undefined && input.keep !== "first" && input.keep !== "second") {
    throw new AppError("bad_request", 'Say which verdict to keep: "first" or "second".');
  }
  return immediate(db, (tx) => {
    const first = requireLiveClaim(tx, input.claimId);
    checkVersion(tx, first, input.version);
    const article = requireArticleIn(tx, first.articleId);
    const next = liveClaimsOf(tx, first.articleId).find(
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
    const scored = rescore(article, span);
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
        text: scored.text,
        score: scored.score,
        reasons: scored.reasons,
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
}

/**
 * Splits a claim at absolute body offset `at`: the claim becomes [start, at) and a new
 * unreviewed claim [at, end) is created; whitespace at the cut is trimmed off both halves.
 */
export function splitClaim(db: Db, actor: Actor, input: SplitInput): { claim: ClaimView; created: ClaimView } {
  assertId(input.claimId, "claim");
  assertVersion(input.version);
  return immediate(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    checkVersion(tx, claim, input.version);
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
    const firstScore = rescore(article, firstSpan);
    const secondScore = rescore(article, secondSpan);
    const now = new Date();

    const created = tx
      .insert(claims)
      .values({
        articleId: claim.articleId,
        start: secondSpan.start,
        end: secondSpan.end,
        text: secondScore.text,
        score: secondScore.score,
        checkworthy: secondScore.checkworthy,
        reasons: secondScore.reasons,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: claims.id })
      .get();
    applyClaimChange(
      tx,
      claim,
      {
        end: firstSpan.end,
        text: firstScore.text,
        score: firstScore.score,
        reasons: firstScore.reasons,
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
    tx.insert(claimEvents)
      .values({
        claimId: created.id,
        actorId: actor.id,
        at: now,
        kind: "created",
        toStatus: "unreviewed",
        payload: { splitFrom: claim.id, start: secondSpan.start, end: secondSpan.end },
      })
      .run();
    return { claim: claimView(tx, claim.id), created: claimView(tx, created.id) };
  });
}

/** Trims or extends a claim to [start, end) (whitespace trimmed); keeps its verdict. */
export function setClaimSpan(db: Db, actor: Actor, input: SpanInput): ClaimView {
  assertId(input.claimId, "claim");
  assertVersion(input.version);
  return immediate(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    checkVersion(tx, claim, input.version);
    const article = requireArticleIn(tx, claim.articleId);
    const span = trimmedSpan(article.body, input.start, input.end);
    if (span.start === claim.start && span.end === claim.end) return claimView(tx, claim.id);
    assertNoOverlap(tx, claim.articleId, span, claim.id);
    changeSpan(tx, actor, article, claim, span, new Date());
    return claimView(tx, claim.id);
  });
}

/**
 * "Make this a claim" on a selection: inside exactly one live claim → that claim is
 * trimmed to the selection (and marked check-worthy); overlapping none → a new
 * check-worthy claim; anything else → 400 with details.overlaps.
 */
export function makeClaimFromSelection(db: Db, actor: Actor, input: SelectionInput): ClaimView {
  assertId(input.articleId, "article");
  return immediate(db, (tx) => {
    const article = requireArticleIn(tx, input.articleId);
    const span = trimmedSpan(article.body, input.start, input.end);
    const hits = liveClaimsOf(tx, article.id).filter((c) => overlapsSpan(c, span));
    const now = new Date();

    if (hits.length === 0) {
      const scored = rescore(article, span);
      const created = tx
        .insert(claims)
        .values({
          articleId: article.id,
          start: span.start,
          end: span.end,
          text: scored.text,
          score: scored.score,
          checkworthy: true,
          reasons: scored.reasons,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: claims.id })
        .get();
      tx.insert(claimEvents)
        .values({
          claimId: created.id,
          actorId: actor.id,
          at: now,
          kind: "created",
          toStatus: "unreviewed",
          payload: { manual: true, start: span.start, end: span.end },
        })
        .run();
      return claimView(tx, created.id);
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
}

/** Marks a claim check-worthy or not; a no-op (no event) when it already is. */
export function setCheckworthy(db: Db, actor: Actor, input: CheckworthyInput): ClaimView {
  assertId(input.claimId, "claim");
  assertVersion(input.version);
  if (typeof input.checkworthy !== "boolean") throw new AppError("bad_request", "Say whether the claim is check-worthy (true or false).");
  return immediate(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    checkVersion(tx, claim, input.version);
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
}

/** Retires (soft-deletes) a claim, verdict or not; its history stays. Returns its final view. */
export function retireClaim(db: Db, actor: Actor, input: RetireInput): ClaimView {
  assertId(input.claimId, "claim");
  assertVersion(input.version);
  return immediate(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    checkVersion(tx, claim, input.version);
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

