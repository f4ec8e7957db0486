import { describe, expect, it } from "vitest";
import { createApiToken } from "@/db/api-tokens";
import { listLiveClaimViews } from "@/db/claims";
import type { Actor } from "@/services/actor";
import { articleFieldsSchema, importArticle } from "@/services/articles";
import { recordVerdict } from "@/services/claims";
import { checkHealth, storageFailure } from "@/services/health";
import { matchArticle, matchingProgress } from "@/services/matches";
import { idempotent } from "@/services/idempotency";
import { tokenUser } from "@/services/sessions";
import { newUserSchema, tokenNameSchema } from "@/services/users";
import { LIMITS } from "@/lib/vocabulary";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

const editorOf = (id: number): Actor => ({ id, name: "Eve", role: "editor" });
const count = (db: ReturnType<typeof testDb>["db"], table: string) => (db.$client.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

describe("a read-only database", () => {
  function readOnly() {
    const t = testDb();
    const { id } = createArticle(t.db, { title: "T", body: "Unemployment fell to 5% in March.", language: "en" }, t.editorId);
    const { token } = createApiToken(t.db, t.editorId, "script");
    t.db.$client.pragma("query_only = ON");
    return { ...t, claim: listLiveClaimViews(t.db, id)[0], token };
  }

  it("is reported by the health check", () => {
    const { db } = readOnly();
    expect(checkHealth(() => db)).toMatchObject({ ok: false, readOnly: true, error: expect.stringMatching(/read-only/) });
  });

  it("refuses a write with a clear 503 and keeps answering reads and tokens", async () => {
    const { db, editorId, claim, token } = readOnly();
    const error = await recordVerdict(db, editorOf(editorId), { claimId: claim.id, status: "supported", version: claim.version }).catch((e: unknown) => e);
    expect(storageFailure(error)).toMatchObject({ status: 503, message: expect.stringMatching(/read-only right now, so nothing was saved/) });
    expect(tokenUser(db, token)).toMatchObject({ id: editorId });
  });
});

describe("Idempotency-Key", () => {
  it("runs a write once and answers a repeat with the first answer", async () => {
    const { db, editorId } = testDb();
    let runs = 0;
    const request = { userId: editorId, key: "retry-1", method: "POST", path: "/api/claims/1/verdict" };
    const write = async () => ({ status: 200, body: JSON.stringify({ run: ++runs }) });
    expect(await idempotent(db, request, write)).toEqual({ status: 200, body: '{"run":1}', replayed: false });
    expect(await idempotent(db, request, write)).toEqual({ status: 200, body: '{"run":1}', replayed: true });
    expect(runs).toBe(1);
    await expect(idempotent(db, { ...request, path: "/api/claims/2/verdict" }, write)).rejects.toMatchObject({ status: 422 });
    await expect(idempotent(db, { ...request, key: "bad key" }, write)).rejects.toMatchObject({ status: 400 });
  });

  it("forgets a failure so the retry really runs", async () => {
    const { db, editorId } = testDb();
    const request = { userId: editorId, key: "retry-2", method: "POST", path: "/x" };
    await expect(idempotent(db, request, async () => Promise.reject(new Error("crash")))).rejects.toThrow("crash");
    expect(await idempotent(db, request, async () => ({ status: 500, body: "{}" }))).toMatchObject({ replayed: false });
    expect(await idempotent(db, request, async () => ({ status: 201, body: "{}" }))).toMatchObject({ status: 201, replayed: false });
  });
});

describe("one text and date policy", () => {
  const bad = { nul: "Budget\u0000 vote", esc: "Budget\u001b[31m vote", bidi: "report\u202egpj.exe", isolate: "a\u2066b\u2069" };

  it.each(Object.entries(bad))("refuses %s in an article title and byline", (_name, text) => {
    expect(articleFieldsSchema.safeParse({ title: text, body: "Text." }).success).toBe(false);
    expect(articleFieldsSchema.safeParse({ title: "T", body: "Text.", byline: text }).success).toBe(false);
  });

  it.each(Object.entries(bad))("refuses %s in a user name and a token name", (_name, text) => {
    expect(newUserSchema.safeParse({ email: "a@b.org", name: text, role: "editor", password: "a-long-password" }).success).toBe(false);
    expect(tokenNameSchema.safeParse({ name: text }).success).toBe(false);
  });

  it.each(["2024-02-30", "2024-13-45 junk", "2023-02-29", "yesterday"])("refuses the impossible date %s", (publishedAt) => {
    expect(articleFieldsSchema.safeParse({ title: "T", body: "Text.", publishedAt }).success).toBe(false);
  });

  it("accepts real dates, and strips bidi controls from article text without moving anything else", async () => {
    expect(articleFieldsSchema.safeParse({ title: "T", body: "Text.", publishedAt: "2024-02-29" }).success).toBe(true);
    const { db, editorId } = testDb();
    const { id } = await importArticle(db, editorOf(editorId), { kind: "text", fields: { title: "T", body: "The file report\u202egpj.exe was leaked, police said." } }, { matching: "wait" });
    const body = (db.$client.prepare("select body from articles where id = ?").get(id) as { body: string }).body;
    expect(body).toBe("The file reportgpj.exe was leaked, police said.");
  });
});

describe("claims per article", () => {
  it("refuses an article over the cap with a clear message and stores nothing", async () => {
    const { db, editorId } = testDb();
    const body = Array.from({ length: LIMITS.claimsPerArticle + 1 }, (_, i) => `Line ${i} rose 3%.`).join("\n");
    const before = count(db, "claims");
    await expect(importArticle(db, editorOf(editorId), { kind: "text", fields: { title: "Huge", body } })).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/at most 5,000 per article/),
    });
    expect(count(db, "claims")).toBe(before);
    expect(count(db, "articles")).toBe(0);
  });
});

describe("an import full of similar claims", () => {
  it("answers before matching, and matching leaves the event loop free between its slices", async () => {
    const { db, editorId } = testDb();
    const editor = editorOf(editorId);
    const lines = (n: number, from: number) => Array.from({ length: n }, (_, i) => `Unemployment in district ${from + i} rose 3% in 2024, the agency said.`).join("\n");
    await importArticle(db, editor, { kind: "text", fields: { title: "Earlier", body: lines(150, 0) } }, { matching: "wait" });

    const { id } = await importArticle(db, editor, { kind: "text", fields: { title: "Later", body: lines(450, 150) } });
    // The import answered with its claims stored, and nothing matched yet: matching is not in its transaction.
    expect(matchingProgress(db, id)).toMatchObject({ checkworthy: 450, matched: 0, running: true });

    // Other requests get their turn while it runs: a callback queued meanwhile runs before matching ends.
    let turns = 0;
    const other = setInterval(() => void turns++, 0);
    try {
      await matchArticle(db, id);
    } finally {
      clearInterval(other);
    }
    expect(matchingProgress(db, id)).toMatchObject({ matched: 450, running: false });
    expect(turns).toBeGreaterThan(0);
  });
});
