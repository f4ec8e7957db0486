import { describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { claimHistory, listLiveClaimViews as listArticleClaims } from "@/db/claims";
import { isScanned } from "@/db/matches";
import { searchClaims } from "@/db/search/read";
import { writeTransaction } from "@/db/transaction";
import type { Actor } from "@/services/actor";
import { recordVerdict, requireLiveClaim } from "@/services/claims";
import { addEvidence } from "@/services/evidence";
import { dismissMatch, findEarlierChecks, listClaimMatches, matchArticle, reuseVerdict, scoreCandidates } from "@/services/matches";
import { matchClaim } from "@/services/matches/scoring";
import { retireClaim, setClaimSpan } from "@/services/spans";
import { createArticle, READER } from "../support/articles";
import { DEMO_ARTICLES, readDemoArticleBody } from "@/db/seed/demo-articles";
import { compareClaims } from "@/lib/matching";
import { AppError } from "@/lib/errors";
import { testDb } from "../support/db";

const BULLRICH_2 =
  "Then in mid June, an Argentine delegation headed by the Minister of Security, Patricia Bullrich, traveled to El Salvador to finalize an agreement between the two nations to combat transnational crime.";
const BULLRICH_1 =
  "Earlier this year, Argentina’s Security Minister Patricia Bullrich visited El Salvador to sign agreements aimed at strengthening collaboration against organized crime, including joint training programs for security forces.";

function setup() {
  const t = testDb();
  const editor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
  const article = (title: string, body: string, language: "en" | "es" = "en") => {
    const { id } = createArticle(t.db, { title, body, language }, t.editorId);
    return { id, claims: listArticleClaims(t.db, id) };
  };
  return { ...t, editor, lead, article };
}

function claimByText(db: Db, text: string) {
  const row = db.$client.prepare("SELECT id FROM claims WHERE text = ? AND deleted_at IS NULL ORDER BY id DESC").get(text) as { id: number } | undefined;
  if (!row) throw new Error(`no claim ${text}`);
  return requireLiveClaim(db, row.id);
}

const RATE = "The central bank raised its key rate to 4.5% on Thursday.";
const RATE_REWORDED = "On Thursday the central bank raised the key interest rate to 4.5%.";

/**
 * Two articles of one claim each, the second added after the first so that it is matched against
 * it; `earlier` and `later` are their claims. By default the rate claim and its rewording.
 */
function twoArticles(first: [title: string, text: string] = ["A", RATE], second: [title: string, text: string] = ["B", RATE_REWORDED]) {
  const t = setup();
  t.article(...first);
  t.article(...second);
  return { ...t, earlier: claimByText(t.db, first[1]), later: claimByText(t.db, second[1]) };
}

function storedMatches(db: Db, claimId: number) {
  return db.$client.prepare("SELECT matched_claim_id AS matchedClaimId, similarity, same, dismissed_at AS dismissedAt FROM claim_matches WHERE claim_id = ? ORDER BY similarity DESC").all(claimId) as {
    matchedClaimId: number;
    similarity: number;
    same: number;
    dismissedAt: number | null;
  }[];
}

describe("matching at split time", () => {
  it("matches the second seed article's Bullrich claim to the first article, as related", async () => {
    const { db, article } = setup();
    const [first, second] = DEMO_ARTICLES.map((a) => article(a.title, readDemoArticleBody(a)));
    const source = claimByText(db, BULLRICH_1);
    const target = claimByText(db, BULLRICH_2);
    expect(source.articleId).toBe(first!.id);
    expect(target.articleId).toBe(second!.id);
    expect(target.checkworthy).toBe(true);

    // Stored by createArticle itself, before anyone reads them.
    const stored = storedMatches(db, target.id);
    expect(stored.map((m) => m.matchedClaimId)).toContain(source.id);
    const pair = stored.find((m) => m.matchedClaimId === source.id)!;
    const comparison = compareClaims(BULLRICH_2, BULLRICH_1, { languageA: "en", languageB: "en" });
    expect(pair.similarity).toBe(comparison.score);
    // Related, not the same claim: one says "the two nations", the other has no such figure.
    expect(comparison.tier).toBe("related");
    expect(pair.same).toBe(0);
    expect(isScanned(db, target.id)).toBe(true);

    // The first article had nothing earlier to match.
    expect(db.$client.prepare("SELECT count(*) FROM claim_matches m JOIN claims c ON c.id = m.claim_id WHERE c.article_id = ?").pluck().get(first!.id)).toBe(0);
    // Every match points at another article.
    expect(
      db.$client.prepare("SELECT count(*) FROM claim_matches m JOIN claims a ON a.id = m.claim_id JOIN claims b ON b.id = m.matched_claim_id WHERE a.article_id = b.article_id").pluck().get(),
    ).toBe(0);

    const list = (await listClaimMatches(db, READER, { claimId: target.id })).matches;
    expect(list[0]).toMatchObject({ claimId: source.id, articleId: first!.id, articleTitle: "Bukele meets Milei", text: BULLRICH_1, status: "unreviewed", same: false, note: null, evidence: [], reused: false });
  });

  it("never calls a claim with another figure the same claim, and marks reworded same claims as same", async () => {
    const { db, article } = setup();
    article("Crackdown", "Police arrested 74,000 suspected gang members in El Salvador since March 2022.");
    article("Other figure", "Police arrested 7,400 suspected gang members in El Salvador since March 2022.");
    const other = claimByText(db, "Police arrested 7,400 suspected gang members in El Salvador since March 2022.");
    // Shown as related, with the figure as the reason: never offered for one-click reuse.
    expect(storedMatches(db, other.id).map((m) => m.same)).toEqual([0]);
    const [related] = (await listClaimMatches(db, READER, { claimId: other.id })).matches;
    expect(related).toMatchObject({ same: false, reason: "different figure: 7,400 / 74,000" });
    expect(related!.diff.mode).toBe("words");
    const segments = related!.diff.mode === "words" ? related!.diff.segments : [];
    expect(segments.filter((g) => g.slot === "figure").map((g) => [g.kind, g.text])).toEqual([
      ["removed", "7,400"],
      ["added", "74,000"],
    ]);
    expect(segments.map((g) => (g.kind === "added" ? "" : g.text)).join("")).toBe(other.text);
    expect(isScanned(db, other.id)).toBe(true);

    article("Reworded", "Since March 2022, El Salvador's police have detained 74,000 suspected gang members.");
    const reworded = claimByText(db, "Since March 2022, El Salvador's police have detained 74,000 suspected gang members.");
    const matches = (await listClaimMatches(db, READER, { claimId: reworded.id })).matches;
    const original = claimByText(db, "Police arrested 74,000 suspected gang members in El Salvador since March 2022.");
    // The 74,000 claim is the same claim; the 7,400 one only related, and listed after it.
    expect(matches.map((m) => [m.claimId, m.same])).toEqual([
      [original.id, true],
      [other.id, false],
    ]);
    expect(compareClaims(reworded.text, original.text, { languageA: "en", languageB: "en" }).tier).toBe("same");
    expect(matches[0]!.same).toBe(true);
  });

  it("keeps only candidates whose frames agree (never a changed figure), best first", async () => {
    const scored = scoreCandidates("Unemployment fell to 5% in 2023.", "en", [
      { id: 1, text: "Unemployment fell to 5% in 2023, the ministry said.", language: "en" },
      { id: 2, text: "Unemployment fell to 6% in 2023.", language: "en" },
      { id: 3, text: "The bridge opened in 1998.", language: "en" },
      { id: 4, text: "In 2023 unemployment dropped to 5%.", language: "en" },
    ]);
    // Same claims first; the changed figure is only related; the unrelated bridge is dropped.
    expect(scored.map((s) => [s.claimId, s.same])).toEqual([
      [scored[0]!.claimId, true],
      [scored[1]!.claimId, true],
      [2, false],
    ]);
    expect(scored.slice(0, 2).map((s) => s.claimId).sort()).toEqual([1, 4]);
    expect(scored[0]!.similarity).toBeGreaterThanOrEqual(scored[1]!.similarity);
  });

  it("matches a Spanish claim with its English twin, showing the parts side by side", async () => {
    const { db, article } = setup();
    article("Rates", "The central bank raised its key interest rate to 4.5% on Thursday.");
    article("Tasas", "El Banco Central subió su tasa de interés clave al 4,5 % el jueves.", "es");
    const en = claimByText(db, "The central bank raised its key interest rate to 4.5% on Thursday.");
    const es = claimByText(db, "El Banco Central subió su tasa de interés clave al 4,5 % el jueves.");
    const [twin] = (await listClaimMatches(db, READER, { claimId: es.id })).matches;
    expect(twin).toMatchObject({ claimId: en.id, language: "en", same: true, reason: null });
    expect(twin!.diff.mode).toBe("slots");
    const slots = twin!.diff.mode === "slots" ? twin!.diff.slots : [];
    expect(slots.find((x) => x.slot === "figure")).toMatchObject({ a: "4,5 %", b: "4.5%", agrees: true });
    expect(slots.find((x) => x.slot === "organisation")).toMatchObject({ a: "Banco Central", b: "central bank", agrees: true });
  });

  it("never matches claims within the same article", async () => {
    const { db, article } = setup();
    const a = article("Twice", "The Bukele government built a mega-prison for 40,000 inmates. The Bukele government built a mega-prison for 40,000 inmates.");
    for (const c of a.claims) expect(storedMatches(db, c.id)).toEqual([]);
  });

  it("never computes on read: an explicit look matches a never-scanned claim, once", async () => {
    const { db, editor, later: b } = twoArticles();
    db.$client.prepare("DELETE FROM claim_matches").run();
    db.$client.prepare("DELETE FROM claim_match_scans").run();
    expect(await listClaimMatches(db, READER, { claimId: b.id })).toEqual({ scanned: false, matches: [] });
    expect((await findEarlierChecks(db, editor, { claimId: b.id })).matches).toHaveLength(1);
    expect(isScanned(db, b.id)).toBe(true);
    // Scanned: reading does not recompute (a deleted row stays deleted).
    db.$client.prepare("DELETE FROM claim_matches").run();
    expect((await listClaimMatches(db, READER, { claimId: b.id })).matches).toEqual([]);
  });

  it("recomputes after the claim's text changes, keeping dismissals", async () => {
    const { db, editor, article } = setup();
    article("A", RATE);
    article("C", "Farmers blocked the main highway near Rosario on Monday.");
    const bodyB = `${RATE_REWORDED} Farmers blocked the highway near Rosario on Monday.`;
    const b = article("B", bodyB);
    const rate = claimByText(db, RATE_REWORDED);
    const [source] = (await listClaimMatches(db, READER, { claimId: rate.id })).matches;
    expect(source!.articleTitle).toBe("A");
    await dismissMatch(db, editor, { claimId: rate.id, matchedClaimId: source!.claimId });
    expect((await listClaimMatches(db, READER, { claimId: rate.id })).matches).toEqual([]);

    // Move the claim onto the second sentence: its matches are recomputed for the new text.
    const farmers = b.claims.find((c) => c.text.startsWith("Farmers"))!;
    await retireClaim(db, editor, { claimId: farmers.id, version: farmers.version });
    const start = bodyB.indexOf("Farmers");
    await setClaimSpan(db, editor, { claimId: rate.id, version: requireLiveClaim(db, rate.id).version, start, end: bodyB.length });
    expect(isScanned(db, rate.id)).toBe(false);
    // The edit started matching the article again, after the edit's transaction.
    await matchArticle(db, b.id);
    const after = (await listClaimMatches(db, READER, { claimId: rate.id })).matches;
    expect(after.map((m) => m.articleTitle)).toEqual(["C"]);
    expect(storedMatches(db, rate.id).find((m) => m.matchedClaimId === source!.claimId)?.dismissedAt).not.toBeNull();
  });

  it("leaves out retired matched claims", async () => {
    const { db, editor, earlier: a, later: b } = twoArticles();
    expect((await listClaimMatches(db, READER, { claimId: b.id })).matches).toHaveLength(1);
    await retireClaim(db, editor, { claimId: a.id, version: a.version });
    expect((await listClaimMatches(db, READER, { claimId: b.id })).matches).toEqual([]);
  });
});

describe("dismissing a match", () => {
  it("hides it for good, twice is harmless, and only matches can be dismissed", async () => {
    const { db, editor, later: b } = twoArticles();
    const [m] = (await listClaimMatches(db, READER, { claimId: b.id })).matches;
    await dismissMatch(db, editor, { claimId: b.id, matchedClaimId: m!.claimId });
    await dismissMatch(db, editor, { claimId: b.id, matchedClaimId: m!.claimId });
    expect((await listClaimMatches(db, READER, { claimId: b.id })).matches).toEqual([]);
    expect(db.$client.prepare("SELECT dismissed_by FROM claim_matches WHERE claim_id = ?").pluck().get(b.id)).toBe(editor.id);
    // A new scan does not bring it back.
    writeTransaction(db, (tx) => matchClaim(tx, b.id));
    expect((await listClaimMatches(db, READER, { claimId: b.id })).matches).toEqual([]);
    await expect(dismissMatch(db, editor, { claimId: b.id, matchedClaimId: b.id })).rejects.toThrow(AppError);
  });
});

describe("reusing an earlier verdict", () => {
  async function withVerdict() {
    const { earlier: source, later: target, ...t } = twoArticles();
    await addEvidence(t.db, t.lead, { claimId: source.id, ...{ url: "https://bank.example/press/2024-07", title: "Rate decision press release", quote: "raised to 4.5%" } });
    await addEvidence(t.db, t.lead, { claimId: source.id, ...{ url: "https://news.example/rates", title: "Wire report" } });
    await recordVerdict(t.db, t.lead, { claimId: source.id, status: "disputed", note: "The rate went to 4.25%, not 4.5%.", version: source.version + 2 });
    return { ...t, source: requireLiveClaim(t.db, source.id), target };
  }

  it("copies status, note and evidence in one transaction with one version bump, and records where it came from", async () => {
    const { db, editor, source, target } = await withVerdict();
    const now = new Date("2024-07-20T10:00:00Z");
    const view = await reuseVerdict(db, editor, { claimId: target.id, sourceClaimId: source.id, version: target.version }, now);
    expect(view).toMatchObject({ id: target.id, status: "disputed", version: target.version + 1 });
    const claim = requireLiveClaim(db, target.id);
    expect(claim).toMatchObject({ verdictBy: editor.id, verdictAt: now, firstVerdictAt: now });

    const history = claimHistory(db, target.id);
    const reused = history.find((e) => e.kind === "reused")!;
    expect(reused).toMatchObject({ actorId: editor.id, fromStatus: "unreviewed", toStatus: "disputed" });
    expect(reused.payload).toMatchObject({ sourceClaimId: source.id, sourceArticleId: source.articleId });
    expect(reused.note).toBe("The rate went to 4.25%, not 4.5%.\n\nReused from claim #" + source.id + " in “A”.");
    const added = history.filter((e) => e.kind === "evidence_added");
    expect(added.map((e) => e.note)).toEqual(["Rate decision press release", "Wire report"]);
    expect((reused.payload as { evidenceIds: number[] }).evidenceIds).toHaveLength(2);

    const evidence = db.$client.prepare("SELECT url, title, quote, added_by AS addedBy FROM evidence WHERE claim_id = ? ORDER BY id").all(target.id);
    expect(evidence).toEqual([
      { url: "https://bank.example/press/2024-07", title: "Rate decision press release", quote: "raised to 4.5%", addedBy: editor.id },
      { url: "https://news.example/rates", title: "Wire report", quote: "", addedBy: editor.id },
    ]);
    // The index has the copied note and evidence titles, and the match says it was reused.
    expect(searchClaims(db, { q: "4.25" }).results.map((r) => r.claimId).sort()).toEqual([source.id, target.id].sort());
    expect(searchClaims(db, { q: "wire report", status: "disputed", reviewerId: editor.id }).results.map((r) => r.claimId)).toEqual([target.id]);
    expect((await listClaimMatches(db, READER, { claimId: target.id })).matches[0]).toMatchObject({ claimId: source.id, reused: true, note: "The rate went to 4.25%, not 4.5%." });
    expect(db.$client.prepare("SELECT count(*) FROM claim_events WHERE kind = 'reused'").pluck().get()).toBe(1);
  });

  it("shows the matched claim's verdict note and evidence before reuse", async () => {
    const { db, source, target } = await withVerdict();
    const [m] = (await listClaimMatches(db, READER, { claimId: target.id })).matches;
    expect(m).toMatchObject({
      claimId: source.id,
      status: "disputed",
      note: "The rate went to 4.25%, not 4.5%.",
      verdictByName: "Leo",
      evidence: [
        { url: "https://bank.example/press/2024-07", title: "Rate decision press release", quote: "raised to 4.5%" },
        { url: "https://news.example/rates", title: "Wire report", quote: "" },
      ],
      reused: false,
    });
  });

  it("refuses a stale version and writes nothing", async () => {
    const { db, editor, lead, source, target } = await withVerdict();
    await recordVerdict(db, lead, { claimId: target.id, status: "supported", version: target.version });
    const events = claimHistory(db, target.id).length;
    try {
      await reuseVerdict(db, editor, { claimId: target.id, sourceClaimId: source.id, version: target.version });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("conflict");
      expect((error as AppError).details?.current).toMatchObject({ id: target.id, status: "supported" });
    }
    expect(claimHistory(db, target.id)).toHaveLength(events);
    expect(db.$client.prepare("SELECT count(*) FROM evidence WHERE claim_id = ?").pluck().get(target.id)).toBe(0);
  });

  it("reuses a related claim's verdict only when the reviewer acknowledges the difference", async () => {
    const { db, editor, lead, earlier: texas, later: ohio } = twoArticles(
      ["Texas", "Flu cases in Texas doubled in January, health officials said."],
      ["Ohio", "Flu cases in Ohio doubled in January, health officials said."],
    );
    await recordVerdict(db, lead, { claimId: texas.id, status: "supported", note: "State data.", version: texas.version });
    const [match] = (await listClaimMatches(db, READER, { claimId: ohio.id })).matches;
    expect(match).toMatchObject({ claimId: texas.id, same: false, reason: "different place: Ohio / Texas" });

    const refusal = await reuseVerdict(db, editor, { claimId: ohio.id, sourceClaimId: texas.id, version: ohio.version }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).message).toMatch(/related, not the same claim \(different place: Ohio \/ Texas\)/);
    expect(requireLiveClaim(db, ohio.id)).toMatchObject({ status: "unreviewed", version: ohio.version });
    expect(claimHistory(db, ohio.id).some((e) => e.kind === "reused")).toBe(false);

    await reuseVerdict(db, editor, { claimId: ohio.id, sourceClaimId: texas.id, version: ohio.version, acknowledgeDifference: true });
    expect(requireLiveClaim(db, ohio.id).status).toBe("supported");
    expect(claimHistory(db, ohio.id).find((e) => e.kind === "reused")!.payload).toMatchObject({ sourceClaimId: texas.id, acknowledgedDifference: true });
  });

  it("refuses to reuse a claim that is not among the matches without an acknowledgement", async () => {
    const { db, editor, lead, earlier: bridge, later: rates } = twoArticles(["Bridge", "The bridge opened in 1998 after six years of work."], ["Rates", RATE]);
    await recordVerdict(db, lead, { claimId: bridge.id, status: "supported", note: "Records.", version: bridge.version });
    await expect(reuseVerdict(db, editor, { claimId: rates.id, sourceClaimId: bridge.id, version: rates.version })).rejects.toThrow(/not among this claim's matches/);
  });

  it("refuses a source without a verdict, itself, or a missing claim", async () => {
    const { db, editor, earlier: a, later: b } = twoArticles();
    await expect(reuseVerdict(db, editor, { claimId: b.id, sourceClaimId: a.id, version: b.version })).rejects.toThrow(/no verdict/);
    await expect(reuseVerdict(db, editor, { claimId: b.id, sourceClaimId: b.id, version: b.version })).rejects.toThrow(/own verdict/);
    await expect(reuseVerdict(db, editor, { claimId: b.id, sourceClaimId: 99_999, version: b.version })).rejects.toThrow(/no longer exists/);
    expect(requireLiveClaim(db, b.id).version).toBe(b.version);
  });

  it("does not copy evidence the claim already has, and keeps a supported verdict without a note", async () => {
    const { db, editor, lead, earlier: a, later: b } = twoArticles();
    await addEvidence(db, lead, { claimId: a.id, ...{ url: "https://bank.example/press", title: "Press release" } });
    await recordVerdict(db, lead, { claimId: a.id, status: "supported", version: a.version + 1 });
    await addEvidence(db, editor, { claimId: b.id, ...{ url: "https://bank.example/press", title: "Same link" } });
    await reuseVerdict(db, editor, { claimId: b.id, sourceClaimId: a.id, version: b.version + 1 });
    expect(db.$client.prepare("SELECT count(*) FROM evidence WHERE claim_id = ?").pluck().get(b.id)).toBe(1);
    const reused = claimHistory(db, b.id).find((e) => e.kind === "reused")!;
    expect(reused.note).toBe(`Reused from claim #${a.id} in “A”.`);
    expect(requireLiveClaim(db, b.id).status).toBe("supported");
  });
});
