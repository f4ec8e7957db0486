"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { requireArticle } from "@/db/queries/articles";
import { addComment, addEvidence, assignClaim, claimDetail, recordVerdict, removeEvidence, resetArticle } from "@/db/queries/claims";
import { jsonify } from "@/lib/json";
import type { ClaimDetailJson } from "./review-types";
import { assignSchema, commentSchema, evidenceSchema, resetSchema, verdictSchema } from "@/lib/validation";
import { serverAction } from "@/server/action";

const claimId = z.number().int().positive("Unknown claim.");

/** Every review action answers with the claim's fresh detail so the panel can redraw. */
function detail(id: number): { ok: true; data: ClaimDetailJson } {
  return { ok: true, data: jsonify(claimDetail(getDb(), id)) };
}

export const setVerdictAction = serverAction("editor", verdictSchema.extend({ claimId }), (input, user) => {
  recordVerdict(getDb(), user, input);
  return detail(input.claimId);
});

export const assignAction = serverAction("editor", assignSchema.extend({ claimId }), (input, user) => {
  assignClaim(getDb(), user, input.claimId, input.userId);
  return detail(input.claimId);
});

export const addEvidenceAction = serverAction("editor", evidenceSchema.extend({ claimId }), (input, user) => {
  addEvidence(getDb(), user, input.claimId, input);
  return detail(input.claimId);
});

export const removeEvidenceAction = serverAction("editor", z.object({ claimId, evidenceId: z.number().int().positive() }), (input, user) => {
  removeEvidence(getDb(), user, input.claimId, input.evidenceId);
  return detail(input.claimId);
});

export const addCommentAction = serverAction("editor", commentSchema.extend({ claimId }), (input, user) => {
  addComment(getDb(), user, input.claimId, input.body);
  return detail(input.claimId);
});

export const resetArticleAction = serverAction(
  "lead",
  resetSchema.extend({ articleId: z.number().int().positive() }),
  (input, user) => {
    const db = getDb();
    requireArticle(db, input.articleId);
    const count = resetArticle(db, user, input.articleId, input.note);
    return { ok: true, message: `${count} claim${count === 1 ? "" : "s"} reset to unreviewed.` };
  },
);
