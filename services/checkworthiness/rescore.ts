import { applyClaimChange, listLiveClaims } from "@/db/claims";
import type { Db } from "@/db/connection";
import { claimsDecidedByPeople } from "@/db/desk-labels";
import type { Claim } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { scoreSentence, splitIntoClaims, type ClaimDraft } from "@/lib/splitter";
import type { Language } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { requireArticle } from "../articles/read";
import { claimWrite } from "../claims/write";
import { startMatching } from "../matches/runner";
import { activeModel, type ActiveModel } from "./active";

export type RescoreInput = { articleId: number; modelVersion: string };

export type RescoreResult = {
  modelVersion: string;
  /** Claims whose score or mark changed: each has a `rescored` event. */
  rescored: number[];
  /** Claims the model scores as before: untouched. */
  unchanged: number;
  /** Claims with a verdict: never rescored. */
  withVerdict: number;
};

/** The version of the model in use, for the article page's rescore control. */
export async function modelVersionForRescore(db: Db, actor: Actor): Promise<string> {
  requireCapability(actor, "article:rescore");
  return activeModel(db).version;
}

/**
 * Rescoring an article with the model in use: an explicit, logged action (leads). In one
 * transaction, every live claim without a verdict is scored again, the way it was scored first (a
 * sentence of the split at the same offsets in its line's context; an edited span as a sentence of
 * its own). A claim whose score or check-worthy mark changes gets its new score, reasons and model
 * version and one `rescored` event; a claim a person marked (or made from a selection) keeps its
 * mark and only takes the new score; claims with a verdict and unchanged claims are not touched.
 * `modelVersion` is the version the lead saw: if another model is in use by now, nothing is done.
 */
export async function rescoreArticle(db: Db, actor: Actor, input: RescoreInput): Promise<RescoreResult> {
  requireCapability(actor, "article:rescore");
  const article = requireArticle(db, input.articleId);
  const active = activeModel(db); // loaded before the write lock is taken
  if (input.modelVersion !== active.version) {
    throw new AppError("conflict", `The model in use is now ${active.version}, not ${input.modelVersion}. Reload the page to rescore with it.`, { modelVersion: active.version });
  }
  const result = claimWrite(db, (tx) => {
    const current = requireArticle(tx, article.id);
    const drafts = new Map(splitIntoClaims(current.body, { language: current.language, model: active.model }).map((d) => [`${d.start}:${d.end}`, d]));
    const decided = claimsDecidedByPeople(tx, current.id);
    const out: RescoreResult = { modelVersion: active.version, rescored: [], unchanged: 0, withVerdict: 0 };
    const now = new Date();
    for (const claim of listLiveClaims(tx, current.id)) {
      if (claim.status !== "unreviewed") {
        out.withVerdict++;
        continue;
      }
      const scored = scoreOf(claim, drafts.get(`${claim.start}:${claim.end}`), current.language, active);
      const checkworthy = decided.has(claim.id) ? claim.checkworthy : scored.checkworthy;
      if (scored.score === claim.score && checkworthy === claim.checkworthy) {
        out.unchanged++;
        continue;
      }
      applyClaimChange(tx, claim, { score: scored.score, reasons: scored.reasons, checkworthy, modelVersion: active.version }, {
        actorId: actor.id,
        at: now,
        kind: "rescored",
        note: `Rescored with ${active.version}: ${claim.score.toFixed(2)} → ${scored.score.toFixed(2)}`,
        payload: {
          modelVersion: { from: claim.modelVersion, to: active.version },
          score: { from: claim.score, to: scored.score },
          ...(checkworthy !== claim.checkworthy && { checkworthy: { from: claim.checkworthy, to: checkworthy } }),
        },
      });
      out.rescored.push(claim.id);
    }
    return out;
  });
  // Claims that became check-worthy are matched against earlier ones, in the background.
  if (result.rescored.length > 0) startMatching(db, article.id);
  return result;
}

/** A sentence of the split keeps its line's context; an edited span is scored on its own, as the span editor does. */
function scoreOf(claim: Claim, draft: ClaimDraft | undefined, language: Language, active: ActiveModel) {
  if (draft && draft.text === claim.text) return draft;
  return scoreSentence(claim.text, { language, model: active.model });
}
