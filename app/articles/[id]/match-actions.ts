"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { claimDetail } from "@/db/queries/claims";
import { dismissMatch, reuseVerdict } from "@/db/queries/matches";
import { jsonify } from "@/lib/json";
import { serverAction } from "@/server/action";
import type { ClaimDetailJson } from "./review-types";

const id = z.number().int().positive("Unknown claim.");

/**
 * Copies an earlier claim's verdict (status, note, evidence) onto the claim in one action.
 * Answers with the claim's fresh detail, like the other review actions; a conflict answers
 * `{ ok: false, error, details: { current } }`.
 */
export const reuseVerdictAction = serverAction(
  "editor",
  z.object({ claimId: id, sourceClaimId: id, version: z.number().int().positive() }),
  (input, user): { ok: true; data: ClaimDetailJson } => {
    const db = getDb();
    reuseVerdict(db, user, input);
    return { ok: true, data: jsonify(claimDetail(db, input.claimId)) };
  },
);

/** Hides a match from the claim's "Checked before" list. */
export const dismissMatchAction = serverAction("editor", z.object({ claimId: id, matchedClaimId: id }), (input, user) => {
  dismissMatch(getDb(), user, input.claimId, input.matchedClaimId);
  return { ok: true };
});
