import type { Db } from "@/db/connection";
import { articleIdOfClaim, matchingCounts, unscannedCheckworthyClaims } from "@/db/matches";
import { writeTransaction, type Tx } from "@/db/transaction";
import { matchClaim } from "./scoring";

/**
 * Matching a new article's claims against every earlier claim is the heaviest work ClaimDesk does
 * (it grows with the claims stored), so it never runs inside the import's transaction or holds
 * the server: it runs after the article is stored, in slices of at most SLICE_MS that each take
 * the write lock briefly, with the event loop free between slices. A claim is "scanned" once the
 * matcher has looked at it, which is also the job's progress and what lets an interrupted job
 * (a restart) be resumed.
 */
export const SLICE_MS = 20;
const SLICE_CLAIMS = 200;

const running = new WeakMap<Db, Map<number, Promise<number>>>();

function jobsOf(db: Db): Map<number, Promise<number>> {
  let jobs = running.get(db);
  if (!jobs) running.set(db, (jobs = new Map()));
  return jobs;
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

async function run(db: Db, articleId: number): Promise<number> {
  let stored = 0;
  for (;;) {
    await yieldToOtherRequests();
    const pending = unscannedCheckworthyClaims(db, articleId, SLICE_CLAIMS);
    if (pending.length === 0) return stored;
    const started = performance.now();
    writeTransaction(db, (tx) => {
      for (const claimId of pending) {
        stored += matchClaim(tx, claimId).length;
        if (performance.now() - started > SLICE_MS) break;
      }
    });
  }
}

/**
 * Matches every check-worthy claim of the article that has not been matched yet. One job per
 * article at a time: a second call while one runs gets the running one. Resolves to the number
 * of matches stored.
 */
export function matchArticle(db: Db, articleId: number): Promise<number> {
  const jobs = jobsOf(db);
  const current = jobs.get(articleId);
  if (current) return current;
  const job = run(db, articleId).finally(() => jobs.delete(articleId));
  jobs.set(articleId, job);
  return job;
}

/** Starts matching in the background; a failure is logged, and the claims stay unmatched (resumable). */
export function startMatching(db: Db, articleId: number): void {
  matchArticle(db, articleId).catch((error: unknown) => console.error(`Matching article ${articleId} failed`, error));
}

export type MatchingProgress = { checkworthy: number; matched: number; running: boolean };

/** How far matching of the article has got, for the review page. */
export function matchingProgress(db: Db, articleId: number): MatchingProgress {
  return { ...matchingCounts(db, articleId), running: jobsOf(db).has(articleId) };
}

/** After an edit to a claim: match what of its article is unmatched (its changed text, a new half). */
export function startMatchingForClaim(db: Db, claimId: number): void {
  const articleId = articleIdOfClaim(db, claimId);
  if (articleId !== undefined) startMatching(db, articleId);
}

/** Matches every unmatched check-worthy claim of the article at once, in the caller's transaction (small seeds only). */
export function matchArticleInTransaction(tx: Tx, articleId: number): number {
  let stored = 0;
  for (let pending = unscannedCheckworthyClaims(tx, articleId, SLICE_CLAIMS); pending.length > 0; pending = unscannedCheckworthyClaims(tx, articleId, SLICE_CLAIMS)) {
    for (const claimId of pending) stored += matchClaim(tx, claimId).length;
  }
  return stored;
}
