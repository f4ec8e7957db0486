import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/connection";
import { matchingLease } from "@/db/matching-jobs";
import { importArticle } from "@/services/articles/import";
import type { Actor } from "@/services/actor";
import { LEASE_MS, matchArticle, matchingProgress } from "@/services/matches/runner";
import { testDb } from "../support/db";

// A running matching job is a lease row in matching_jobs (see services/matches/runner.ts), so
// that every bundle and process of the app sees the same progress and no two match one article.

const lines = (n: number, from: number) => Array.from({ length: n }, (_, i) => `Unemployment in district ${from + i} rose 3% in 2024, the agency said.`).join("\n");

async function setup(claims = 60) {
  const { db, editorId } = testDb();
  const editor: Actor = { id: editorId, name: "Eve", role: "editor" };
  await importArticle(db, editor, { kind: "text", fields: { title: "Earlier", body: lines(40, 0) } }, { matching: "wait" });
  const { id } = await importArticle(db, editor, { kind: "text", fields: { title: "Later", body: lines(claims, 40) } });
  return { db, articleId: id };
}

const holdLease = (db: Db, articleId: number, heartbeatAt: number) =>
  db.$client.prepare("INSERT INTO matching_jobs (article_id, owner, heartbeat_at) VALUES (?, 'another-process', ?)").run(articleId, heartbeatAt);

describe("matching jobs", () => {
  it("holds a lease while the job runs and drops it in the slice that finds nothing left", async () => {
    const { db, articleId } = await setup();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(matchingLease(db, articleId)).toBeDefined();
    await matchArticle(db, articleId);
    expect(matchingLease(db, articleId)).toBeUndefined();
    expect(matchingProgress(db, articleId)).toEqual({ checkworthy: 60, matched: 60, running: false });
  });

  it("shows a job started by another instance of the runner module as running (Next.js loads one per bundle)", async () => {
    const { db, articleId } = await setup(300);
    vi.resetModules();
    const otherBundle = await import("@/services/matches/runner");
    expect(otherBundle.matchingProgress).not.toBe(matchingProgress);
    expect(otherBundle.matchingProgress(db, articleId)).toMatchObject({ running: true });
    await matchArticle(db, articleId);
    expect(otherBundle.matchingProgress(db, articleId)).toMatchObject({ matched: 300, running: false });
  });

  it("shows another process's fresh lease as running, and waits for it before matching what is left", async () => {
    const { db, articleId } = await setup();
    await matchArticle(db, articleId);
    db.$client.prepare("DELETE FROM claim_match_scans WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)").run(articleId);
    holdLease(db, articleId, Date.now());
    expect(matchingProgress(db, articleId)).toMatchObject({ matched: 0, running: true });

    let finished = false;
    const job = matchArticle(db, articleId).then(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(finished).toBe(false);
    expect(matchingProgress(db, articleId).matched).toBe(0);

    db.$client.prepare("DELETE FROM matching_jobs WHERE article_id = ?").run(articleId);
    await job;
    expect(matchingProgress(db, articleId)).toEqual({ checkworthy: 60, matched: 60, running: false });
  });

  it("takes over a stale lease (a job that died in a restart) and finishes the article", async () => {
    const { db, articleId } = await setup();
    await matchArticle(db, articleId);
    db.$client.prepare("DELETE FROM claim_match_scans WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)").run(articleId);
    holdLease(db, articleId, Date.now() - LEASE_MS - 1);
    expect(matchingProgress(db, articleId)).toMatchObject({ matched: 0, running: false });
    await matchArticle(db, articleId);
    expect(matchingProgress(db, articleId)).toEqual({ checkworthy: 60, matched: 60, running: false });
    expect(matchingLease(db, articleId)).toBeUndefined();
  });
});
