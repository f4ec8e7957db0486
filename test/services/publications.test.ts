import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { claimHistory, listLiveClaimViews } from "@/db/claims";
import { users } from "@/db/schema";
import { parsePublished } from "@/lib/export";
import type { Actor } from "@/services/actor";
import { getArticle } from "@/services/articles";
import { recordVerdict } from "@/services/claims";
import { setCheckworthy } from "@/services/spans";
import { confirmVerdict, sendBackVerdict } from "@/services/claims/confirm";
import { publishReport, readPublicReport, withdrawReport } from "@/services/publications";
import { getDashboard } from "@/services/dashboard";
import { getArticleReport } from "@/services/exports";
import { updateDeskSettings } from "@/services/settings";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

const BODY = [
  "The city spent $310 million on the stadium in 2016.",
  "Attendance fell 12% last season, the club said.",
  "Parking fees rose to $25 a game in 2023.",
].join(" ");

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function setup() {
  const t = testDb();
  const second = t.db.insert(users).values({ email: "r@test.local", name: "Rui", role: "editor", passwordHash: "x" }).returning({ id: users.id }).get().id;
  const editor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  const reviewer: Actor = { id: second, name: "Rui", role: "editor" };
  const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
  const admin: Actor = { id: t.adminId, name: "Ann", role: "admin" };
  const { id } = createArticle(t.db, { title: "Stadium costs: what the city paid", body: BODY, language: "en", byline: "Ana Ruiz" }, t.editorId);
  const claims = () => listLiveClaimViews(t.db, id);
  return { ...t, editor, reviewer, lead, admin, articleId: id, claims };
}

/** Every check-worthy claim gets a verdict from `by`; disputed for the first, supported after. */
async function reviewAll(s: ReturnType<typeof setup>, by: Actor) {
  for (const [i, c] of s.claims().entries()) {
    if (!c.checkworthy) continue;
    await recordVerdict(s.db, by, { claimId: c.id, status: i === 0 ? "disputed" : "supported", note: i === 0 ? "The audit says $428 million." : null, version: c.version });
  }
}

const blockersOf = async (run: Promise<unknown>) => {
  const error = (await run.catch((e: unknown) => e)) as { status?: number; details?: { blockers: { claimId: number; reason: string; code: string }[] } };
  expect(error.status).toBe(409);
  return error.details!.blockers;
};

describe("the two-person rule", () => {
  it("holds a disputed verdict for a second reviewer by default, refuses self-confirmation, and records confirmations", async () => {
    const s = setup();
    const [first, secondClaim] = s.claims();
    const disputed = await recordVerdict(s.db, s.editor, { claimId: first.id, status: "disputed", note: "Wrong figure", version: first.version });
    expect(disputed.awaitingConfirmation).toBe(true);
    const supported = await recordVerdict(s.db, s.editor, { claimId: secondClaim.id, status: "supported", version: secondClaim.version });
    expect(supported.awaitingConfirmation).toBe(false);

    await expect(confirmVerdict(s.db, s.editor, { claimId: first.id, version: disputed.version })).rejects.toMatchObject({ status: 403 });
    const confirmed = await confirmVerdict(s.db, s.reviewer, { claimId: first.id, version: disputed.version });
    expect(confirmed.awaitingConfirmation).toBe(false);
    expect(confirmed.status).toBe("disputed");
    expect(claimHistory(s.db, first.id).map((e) => e.kind)).toContain("confirmed");
    await expect(confirmVerdict(s.db, s.reviewer, { claimId: first.id, version: confirmed.version })).rejects.toMatchObject({ status: 400 });

    // Reports name the second reviewer beside the first, until a new verdict replaces the confirmed one.
    const report = () => getArticleReport(s.db, s.lead, { articleId: s.articleId, verifiedOnly: false, origin: null });
    const facts = async () => (await report()).claims.map((c) => [c.reviewerName, c.confirmedByName]);
    expect((await facts()).slice(0, 2)).toEqual([["Eve", "Rui"], ["Eve", null]]);
    await new Promise((r) => setTimeout(r, 2));
    await recordVerdict(s.db, s.editor, { claimId: first.id, status: "supported", note: "Revised.", version: confirmed.version });
    expect((await facts())[0]).toEqual(["Eve", null]);
  });

  it("sends a verdict back to unreviewed with a required note, and covers every verdict when set to all", async () => {
    const s = setup();
    await updateDeskSettings(s.db, s.admin, { twoPersonRule: "all" });
    await expect(updateDeskSettings(s.db, s.lead, { twoPersonRule: "off" })).rejects.toMatchObject({ status: 403 });
    const [first] = s.claims();
    const given = await recordVerdict(s.db, s.editor, { claimId: first.id, status: "supported", version: first.version });
    expect(given.awaitingConfirmation).toBe(true);
    await expect(sendBackVerdict(s.db, s.reviewer, { claimId: first.id, version: given.version, note: "  " })).rejects.toMatchObject({ status: 400 });
    const back = await sendBackVerdict(s.db, s.reviewer, { claimId: first.id, version: given.version, note: "The source is a press release" });
    expect(back).toMatchObject({ status: "unreviewed", awaitingConfirmation: false });
    const last = claimHistory(s.db, first.id).at(-1)!;
    expect(last).toMatchObject({ kind: "sent_back", note: "The source is a press release", fromStatus: "supported" });
  });

  it("keeps an owner and a due day on a needs-a-source verdict and refuses a date that does not exist", async () => {
    const s = setup();
    const [first] = s.claims();
    await expect(recordVerdict(s.db, s.editor, { claimId: first.id, status: "needs_source", note: "Which report?", version: first.version, dueAt: "2026-02-30" })).rejects.toMatchObject({ status: 400 });
    const asked = await recordVerdict(s.db, s.editor, { claimId: first.id, status: "needs_source", note: "Which report?", version: first.version, sourceOwnerId: s.reviewer.id, dueAt: "2026-12-04" });
    expect(asked).toMatchObject({ sourceOwnerId: s.reviewer.id });
    expect(new Date(asked.sourceDueAt!).toISOString()).toBe("2026-12-04T00:00:00.000Z");
    const supported = await recordVerdict(s.db, s.editor, { claimId: first.id, status: "supported", version: asked.version });
    expect(supported).toMatchObject({ sourceOwnerId: null, sourceDueAt: null });
  });
});

describe("publishing a verified report", () => {
  it("is refused with one blocker per claim while a check-worthy claim has no verdict or a verdict awaits confirmation", async () => {
    const s = setup();
    const checkworthy = s.claims().filter((c) => c.checkworthy);
    expect(checkworthy.length).toBeGreaterThan(1);
    const none = await blockersOf(publishReport(s.db, s.lead, { articleId: s.articleId, note: "", origin: null }));
    expect(none.map((b) => b.claimId)).toEqual(checkworthy.map((c) => c.id));
    expect(new Set(none.map((b) => b.code))).toEqual(new Set(["no_verdict"]));

    await reviewAll(s, s.editor);
    const awaiting = await blockersOf(publishReport(s.db, s.lead, { articleId: s.articleId, note: "", origin: null }));
    expect(awaiting).toEqual([{ claimId: checkworthy[0].id, code: "awaiting_confirmation", reason: expect.stringMatching(/second reviewer/) }]);
    await expect(publishReport(s.db, s.editor, { articleId: s.articleId, note: "", origin: null })).rejects.toMatchObject({ status: 403 });
  });

  it("freezes the report: the stored bytes hash to the returned SHA-256 and later verdicts do not touch them", async () => {
    const s = setup();
    await reviewAll(s, s.editor);
    const first = s.claims()[0];
    await confirmVerdict(s.db, s.reviewer, { claimId: first.id, version: s.claims()[0].version });
    const v1 = await publishReport(s.db, s.lead, { articleId: s.articleId, note: "Checked against the audit.", origin: "http://desk.test" });
    expect(v1).toMatchObject({ version: 1, url: "/reports/stadium-costs-what-the-city-paid/v/1" });
    const stored = readPublicReport(s.db, { slug: "stadium-costs-what-the-city-paid", version: 1 });
    expect(sha(stored.text)).toBe(v1.sha256);
    expect(stored.report.publication).toMatchObject({ version: 1, publishedBy: "Leo", note: "Checked against the audit.", supersedes: null, url: "http://desk.test/reports/stadium-costs-what-the-city-paid/v/1" });
    expect(stored.report.claimReview[0].url).toBe(`http://desk.test/reports/stadium-costs-what-the-city-paid/v/1#claim-${first.id}`);
    expect((await getArticle(s.db, s.lead, { articleId: s.articleId })).article.publication).toMatchObject({ version: 1, changedSincePublished: false });

    // A verdict changes after publication: flagged, and version 2 carries the correction.
    const current = s.claims()[0];
    await new Promise((r) => setTimeout(r, 2));
    await recordVerdict(s.db, s.editor, { claimId: current.id, status: "supported", note: "The audit was revised.", version: current.version });
    expect((await getArticle(s.db, s.lead, { articleId: s.articleId })).article.publication).toMatchObject({ changedSincePublished: true });
    const v2 = await publishReport(s.db, s.lead, { articleId: s.articleId, note: "Correction.", origin: "http://desk.test" });
    expect(v2.version).toBe(2);
    const second = readPublicReport(s.db, { slug: "stadium-costs-what-the-city-paid" });
    expect(second.report.publication.supersedes).toBe(1);
    expect(second.report.corrections).toEqual([
      expect.objectContaining({ claimId: current.id, number: 1, from: "disputed", to: "supported", reason: "The audit was revised." }),
    ]);
    const again = readPublicReport(s.db, { slug: "stadium-costs-what-the-city-paid", version: 1 });
    expect(again.text).toBe(stored.text);
    expect(again.latestVersion).toBe(2);
    expect(parsePublished(again.text).claims[0].status).toBe("disputed");
  });

  it("never lets the snapshot be rewritten, in the database itself", async () => {
    const s = setup();
    await updateDeskSettings(s.db, s.admin, { twoPersonRule: "off" });
    await reviewAll(s, s.editor);
    await publishReport(s.db, s.lead, { articleId: s.articleId, note: "", origin: null });
    expect(() => s.db.$client.prepare("UPDATE publications SET report_json = '{}'").run()).toThrow(/append-only/);
    expect(() => s.db.$client.prepare("DELETE FROM publications").run()).toThrow(/append-only/);
    expect(() => s.db.$client.prepare("INSERT OR REPLACE INTO publications SELECT * FROM publications").run()).toThrow(/append-only/);
    // A new id but the same article and version: REPLACE would drop the old row through the unique index.
    expect(() =>
      s.db.$client
        .prepare("INSERT OR REPLACE INTO publications (article_id, version, article_version, note, report_json, sha256, published_by, published_at) SELECT article_id, version, article_version, note, '{}', 'x', published_by, published_at FROM publications")
        .run(),
    ).toThrow(/append-only/);
    expect(s.db.$client.prepare("SELECT count(*) AS n FROM publications").get()).toEqual({ n: 1 });
  });

  it("blocks a claim whose text changed until it is rechecked, and refuses an article with nothing reviewed", async () => {
    const s = setup();
    await updateDeskSettings(s.db, s.admin, { twoPersonRule: "off" });
    for (const c of s.claims()) if (c.checkworthy) await setCheckworthy(s.db, s.editor, { claimId: c.id, checkworthy: false, version: c.version });
    const error = (await publishReport(s.db, s.lead, { articleId: s.articleId, note: "", origin: null }).catch((e: unknown) => e)) as { status: number; message: string };
    expect(error).toMatchObject({ status: 409, message: expect.stringMatching(/no claim .* has a verdict/) });
    s.db.$client.prepare("UPDATE claims SET needs_recheck = 1 WHERE article_id = ?").run(s.articleId);
    const blockers = await blockersOf(publishReport(s.db, s.lead, { articleId: s.articleId, note: "", origin: null }));
    expect(blockers.every((b) => b.code === "needs_recheck")).toBe(true);
  });

  it("withdraws (admins only) without deleting, and answers unknown slugs and versions with the same 404", async () => {
    const s = setup();
    await updateDeskSettings(s.db, s.admin, { twoPersonRule: "off" });
    await reviewAll(s, s.editor);
    await expect(withdrawReport(s.db, s.admin, { articleId: s.articleId, reason: "Wrong article" })).rejects.toMatchObject({ status: 409 });
    await publishReport(s.db, s.lead, { articleId: s.articleId, note: "", origin: null });
    await expect(withdrawReport(s.db, s.lead, { articleId: s.articleId, reason: "x" })).rejects.toMatchObject({ status: 403 });
    await expect(withdrawReport(s.db, s.admin, { articleId: s.articleId, reason: " " })).rejects.toMatchObject({ status: 400 });
    const status = await withdrawReport(s.db, s.admin, { articleId: s.articleId, reason: "The article was retracted." });
    expect(status.withdrawnAt).not.toBeNull();
    const report = readPublicReport(s.db, { slug: "stadium-costs-what-the-city-paid", version: 1 });
    expect(report.withdrawal).toMatchObject({ reason: "The article was retracted." });
    for (const input of [{ slug: "nope" }, { slug: "stadium-costs-what-the-city-paid", version: 2 }]) {
      expect(() => readPublicReport(s.db, input)).toThrow(expect.objectContaining({ status: 404 }));
    }
  });
});

describe("a version that changes nothing", () => {
  it("is refused and stores nothing, but a withdrawn report may be put back as it was", async () => {
    const s = setup();
    await updateDeskSettings(s.db, s.admin, { twoPersonRule: "off" });
    await reviewAll(s, s.editor);
    await publishReport(s.db, s.lead, { articleId: s.articleId, note: "Checked.", origin: null });
    const count = () => s.db.$client.prepare("SELECT count(*) AS n FROM publications").get();
    await expect(publishReport(s.db, s.lead, { articleId: s.articleId, note: "Correction: none.", origin: null })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^Nothing has changed since version 1/),
    });
    expect(count()).toEqual({ n: 1 });
    await withdrawReport(s.db, s.admin, { articleId: s.articleId, reason: "Published by mistake." });
    expect((await publishReport(s.db, s.lead, { articleId: s.articleId, note: "Put back.", origin: null })).version).toBe(2);
    expect(count()).toEqual({ n: 2 });
  });
});

describe("the dashboard's attention figures", () => {
  it("count verdicts awaiting confirmation, overdue source requests, published reports and those changed since", async () => {
    const s = setup();
    const [first, secondClaim, third] = s.claims();
    const figures = async () => (await getDashboard(s.db, s.lead, {})).totals;
    expect(await figures()).toMatchObject({ awaitingConfirmation: 0, overdueSources: 0, published: 0, changedSincePublished: 0 });

    const disputed = await recordVerdict(s.db, s.editor, { claimId: first.id, status: "disputed", note: "No", version: first.version });
    await recordVerdict(s.db, s.editor, { claimId: secondClaim.id, status: "needs_source", note: "Which count?", version: secondClaim.version, dueAt: "2020-01-01" });
    await recordVerdict(s.db, s.editor, { claimId: third.id, status: "needs_source", note: "Which budget?", version: third.version, dueAt: "2999-01-01" });
    expect(await figures()).toMatchObject({ awaitingConfirmation: 1, overdueSources: 1 });
    expect((await getDashboard(s.db, s.lead, {})).overdueSources).toEqual([expect.objectContaining({ claimId: secondClaim.id, dueAt: "2020-01-01" })]);

    await confirmVerdict(s.db, s.reviewer, { claimId: first.id, version: disputed.version });
    await publishReport(s.db, s.lead, { articleId: s.articleId, note: "", origin: null });
    expect(await figures()).toMatchObject({ awaitingConfirmation: 0, published: 1, changedSincePublished: 0 });
    await new Promise((r) => setTimeout(r, 2));
    const now = s.claims().find((c) => c.id === secondClaim.id)!;
    await recordVerdict(s.db, s.editor, { claimId: now.id, status: "supported", version: now.version });
    expect(await figures()).toMatchObject({ overdueSources: 0, published: 1, changedSincePublished: 1 });
    await withdrawReport(s.db, s.admin, { articleId: s.articleId, reason: "Retracted" });
    expect(await figures()).toMatchObject({ published: 0, changedSincePublished: 0 });
  });
});
