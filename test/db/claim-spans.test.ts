import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { claimHistory, listLiveClaimViews as listArticleClaims, type ClaimView } from "@/db/claims";
import type { Actor } from "@/services/actor";
import { assignClaim, recordVerdict } from "@/services/claims";
import { createArticle } from "../support/articles";
import {
  INSIDE_CLAIM_MESSAGE,
  SELECTION_OVERLAP_MESSAGE,
  makeClaimFromSelection,
  mergeWithNext,
  retireClaim,
  setCheckworthy,
  setClaimSpan,
  splitClaim,
} from "@/services/spans";
import { claims, type Claim } from "@/db/schema";
import type { Language } from "@/lib/vocabulary";
import { AppError } from "@/lib/errors";
import { scoreSentence } from "@/lib/splitter";
import { testDb } from "../support/db";

// ---------------------------------------------------------------------------
// Fixtures: four short sentences; A and D carry numbers, B and C do not.
// The ES body has accents and an emoji (a surrogate pair) before C and D.

type Fixture = { language: Language; body: string; sentences: [string, string, string, string] };

const FIXTURES: Fixture[] = [
  {
    language: "en",
    body: "The minister said 40% of roads were paved in 2023. Critics disagree. Nobody knows why. Exports rose 12% last year, officials said.",
    sentences: ["The minister said 40% of roads were paved in 2023.", "Critics disagree.", "Nobody knows why.", "Exports rose 12% last year, officials said."],
  },
  {
    language: "es",
    body: "El ministro dijo que el 40% de las carreteras está pavimentado. La oposición lo niega 🚧 rotundamente. Nadie sabe por qué. El paro bajó al 11,2% en 2024, según el ministerio.",
    sentences: [
      "El ministro dijo que el 40% de las carreteras está pavimentado.",
      "La oposición lo niega 🚧 rotundamente.",
      "Nadie sabe por qué.",
      "El paro bajó al 11,2% en 2024, según el ministerio.",
    ],
  },
];

type Ctx = ReturnType<typeof setup>;

function setup(fx: Fixture) {
  const t = testDb();
  const actor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
  const { id: articleId } = createArticle(t.db, { title: "T", body: fx.body, language: fx.language }, t.editorId);
  const sqlite = t.db.$client;
  const live = () => listArticleClaims(t.db, articleId);
  /** The live claim whose text is exactly sentence i (0..3), as the splitter made it. */
  const sentence = (i: number): ClaimView => {
    const found = live().find((c) => c.text === fx.sentences[i]);
    if (!found) throw new Error(`fixture sentence ${i} is not a live claim: ${JSON.stringify(live().map((c) => c.text))}`);
    return found;
  };
  const row = (id: number) => sqlite.prepare("select * from claims where id = ?").get(id) as Record<string, unknown>;
  const events = (claimId: number) =>
    (sqlite.prepare("select * from claim_events where claim_id = ? order by id").all(claimId) as Record<string, unknown>[]).map((e) => ({
      ...e,
      payload: e.payload === null ? null : JSON.parse(e.payload as string),
    }));
  const eventCount = () => (sqlite.prepare("select count(*) as n from claim_events").get() as { n: number }).n;
  const snapshot = () => ({
    claims: sqlite.prepare("select * from claims order by id").all(),
    events: sqlite.prepare("select * from claim_events order by id").all(),
  });
  const verdict = async (id: number, status: "supported" | "disputed" | "needs_source", now = new Date(), by = actor) => {
    const c = claimRow(t.db, id);
    return await recordVerdict(t.db, by, { claimId: id, status, note: status === "supported" ? null : "why", version: c.version }, now);
  };
  return { ...t, fx, actor, lead, articleId, sqlite, live, sentence, row, events, eventCount, snapshot, verdict };
}

function claimRow(db: Db, id: number): Claim {
  return db.select().from(claims).where(eq(claims.id, id)).get()!;
}

/** body.slice(start, end) === text for every live claim, texts are trimmed and non-empty, no overlaps. */
function expectInvariants(ctx: Ctx) {
  const rows = ctx.live();
  for (const c of rows) {
    expect(ctx.fx.body.slice(c.start, c.end)).toBe(c.text);
    expect(c.text.length).toBeGreaterThan(0);
    expect(c.text).toBe(c.text.trim());
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
  }
  for (let i = 1; i < rows.length; i++) expect(rows[i]!.start).toBeGreaterThanOrEqual(rows[i - 1]!.end);
}

function expectRescored(ctx: Ctx, c: ClaimView) {
  const scored = scoreSentence(c.text, { language: ctx.fx.language });
  expect(c.score).toBe(scored.score);
  expect(c.reasons).toEqual(scored.reasons);
}

async function catchError(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError");
}

/** Runs fn, expects an AppError with this status, and checks that no row changed. */
async function expectRefused(ctx: Ctx, status: number, fn: () => unknown, message?: RegExp | string): Promise<AppError> {
  const before = ctx.snapshot();
  const error = await catchError(fn);
  expect(error.status).toBe(status);
  if (message !== undefined) expect(error.message).toMatch(message);
  expect(ctx.snapshot()).toEqual(before);
  return error;
}

/** Offsets of `needle` inside the body (first occurrence at or after `from`). */
function find(body: string, needle: string, from = 0) {
  const start = body.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in body`);
  return { start, end: start + needle.length };
}

describe.each(FIXTURES)("claim span editing ($language)", (fx) => {
  it("the fixture splits into the four expected claims", async () => {
    const ctx = setup(fx);
    expect(ctx.live().map((c) => c.text)).toEqual(fx.sentences);
    expectInvariants(ctx);
  });

  // -------------------------------------------------------------------------
  describe("mergeWithNext", () => {
    it("merges a claim with the next one, retires the next and logs one event on each", async () => {
      const ctx = setup(fx);
      const [a, b] = [ctx.sentence(0), ctx.sentence(1)];
      const before = ctx.eventCount();
      const { claim, retiredClaimId } = await mergeWithNext(ctx.db, ctx.actor, { claimId: a.id, version: a.version });
      expect(retiredClaimId).toBe(b.id);
      expect(claim).toMatchObject({ id: a.id, start: a.start, end: b.end, text: fx.body.slice(a.start, b.end), version: a.version + 1, status: "unreviewed" });
      expectRescored(ctx, claim);
      expect(ctx.live().map((c) => c.id)).not.toContain(b.id);
      expect(ctx.row(b.id).deleted_at).not.toBeNull();
      expect(ctx.row(b.id).version).toBe(b.version + 1);
      expect(ctx.eventCount()).toBe(before + 2);
      expect(ctx.events(a.id).at(-1)).toMatchObject({
        kind: "merged",
        actor_id: ctx.actor.id,
        payload: { mergedClaimId: b.id, from: { start: a.start, end: a.end }, to: { start: a.start, end: b.end }, kept: null },
      });
      expect(ctx.events(b.id).at(-1)).toMatchObject({ kind: "merged", payload: { mergedInto: a.id } });
      expectInvariants(ctx);
    });

    it("keeps the merged claim check-worthy if either part was marked check-worthy", async () => {
      const ctx = setup(fx);
      const b = ctx.sentence(1);
      const c = ctx.sentence(2);
      expect(b.checkworthy || c.checkworthy).toBe(false);
      const marked = await setCheckworthy(ctx.db, ctx.actor, { claimId: c.id, version: c.version, checkworthy: true });
      expect(marked.checkworthy).toBe(true);
      const { claim } = await mergeWithNext(ctx.db, ctx.actor, { claimId: b.id, version: b.version });
      expect(claim.checkworthy).toBe(true);
      expectInvariants(ctx);
    });

    it.each([
      { who: "first", verdictOn: 0 },
      { who: "second", verdictOn: 1 },
    ] as const)("keeps the only verdict when just the $who claim has one", async ({ who, verdictOn }) => {
      const ctx = setup(fx);
      const judged = ctx.sentence(verdictOn);
      const at = new Date("2024-05-01T10:00:00Z");
      await ctx.verdict(judged.id, "disputed", at, ctx.lead);
      const a = ctx.sentence(0);
      const { claim } = await mergeWithNext(ctx.db, ctx.actor, { claimId: a.id, version: a.version });
      expect(claim.status).toBe("disputed");
      const survivor = ctx.row(a.id);
      expect(survivor.verdict_by).toBe(ctx.lead.id);
      expect(survivor.verdict_at).toBe(at.getTime());
      expect(survivor.first_verdict_at).toBe(at.getTime());
      expect(ctx.events(a.id).at(-1)).toMatchObject({ kind: "merged", payload: { kept: who }, to_status: "disputed" });
    });

    it("refuses to merge two verdicts without a choice and writes nothing", async () => {
      const ctx = setup(fx);
      await ctx.verdict(ctx.sentence(0).id, "supported");
      await ctx.verdict(ctx.sentence(1).id, "disputed", new Date(), ctx.lead);
      const [a, b] = [ctx.sentence(0), ctx.sentence(1)];
      const error = await expectRefused(ctx, 409, () => mergeWithNext(ctx.db, ctx.actor, { claimId: a.id, version: a.version }), /choose which one to keep/);
      expect(error.code).toBe("conflict");
      expect(error.details).toMatchObject({
        needsChoice: true,
        first: { id: a.id, status: "supported", verdictBy: ctx.actor.id, verdictByName: "Eve", text: a.text },
        second: { id: b.id, status: "disputed", verdictBy: ctx.lead.id, verdictByName: "Leo", text: b.text },
      });
      expect(typeof (error.details!.first as { verdictAt: unknown }).verdictAt).toBe("string");
    });

    it.each(["first", "second"] as const)("merges two verdicts keeping the %s one; first verdict time is the earlier", async (keep) => {
      const ctx = setup(fx);
      const early = new Date("2024-01-01T00:00:00Z");
      const late = new Date("2024-02-01T00:00:00Z");
      await ctx.verdict(ctx.sentence(0).id, "supported", late, ctx.actor);
      await ctx.verdict(ctx.sentence(1).id, "needs_source", early, ctx.lead);
      const [a, b] = [ctx.sentence(0), ctx.sentence(1)];
      const { claim } = await mergeWithNext(ctx.db, ctx.actor, { claimId: a.id, version: a.version, keep });
      const survivor = ctx.row(a.id);
      expect(claim.status).toBe(keep === "first" ? "supported" : "needs_source");
      expect(survivor.verdict_by).toBe(keep === "first" ? ctx.actor.id : ctx.lead.id);
      expect(survivor.verdict_at).toBe((keep === "first" ? late : early).getTime());
      expect(survivor.first_verdict_at).toBe(early.getTime());
      expect(ctx.events(a.id).at(-1)).toMatchObject({ kind: "merged", from_status: "supported", payload: { kept: keep, mergedClaimId: b.id } });
      expectInvariants(ctx);
    });

    it("skips retired claims when looking for the next one", async () => {
      const ctx = setup(fx);
      const [a, b, c] = [ctx.sentence(0), ctx.sentence(1), ctx.sentence(2)];
      await retireClaim(ctx.db, ctx.actor, { claimId: b.id, version: b.version });
      const { claim, retiredClaimId } = await mergeWithNext(ctx.db, ctx.actor, { claimId: a.id, version: a.version });
      expect(retiredClaimId).toBe(c.id);
      expect(claim.text).toBe(fx.body.slice(a.start, c.end));
      expectInvariants(ctx);
    });

    it("400 when there is no next claim; 400 on a bad keep", async () => {
      const ctx = setup(fx);
      const d = ctx.sentence(3);
      await expectRefused(ctx, 400, () => mergeWithNext(ctx.db, ctx.actor, { claimId: d.id, version: d.version }), /no next claim/);
      const a = ctx.sentence(0);
      await expectRefused(ctx, 400, () => mergeWithNext(ctx.db, ctx.actor, { claimId: a.id, version: a.version, keep: "both" as never }));
    });
  });

  // -------------------------------------------------------------------------
  describe("splitClaim", () => {
    it.each([
      { side: "before", shift: 0 },
      { side: "after", shift: 1 },
    ])("splits just $side a space: both halves trimmed and rescored, verdict kept on the original", async ({ shift }) => {
      const ctx = setup(fx);
      const a0 = ctx.sentence(0);
      await ctx.verdict(a0.id, "supported");
      const a = ctx.sentence(0);
      const cut = a.text.indexOf(" 40%");
      const at = a.start + cut + shift; // the space goes to neither half
      const before = ctx.eventCount();
      const { claim, created } = await splitClaim(ctx.db, ctx.actor, { claimId: a.id, version: a.version, at });
      expect(claim).toMatchObject({ id: a.id, start: a.start, end: a.start + cut, text: a.text.slice(0, cut), status: "supported", version: a.version + 1 });
      expect(created).toMatchObject({ start: a.start + cut + 1, end: a.end, text: a.text.slice(cut + 1), status: "unreviewed", version: 1 });
      expectRescored(ctx, claim);
      expectRescored(ctx, created);
      expect(created.checkworthy).toBe(scoreSentence(created.text, { language: fx.language }).checkworthy);
      expect(ctx.eventCount()).toBe(before + 2);
      expect(ctx.events(a.id).at(-1)).toMatchObject({
        kind: "split",
        payload: { from: { start: a.start, end: a.end }, to: { start: a.start, end: a.start + cut }, newClaimId: created.id },
      });
      expect(ctx.events(created.id)).toHaveLength(1);
      expect(ctx.events(created.id)[0]).toMatchObject({ kind: "created", to_status: "unreviewed", payload: { splitFrom: a.id } });
      expectInvariants(ctx);
    });

    it("splits right after a multi-unit character and mid-word without trimming", async () => {
      const ctx = setup(fx);
      const b = ctx.sentence(1);
      const at = fx.language === "es" ? b.start + b.text.indexOf("🚧") + 2 : b.start + 4;
      const { claim, created } = await splitClaim(ctx.db, ctx.actor, { claimId: b.id, version: b.version, at });
      expect(claim.text + fx.body.slice(claim.end, created.start) + created.text).toBe(b.text);
      expect(claim.text.length).toBeGreaterThan(0);
      expect(created.text.length).toBeGreaterThan(0);
      expectInvariants(ctx);
    });

    it.each([
      { name: "at the claim's start", at: (c: ClaimView) => c.start, message: INSIDE_CLAIM_MESSAGE },
      { name: "at the claim's end", at: (c: ClaimView) => c.end, message: INSIDE_CLAIM_MESSAGE },
      { name: "inside another claim", at: (c: ClaimView) => c.end + 3, message: INSIDE_CLAIM_MESSAGE },
      { name: "negative", at: () => -1, message: /outside the article/ },
      { name: "beyond the body", at: () => 10_000, message: /outside the article/ },
      { name: "not an integer", at: (c: ClaimView) => c.start + 2.5, message: /whole number/ },
      { name: "NaN", at: () => Number.NaN, message: /whole number/ },
    ])("400 and nothing written when the point is $name", async ({ at, message }) => {
      const ctx = setup(fx);
      const a = ctx.sentence(0);
      await expectRefused(ctx, 400, () => splitClaim(ctx.db, ctx.actor, { claimId: a.id, version: a.version, at: at(a) }), message);
    });

    it("allows a one-character half", async () => {
      const ctx = setup(fx);
      const b = ctx.sentence(1);
      const ok = await splitClaim(ctx.db, ctx.actor, { claimId: b.id, version: b.version, at: b.start + 1 });
      expect(ok.claim.text).toBe(b.text[0]);
      expectInvariants(ctx);
    });

    if (fx.language === "es") {
      it("refuses a point that cuts the emoji in half", async () => {
        const ctx = setup(fx);
        const b = ctx.sentence(1);
        const at = b.start + b.text.indexOf("🚧") + 1;
        await expectRefused(ctx, 400, () => splitClaim(ctx.db, ctx.actor, { claimId: b.id, version: b.version, at }), /inside a character/);
      });
    }
  });

  // -------------------------------------------------------------------------
  describe("setClaimSpan", () => {
    it("trims a claim (surrounding whitespace dropped), keeps its verdict and logs span_changed", async () => {
      const ctx = setup(fx);
      await ctx.verdict(ctx.sentence(0).id, "disputed");
      const a = ctx.sentence(0);
      const inner = find(fx.body, "40%");
      const span = { start: inner.start - 1, end: a.end - 1 }; // leading space included on purpose
      const before = ctx.eventCount();
      const claim = await setClaimSpan(ctx.db, ctx.actor, { claimId: a.id, version: a.version, ...span });
      expect(claim).toMatchObject({ id: a.id, start: inner.start, end: a.end - 1, status: "disputed", version: a.version + 1, checkworthy: true });
      expectRescored(ctx, claim);
      expect(ctx.eventCount()).toBe(before + 1);
      expect(ctx.events(a.id).at(-1)).toMatchObject({
        kind: "span_changed",
        payload: { from: { start: a.start, end: a.end }, to: { start: inner.start, end: a.end - 1 } },
      });
      expectInvariants(ctx);
    });

    it("extends a claim over text no live claim covers", async () => {
      const ctx = setup(fx);
      const [b, c] = [ctx.sentence(1), ctx.sentence(2)];
      await retireClaim(ctx.db, ctx.actor, { claimId: c.id, version: c.version });
      const claim = await setClaimSpan(ctx.db, ctx.actor, { claimId: b.id, version: b.version, start: b.start, end: c.end + 1 });
      expect(claim.text).toBe(fx.body.slice(b.start, c.end));
      expectInvariants(ctx);
    });

    it("refuses an overlap with another live claim, naming it", async () => {
      const ctx = setup(fx);
      const [b, c] = [ctx.sentence(1), ctx.sentence(2)];
      const error = await expectRefused(ctx, 400, () => setClaimSpan(ctx.db, ctx.actor, { claimId: b.id, version: b.version, start: b.start, end: c.start + 3 }));
      expect(error.message).toContain(`#${c.id}`);
      expect(error.message).toContain(c.text);
      expect(error.details).toEqual({ overlaps: [{ id: c.id, start: c.start, end: c.end, text: c.text }] });
    });

    it("is a no-op (no event, no version bump) when the trimmed span is unchanged", async () => {
      const ctx = setup(fx);
      const b = ctx.sentence(1);
      const before = ctx.snapshot();
      const claim = await setClaimSpan(ctx.db, ctx.actor, { claimId: b.id, version: b.version, start: b.start - 1, end: b.end + 1 });
      expect(claim).toEqual(b);
      expect(ctx.snapshot()).toEqual(before);
    });
  });

  // -------------------------------------------------------------------------
  describe("makeClaimFromSelection", () => {
    it("a selection that starts or ends inside a word takes the whole words", async () => {
      const ctx = setup(fx);
      const b = ctx.sentence(1);
      // from the second letter of the first word to inside the last word (before its last two letters)
      const selEnd = b.end - 3;
      const wordEnd = selEnd + /^[\p{L}\p{N}]*/u.exec(fx.body.slice(selEnd))![0].length;
      expect(wordEnd).toBeGreaterThan(selEnd);
      const claim = await makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, start: b.start + 1, end: selEnd });
      expect(claim).toMatchObject({ id: b.id, start: b.start, end: wordEnd, text: fx.body.slice(b.start, wordEnd) });
      expectInvariants(ctx);
    });

    it("inside one claim: trims that claim to the selection and makes it check-worthy", async () => {
      const ctx = setup(fx);
      await ctx.verdict(ctx.sentence(1).id, "supported");
      const b = ctx.sentence(1);
      expect(b.checkworthy).toBe(false);
      // from the second word to before the full stop
      const sel = { start: fx.body.indexOf(" ", b.start) + 1, end: b.end - 1 };
      const trimmed = fx.body.slice(sel.start, sel.end).trim();
      const before = ctx.eventCount();
      const claim = await makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, ...sel });
      expect(claim).toMatchObject({ id: b.id, text: trimmed, status: "supported", checkworthy: true, version: b.version + 1 });
      expectRescored(ctx, claim);
      expect(ctx.eventCount()).toBe(before + 1);
      expect(ctx.events(b.id).at(-1)).toMatchObject({
        kind: "span_changed",
        payload: { from: { start: b.start, end: b.end }, to: { start: claim.start, end: claim.end }, checkworthy: { from: false, to: true } },
      });
      expectInvariants(ctx);
    });

    it("exactly one whole claim: just marks it check-worthy, or does nothing if it already is", async () => {
      const ctx = setup(fx);
      const b = ctx.sentence(1);
      const claim = await makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, start: b.start, end: b.end });
      expect(claim).toMatchObject({ id: b.id, start: b.start, end: b.end, checkworthy: true, version: b.version + 1 });
      expect(ctx.events(b.id).at(-1)).toMatchObject({ kind: "marked_checkworthy", payload: { from: false, to: true } });
      const before = ctx.snapshot();
      expect(await makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, start: b.start, end: b.end })).toEqual(claim);
      expect(ctx.snapshot()).toEqual(before);
    });

    it("overlapping no claim: creates a new check-worthy claim with a manual created event", async () => {
      const ctx = setup(fx);
      const c = ctx.sentence(2);
      await retireClaim(ctx.db, ctx.actor, { claimId: c.id, version: c.version });
      const before = ctx.eventCount();
      const claim = await makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, start: c.start - 1, end: c.end });
      expect(claim.id).not.toBe(c.id);
      expect(claim).toMatchObject({ start: c.start, end: c.end, text: c.text, checkworthy: true, status: "unreviewed", version: 1 });
      expectRescored(ctx, claim);
      expect(ctx.eventCount()).toBe(before + 1);
      expect(ctx.events(claim.id)).toEqual([
        expect.objectContaining({ kind: "created", actor_id: ctx.actor.id, to_status: "unreviewed", payload: expect.objectContaining({ manual: true }) }),
      ]);
      expectInvariants(ctx);
    });

    it.each([
      { name: "spans two claims", sel: (ctx: Ctx) => ({ start: ctx.sentence(0).end - 5, end: ctx.sentence(1).start + 5 }), ids: [0, 1] },
      { name: "covers a claim and more", sel: (ctx: Ctx) => ({ start: ctx.sentence(1).start, end: ctx.sentence(2).end }), ids: [1, 2] },
      {
        name: "partially overlaps one claim",
        sel: async (ctx: Ctx) => {
          const [a, b] = [ctx.sentence(0), ctx.sentence(1)];
          await retireClaim(ctx.db, ctx.actor, { claimId: b.id, version: b.version });
          return { start: a.end - 3, end: b.start + 4 };
        },
        ids: [0],
      },
    ])("400 and nothing written when the selection $name", async ({ sel, ids }) => {
      const ctx = setup(fx);
      const expected = ids.map((i) => ctx.sentence(i).id);
      const range = await sel(ctx);
      const error = await expectRefused(ctx, 400, () => makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, ...range }), SELECTION_OVERLAP_MESSAGE);
      expect((error.details!.overlaps as { id: number }[]).map((o) => o.id)).toEqual(expected);
    });

    it("404 for an unknown article", async () => {
      const ctx = setup(fx);
      await expectRefused(ctx, 404, () => makeClaimFromSelection(ctx.db, ctx.actor, { articleId: 9999, start: 0, end: 3 }));
    });
  });

  // -------------------------------------------------------------------------
  describe("setCheckworthy", () => {
    it("toggles with one marked_checkworthy event; same value is a no-op", async () => {
      const ctx = setup(fx);
      const a = ctx.sentence(0);
      expect(a.checkworthy).toBe(true);
      const off = await setCheckworthy(ctx.db, ctx.actor, { claimId: a.id, version: a.version, checkworthy: false });
      expect(off).toMatchObject({ checkworthy: false, version: a.version + 1 });
      expect(ctx.events(a.id).at(-1)).toMatchObject({ kind: "marked_checkworthy", payload: { from: true, to: false } });
      const before = ctx.snapshot();
      expect(await setCheckworthy(ctx.db, ctx.actor, { claimId: a.id, version: off.version, checkworthy: false })).toEqual(off);
      expect(ctx.snapshot()).toEqual(before);
      await expectRefused(ctx, 400, () => setCheckworthy(ctx.db, ctx.actor, { claimId: a.id, version: off.version, checkworthy: "yes" as never }));
    });
  });

  // -------------------------------------------------------------------------
  describe("retireClaim", () => {
    it("hides the claim from the article but keeps its history, even with a verdict", async () => {
      const ctx = setup(fx);
      await ctx.verdict(ctx.sentence(0).id, "supported");
      const a = ctx.sentence(0);
      const view = await retireClaim(ctx.db, ctx.actor, { claimId: a.id, version: a.version });
      expect(view).toMatchObject({ id: a.id, status: "supported", version: a.version + 1 });
      expect(ctx.live().map((c) => c.id)).not.toContain(a.id);
      expect(ctx.row(a.id).deleted_at).not.toBeNull();
      expect(claimHistory(ctx.db, a.id).map((e) => e.kind)).toEqual(["created", "verdict", "deleted"]);
      expect(ctx.events(a.id).at(-1)).toMatchObject({ kind: "deleted", from_status: "supported" });
      // Retired claims can no longer be edited.
      await expectRefused(ctx, 404, () => retireClaim(ctx.db, ctx.actor, { claimId: a.id, version: a.version + 1 }));
      await expectRefused(ctx, 404, () => setCheckworthy(ctx.db, ctx.actor, { claimId: a.id, version: a.version + 1, checkworthy: false }));
      expectInvariants(ctx);
    });
  });

  // -------------------------------------------------------------------------
  describe("stale versions", () => {
    type Op = { name: string; run: (ctx: Ctx, claim: ClaimView, version: number) => unknown };
    const ops: Op[] = [
      { name: "mergeWithNext", run: (ctx, c, version) => mergeWithNext(ctx.db, ctx.actor, { claimId: c.id, version }) },
      { name: "splitClaim", run: (ctx, c, version) => splitClaim(ctx.db, ctx.actor, { claimId: c.id, version, at: c.start + 3 }) },
      { name: "setClaimSpan", run: (ctx, c, version) => setClaimSpan(ctx.db, ctx.actor, { claimId: c.id, version, start: c.start + 4, end: c.end }) },
      { name: "setCheckworthy", run: (ctx, c, version) => setCheckworthy(ctx.db, ctx.actor, { claimId: c.id, version, checkworthy: !c.checkworthy }) },
      { name: "retireClaim", run: (ctx, c, version) => retireClaim(ctx.db, ctx.actor, { claimId: c.id, version }) },
    ];
    it.each(ops)("$name: 409 with the current claim and nothing written", async ({ run }) => {
      const ctx = setup(fx);
      const seen = ctx.sentence(0);
      await assignClaim(ctx.db, ctx.lead, { claimId: seen.id, userId: ctx.editorId }); // someone else changes it
      const current = ctx.sentence(0);
      const error = await expectRefused(ctx, 409, () => run(ctx, seen, seen.version), /Changed by Leo/);
      expect(error.details).toMatchObject({ current: { id: seen.id, version: current.version } });
      await expectRefused(ctx, 400, () => run(ctx, seen, 1.5), /version/);
    });

    it("a stale merge with two verdicts is a plain 409 conflict, not a choice", async () => {
      const ctx = setup(fx);
      await ctx.verdict(ctx.sentence(1).id, "supported");
      const seen = ctx.sentence(0);
      await ctx.verdict(seen.id, "supported");
      const error = await expectRefused(ctx, 409, () => mergeWithNext(ctx.db, ctx.actor, { claimId: seen.id, version: seen.version }));
      expect(error.details).toHaveProperty("current");
      expect(error.details).not.toHaveProperty("needsChoice");
    });
  });

  // -------------------------------------------------------------------------
  describe("bad offsets", () => {
    const cases: { name: string; range: (body: string) => { start: number; end: number }; message: RegExp }[] = [
      { name: "negative start", range: () => ({ start: -1, end: 5 }), message: /outside the article/ },
      { name: "end beyond the body", range: (b) => ({ start: 0, end: b.length + 1 }), message: /outside the article/ },
      { name: "end before start", range: () => ({ start: 10, end: 4 }), message: /after its start/ },
      { name: "empty span", range: () => ({ start: 4, end: 4 }), message: /after its start/ },
      { name: "non-integer start", range: () => ({ start: 0.5, end: 8 }), message: /whole number/ },
      { name: "non-integer end", range: () => ({ start: 0, end: 8.25 }), message: /whole number/ },
      { name: "a string offset", range: () => ({ start: "0" as never, end: 8 }), message: /whole number/ },
      {
        name: "whitespace only",
        range: (b) => {
          const gap = b.indexOf(". ") + 1;
          return { start: gap, end: gap + 1 };
        },
        message: /empty/,
      },
    ];
    it.each(cases)("setClaimSpan: $name → 400, nothing written", async ({ range, message }) => {
      const ctx = setup(fx);
      const a = ctx.sentence(0);
      await expectRefused(ctx, 400, () => setClaimSpan(ctx.db, ctx.actor, { claimId: a.id, version: a.version, ...range(fx.body) }), message);
    });
    it.each(cases)("makeClaimFromSelection: $name → 400, nothing written", async ({ range, message }) => {
      const ctx = setup(fx);
      await expectRefused(ctx, 400, () => makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, ...range(fx.body) }), message);
    });
  });

  // -------------------------------------------------------------------------
  it("keeps the offsets invariant and no overlaps through a long random sequence of edits", async () => {
    const ctx = setup(fx);
    let seed = fx.language === "en" ? 7 : 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let applied = 0;
    for (let step = 0; step < 300; step++) {
      const current = ctx.live();
      const body = fx.body;
      const pick = current.length ? current[rand(current.length)]! : null;
      const before = ctx.eventCount();
      try {
        const op = rand(6);
        if (!pick || op === 0) {
          const start = rand(body.length);
          await makeClaimFromSelection(ctx.db, ctx.actor, { articleId: ctx.articleId, start, end: start + 1 + rand(30) });
        } else if (op === 1) await mergeWithNext(ctx.db, ctx.actor, { claimId: pick.id, version: pick.version, keep: rand(2) ? "first" : "second" });
        else if (op === 2) await splitClaim(ctx.db, ctx.actor, { claimId: pick.id, version: pick.version, at: pick.start + rand(pick.end - pick.start + 1) });
        else if (op === 3) {
          const start = Math.max(0, pick.start - 5 + rand(10));
          await setClaimSpan(ctx.db, ctx.actor, { claimId: pick.id, version: pick.version, start, end: start + 1 + rand(40) });
        } else if (op === 4 && rand(3) === 0) await retireClaim(ctx.db, ctx.actor, { claimId: pick.id, version: pick.version });
        else await ctx.verdict(pick.id, "supported");
        applied++;
      } catch (error) {
        if (!(error instanceof AppError) || error.status !== 400) throw error;
        expect(ctx.eventCount()).toBe(before);
      }
      expectInvariants(ctx);
    }
    expect(applied).toBeGreaterThan(50);
  });
});
