import { randomUUID } from "node:crypto";
import type { Db } from "@/db/connection";
import { dropMatchingLease, matchingLease, takeMatchingLease } from "@/db/matching-jobs";
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
/** A lease not refreshed for this long belongs to a job that died (a restart); another may take it over. */
export const LEASE_MS = 30_000;
/** How often a job waits to look again while another process holds the article's lease. */
const LEASE_POLL_MS = 200;

/**
 * The jobs of this process, kept on globalThis: Next.js loads this module once per bundle (route
 * handlers, server actions, pages), and a job started by an action must be the one a route sees.
 * Across processes the lease rows in `matching_jobs` say what is running.
 */
type Registry = { owner: string; jobs: WeakMap<Db, Map<number, Promise<number>>> };
const registry: Registry = ((globalThis as { [key: symbol]: Registry | undefined })[Symbol.for("claimdesk.matchingJobs")] ??= {
  owner: `${process.pid}-${randomUUID()}`,
  jobs: new WeakMap(),
});

function jobsOf(db: Db): Map<number, Promise<number>> {
  let jobs = registry.jobs.get(db);
  if (!jobs) registry.jobs.set(db, (jobs = new Map()));
  return jobs;
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Slice = { state: "held" } | { state: "done" } | { state: "more"; stored: number };

/** One slice, in one write transaction: take or refresh the lease, match for at most SLICE_MS, or drop the lease when nothing is left. */
function runSlice(db: Db, articleId: number): Slice {
  return writeTransaction(db, (tx) => {
    const now = Date.now();
    if (!takeMatchingLease(tx, articleId, registry.owner, now, now - LEASE_MS)) return { state: "held" };
    const pending = unscannedCheckworthyClaims(tx, articleId, SLICE_CLAIMS);
    if (pending.length === 0) {
      dropMatchingLease(tx, articleId, registry.owner);
      return { state: "done" };
    }
    let stored = 0;
    const started = performance.now();
    for (const claimId of pending) {
      stored += matchClaim(tx, claimId).length;
      if (performance.now() - started > SLICE_MS) break;
    }
    return { state: "more", stored };
  });
}

async function run(db: Db, articleId: number): Promise<number> {
  let stored = 0;
  try {
    for (;;) {
      await yieldToOtherRequests();
      const slice = runSlice(db, articleId);
      if (slice.state === "done") return stored;
      if (slice.state === "held") await pause(LEASE_POLL_MS);
      else stored += slice.stored;
    }
  } catch (error) {
    // Leave no lease behind a failed job, so the article does not read as "being matched" until it goes stale.
    try {
      writeTransaction(db, (tx) => dropMatchingLease(tx, articleId, registry.owner));
    } catch {
      // The lease goes stale after LEASE_MS and the next job takes it over.
    }
    throw error;
  }
}

/**
 * Matches every check-worthy claim of the article that has not been matched yet. One job per
 * article at a time: a second call in this process while one runs gets the running one; while
 * another process holds the article's lease, the job waits for it (or for it to go stale), then
 * matches what is left. Resolves to the number of matches stored.
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
  const lease = matchingLease(db, articleId);
  const running = jobsOf(db).has(articleId) || (lease !== undefined && lease.heartbeatAt >= Date.now() - LEASE_MS);
  return { ...matchingCounts(db, articleId), running };
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
