import { describe, expect, it } from "vitest";
import { claimHistory, listLiveClaimViews } from "@/db/claims";
import { recordVerdict } from "@/services/claims";
import { addArticleVersion, confirmRecheck, restoreOrphan } from "@/services/versions";
import { compareVersions, getOrphans, getVersionHistory } from "@/services/versions/history";
import { deskWithArticle } from "./article-desk";

const V1 = [
  "The city spent $310 million on the stadium in 2016.",
  "The mayor said the roof leaked twice.",
  "",
  "Attendance fell 12% last season, the club said.",
  "",
  "Parking fees rose to $25 a game.",
].join("\n");

const V2 = [
  "Parking fees rose to $25 a game.",
  "",
  "The city spent $428 million on the stadium in 2016.",
  "",
  "Attendance fell 12% last season, the club said.",
  "",
  "A new scoreboard was installed in May.",
].join("\n");

async function setup() {
  const desk = await deskWithArticle("Stadium", V1);
  const claims = listLiveClaimViews(desk.db, desk.articleId);
  const byText = (prefix: string) => claims.find((c) => c.text.startsWith(prefix))!;
  return { ...desk, byText };
}

describe("a new version of an article", () => {
  it("keeps, moves, changes, orphans and adds claims in one go, and every live claim holds its slice", async () => {
    const { db, editor, lead, articleId, byText } = await setup();
    const spent = byText("The city spent");
    const roof = byText("The mayor said");
    const attendance = byText("Attendance fell");
    const parking = byText("Parking fees");
    await recordVerdict(db, lead, { claimId: spent.id, status: "disputed", note: "Audit says more", version: spent.version });

    const result = await addArticleVersion(db, editor, { articleId, source: { kind: "text", body: V2 } });
    expect(result.version).toBe(2);
    expect(result.changed).toEqual([spent.id]);
    expect(result.orphaned).toEqual([roof.id]);
    expect(new Set([...result.kept, ...result.moved])).toEqual(new Set([attendance.id, parking.id]));
    expect(result.moved).toContain(parking.id);
    expect(result.added).toHaveLength(1);

    const live = listLiveClaimViews(db, articleId);
    const body = (db.$client.prepare("SELECT body, version FROM articles WHERE id = ?").get(articleId) as { body: string; version: number });
    expect(body.version).toBe(2);
    for (const c of live) expect(body.body.slice(c.start, c.end)).toBe(c.text);
    const changed = live.find((c) => c.id === spent.id)!;
    expect(changed).toMatchObject({ text: "The city spent $428 million on the stadium in 2016.", status: "disputed", needsRecheck: true });
    const event = claimHistory(db, spent.id).at(-1)!;
    expect(event).toMatchObject({ kind: "text_changed", payload: { articleVersion: 2, from: { text: spent.text }, to: { text: changed.text } } });
    expect(live.find((c) => c.id === parking.id)?.needsRecheck).toBe(false);
    expect(await getOrphans(db, editor, { articleId })).toMatchObject([{ id: roof.id, text: roof.text }]);
  });

  it("keeps every version's text and says what each one touched, with a word diff between any two", async () => {
    const { db, editor, articleId } = await setup();
    const result = await addArticleVersion(db, editor, { articleId, source: { kind: "text", body: V2 } });
    const history = await getVersionHistory(db, editor, { articleId });
    expect(history.versions.map((v) => [v.version, v.source, v.createdByName])).toEqual([
      [1, "paste", "Eve"],
      [2, "paste", "Eve"],
    ]);
    expect(history.versions[1].touched).toMatchObject({ changed: result.changed, orphaned: result.orphaned, added: result.added });
    const diff = await compareVersions(db, editor, { articleId, from: 1, to: 2 });
    expect(diff.runs.filter((r) => r.kind === "removed").map((r) => r.text.trim())).toContain("310");
    expect(diff.runs.filter((r) => r.kind === "added").map((r) => r.text.trim())).toContain("428");
    await expect(compareVersions(db, editor, { articleId, from: 1, to: 7 })).rejects.toMatchObject({ status: 404 });
  });

  it("clears the recheck when a reviewer confirms the verdict or gives a new one", async () => {
    const { db, editor, lead, articleId, byText } = await setup();
    const spent = byText("The city spent");
    await recordVerdict(db, lead, { claimId: spent.id, status: "disputed", note: "Audit says more", version: spent.version });
    await addArticleVersion(db, editor, { articleId, source: { kind: "text", body: V2 } });
    const changed = listLiveClaimViews(db, articleId).find((c) => c.id === spent.id)!;
    await expect(confirmRecheck(db, editor, { claimId: spent.id, version: changed.version - 1 })).rejects.toMatchObject({ status: 409 });
    const confirmed = await confirmRecheck(db, editor, { claimId: spent.id, version: changed.version, note: "Still wrong: the audit says $450m" });
    expect(confirmed).toMatchObject({ needsRecheck: false, status: "disputed" });
    expect(claimHistory(db, spent.id).at(-1)).toMatchObject({ kind: "rechecked", note: "Still wrong: the audit says $450m" });
    await expect(confirmRecheck(db, editor, { claimId: spent.id, version: confirmed.version })).rejects.toMatchObject({ status: 400 });
  });

  it("restores an orphaned claim onto a selection of the new text, in place of the new version's unreviewed claim", async () => {
    const { db, editor, lead, articleId, byText } = await setup();
    const roof = byText("The mayor said");
    const judged = await recordVerdict(db, lead, { claimId: roof.id, status: "supported", version: roof.version });
    await addArticleVersion(db, editor, { articleId, source: { kind: "text", body: `${V2}\n\nCouncil records show the roof was repaired in 2019.` } });
    const orphan = (await getOrphans(db, editor, { articleId }))[0]!;
    expect(orphan.id).toBe(roof.id);
    const body = (db.$client.prepare("SELECT body FROM articles WHERE id = ?").get(articleId) as { body: string }).body;
    const start = body.indexOf("Council records");
    const replaced = listLiveClaimViews(db, articleId).find((c) => c.start === start)!;
    const attendance = listLiveClaimViews(db, articleId).find((c) => c.text.startsWith("Attendance"))!;
    await recordVerdict(db, lead, { claimId: attendance.id, status: "supported", version: attendance.version });
    await expect(restoreOrphan(db, editor, { claimId: roof.id, version: orphan.version, start: attendance.start, end: attendance.end })).rejects.toMatchObject({ status: 400 });
    const restored = await restoreOrphan(db, editor, { claimId: roof.id, version: orphan.version, start, end: body.length });
    expect(restored).toMatchObject({ status: judged.status, needsRecheck: true, text: "Council records show the roof was repaired in 2019." });
    expect(listLiveClaimViews(db, articleId).map((c) => c.id)).not.toContain(replaced.id);
    expect(await getOrphans(db, editor, { articleId })).toEqual([]);
  });

  it("adds nothing when the text is the same", async () => {
    const { db, editor, articleId } = await setup();
    const result = await addArticleVersion(db, editor, { articleId, source: { kind: "text", body: `${V1}\n` } });
    expect(result).toMatchObject({ version: 1, unchanged: true, moved: [], changed: [], orphaned: [], added: [] });
  });
});
