import { describe, expect, it } from "vitest";
import { claimHistory, listLiveClaimViews as listArticleClaims } from "@/db/claims";
import { assignClaim, recordVerdict, resetArticle } from "@/services/claims";
import { addComment, addEvidence, removeEvidence } from "@/services/evidence";
import { createArticle, statusesAsOf } from "../support/articles";
import { testDb } from "../support/db";

function setup() {
  const t = testDb();
  const editor = { id: t.editorId, name: "Eve", role: "editor" as const };
  const lead = { id: t.leadId, name: "Leo", role: "lead" as const };
  const { id: articleId } = createArticle(
    t.db,
    { title: "T", body: "Unemployment fell to 5.1% in March, the ministry said.\n\nThe deficit grew by $2 billion in 2023.", language: "en" },
    t.editorId,
  );
  const [first, second] = listArticleClaims(t.db, articleId);
  const snapshot = () => ({
    claims: t.db.$client.prepare("select * from claims order by id").all(),
    events: t.db.$client.prepare("select * from claim_events order by id").all(),
  });
  return { ...t, editor, lead, articleId, first, second, snapshot };
}

describe("recordVerdict", () => {
  it("updates the claim, bumps the version and appends one event in one go", async () => {
    const { db, editor, first } = setup();
    const updated = await recordVerdict(db, editor, { claimId: first.id, status: "supported", note: "Matches release", version: first.version });
    expect(updated).toMatchObject({ status: "supported", version: first.version + 1 });
    const history = claimHistory(db, first.id);
    expect(history.map((e) => [e.kind, e.fromStatus, e.toStatus, e.note])).toEqual([
      ["created", null, "unreviewed", null],
      ["verdict", "unreviewed", "supported", "Matches release"],
    ]);
  });

  it("refuses a stale version with a 409 naming who changed it, and writes nothing", async () => {
    const { db, editor, lead, first, snapshot } = setup();
    await recordVerdict(db, lead, { claimId: first.id, status: "disputed", note: "Wrong month", version: first.version });
    const before = snapshot();
    let error: unknown;
    try {
      await recordVerdict(db, editor, { claimId: first.id, status: "supported", version: first.version });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "conflict", status: 409 });
    expect((error as Error).message).toMatch(/^Changed by Leo at .*: now Disputed\.$/);
    expect((error as { details: { current: { version: number; status: string } } }).details.current).toMatchObject({ version: first.version + 1, status: "disputed" });
    expect(snapshot()).toEqual(before);
  });

  it("applying on top with the current version keeps both events", async () => {
    const { db, editor, lead, first } = setup();
    const after = await recordVerdict(db, lead, { claimId: first.id, status: "disputed", note: "Wrong month", version: first.version });
    await recordVerdict(db, editor, { claimId: first.id, status: "supported", version: after.version });
    expect(claimHistory(db, first.id).filter((e) => e.kind === "verdict").map((e) => [e.actorName, e.toStatus])).toEqual([
      ["Leo", "disputed"],
      ["Eve", "supported"],
    ]);
  });

  it("requires a note for Disputed and Needs a source, writing nothing without one", async () => {
    const { db, editor, first, snapshot } = setup();
    const before = snapshot();
    await expect(recordVerdict(db, editor, { claimId: first.id, status: "needs_source", note: " ", version: first.version })).rejects.toThrow(/note is required/);
    expect(snapshot()).toEqual(before);
  });

  it("404s for missing claims", async () => {
    const { db, editor } = setup();
    await expect(recordVerdict(db, editor, { claimId: 999, status: "supported", version: 1 })).rejects.toThrow(/does not exist/);
  });
});

describe("assignment, evidence, comments, reset", () => {
  it("editors take claims, leads assign anyone, each a versioned event", async () => {
    const { db, editor, lead, first, leadId } = setup();
    await expect(assignClaim(db, editor, { claimId: first.id, userId: leadId })).rejects.toThrow(/Only leads/);
    expect(await assignClaim(db, editor, { claimId: first.id, userId: editor.id })).toMatchObject({ assigneeId: editor.id, version: first.version + 1 });
    await expect(assignClaim(db, { ...editor, id: 999 }, { claimId: first.id, userId: 999 })).rejects.toThrow(/assigned to someone else/);
    expect(await assignClaim(db, lead, { claimId: first.id, userId: null })).toMatchObject({ assigneeId: null, version: first.version + 2 });
    expect(claimHistory(db, first.id).filter((e) => e.kind === "assigned")).toHaveLength(2);
  });

  it("removed evidence survives in the history payload", async () => {
    const { db, editor, first } = setup();
    const item = await addEvidence(db, editor, { claimId: first.id, ...{ url: "https://stats.example.org/march", title: "March figures", quote: "5.1%" } });
    await removeEvidence(db, editor, { claimId: first.id, evidenceId: item.id });
    const removed = claimHistory(db, first.id).find((e) => e.kind === "evidence_removed");
    expect(removed?.payload).toMatchObject({ url: "https://stats.example.org/march", title: "March figures", quote: "5.1%" });
    await expect(addEvidence(db, editor, { claimId: first.id, ...{ url: "javascript:alert(1)" } })).rejects.toThrow(/http/);
  });

  it("comments are trimmed and empty ones refused", async () => {
    const { db, editor, first } = setup();
    expect((await addComment(db, editor, { claimId: first.id, body: "  call them  " })).body).toBe("call them");
    await expect(addComment(db, editor, { claimId: first.id, body: "   " })).rejects.toThrow(/empty/);
  });

  it("reset writes one event per reviewed claim and keeps the earlier verdicts in history", async () => {
    const { db, editor, lead, articleId, first, second } = setup();
    await recordVerdict(db, editor, { claimId: first.id, status: "supported", version: first.version });
    await recordVerdict(db, editor, { claimId: second.id, status: "disputed", note: "x", version: second.version });
    expect(await resetArticle(db, lead, { articleId: articleId, note: "New data" })).toBe(2);
    expect(listArticleClaims(db, articleId).map((c) => c.status)).toEqual(["unreviewed", "unreviewed"]);
    for (const c of [first, second]) {
      const kinds = claimHistory(db, c.id).map((e) => e.kind);
      expect(kinds).toEqual(["created", "verdict", "reset"]);
    }
    await expect(resetArticle(db, lead, { articleId: articleId, note: " " })).rejects.toThrow(/note is required/);
  });
});

describe("as-of statuses", () => {
  it("reads past statuses from the events alone", async () => {
    const { db, editor, articleId, first } = setup();
    const t0 = new Date();
    const v = await recordVerdict(db, editor, { claimId: first.id, status: "supported", version: first.version }, new Date(t0.getTime() + 1000));
    await recordVerdict(db, editor, { claimId: first.id, status: "disputed", note: "n", version: v.version }, new Date(t0.getTime() + 2000));
    expect((await statusesAsOf(db, articleId, new Date(t0.getTime() + 500))).get(first.id)).toBe("unreviewed");
    expect((await statusesAsOf(db, articleId, new Date(t0.getTime() + 1500))).get(first.id)).toBe("supported");
    expect((await statusesAsOf(db, articleId, new Date(t0.getTime() + 2500))).get(first.id)).toBe("disputed");
  });
});
