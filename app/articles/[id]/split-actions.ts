"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { listArticleClaims, requireArticle } from "@/db/queries/articles";
import { claimDetail, requireLiveClaim } from "@/db/queries/claims";
import { makeClaimFromSelection, mergeWithNext, retireClaim, setCheckworthy, setClaimSpan, splitClaim } from "@/db/queries/claim-spans";
import { jsonify } from "@/lib/json";
import { serverAction } from "@/server/action";
import type { ClaimDetailJson, ReviewClaim } from "./review-types";

export type SplitEditResult = { claims: ReviewClaim[]; selectedId: number; detail: ClaimDetailJson };

const id = z.number().int().positive();
const offset = z.number("Offsets must be numbers.").int("Offsets must be whole numbers.").min(0, "Offsets cannot be negative.");
const version = z.number().int().positive();

/** After a split edit the article's claim list changed: send all of it, plus the claim to show. */
function result(articleId: number, selectedId: number): { ok: true; data: SplitEditResult } {
  const db = getDb();
  return {
    ok: true,
    data: { claims: jsonify(listArticleClaims(db, articleId)), selectedId, detail: jsonify(claimDetail(db, selectedId)) },
  };
}

export const mergeWithNextAction = serverAction(
  "editor",
  z.object({ claimId: id, version, keep: z.enum(["first", "second"]).optional() }),
  (input, user) => {
    const { claim } = mergeWithNext(getDb(), user, input);
    return result(requireLiveClaim(getDb(), claim.id).articleId, claim.id);
  },
);

export const splitClaimAction = serverAction("editor", z.object({ claimId: id, version, at: offset }), (input, user) => {
  const { claim } = splitClaim(getDb(), user, input);
  return result(requireLiveClaim(getDb(), claim.id).articleId, claim.id);
});

export const setSpanAction = serverAction("editor", z.object({ claimId: id, version, start: offset, end: offset }), (input, user) => {
  const claim = setClaimSpan(getDb(), user, input);
  return result(requireLiveClaim(getDb(), claim.id).articleId, claim.id);
});

export const makeClaimAction = serverAction("editor", z.object({ articleId: id, start: offset, end: offset }), (input, user) => {
  requireArticle(getDb(), input.articleId);
  const claim = makeClaimFromSelection(getDb(), user, input);
  return result(input.articleId, claim.id);
});

export const setCheckworthyAction = serverAction("editor", z.object({ claimId: id, version, checkworthy: z.boolean() }), (input, user) => {
  const claim = setCheckworthy(getDb(), user, input);
  return result(requireLiveClaim(getDb(), claim.id).articleId, claim.id);
});

export const retireClaimAction = serverAction("editor", z.object({ claimId: id, version }), (input, user) => {
  const db = getDb();
  const { articleId } = requireLiveClaim(db, input.claimId);
  retireClaim(db, user, input);
  const remaining = listArticleClaims(db, articleId);
  const next = remaining.find((c) => c.checkworthy) ?? remaining[0];
  if (!next) return { ok: true, data: { claims: [], selectedId: 0, detail: null as unknown as ClaimDetailJson } };
  return result(articleId, next.id);
});
