import type { Db } from "@/db/connection";
import { claimView, findLiveClaim, lastChange, StaleClaimError } from "@/db/claims";
import type { Claim } from "@/db/schema";
import { writeTransaction, type Conn, type Tx } from "@/db/transaction";
import { AppError } from "@/lib/errors";
import { STATUS_LABELS } from "@/lib/vocabulary";

/** The claim, live; 404 otherwise. */
export function requireLiveClaim(db: Conn, claimId: number): Claim {
  const claim = findLiveClaim(db, claimId);
  if (!claim) throw new AppError("not_found", "That claim does not exist.");
  return claim;
}

/** A 409 that tells the reviewer who got there first and what the claim is now. */
export function conflictError(db: Conn, claim: Claim): AppError {
  const change = lastChange(db, claim.id);
  const who = change ? `${change.actorName} at ${change.at.toISOString()}` : "someone else";
  return new AppError("conflict", `Changed by ${who}: now ${STATUS_LABELS[claim.status]}.`, {
    current: { ...claimView(db, claim.id), changedBy: change?.actorName ?? null, changedAt: change?.at.toISOString() ?? null },
  });
}

/**
 * A write transaction over claims: when a claim turns out to have changed since the writer saw
 * it, nothing is written and the writer gets the conflict (or 404 if it was retired meanwhile),
 * read after the rollback.
 */
export function claimWrite<T>(db: Db, work: (tx: Tx) => T): T {
  try {
    return writeTransaction(db, work);
  } catch (error) {
    if (error instanceof StaleClaimError) throw conflictError(db, requireLiveClaim(db, error.claimId));
    throw error;
  }
}
