/**
 * The model on the desk: desk labels read from the history, which model is in use, and rescoring
 * (claims with a verdict untouched, one event per changed claim, the version stored).
 */
import { describe, expect, it } from "vitest";
import { claimHistory, listLiveClaims, listLiveClaimViews } from "@/db/claims";
import { failModel, insertTrainingModel, nextModelId } from "@/db/models";
import { writeTransaction } from "@/db/transaction";
import { importArticle } from "@/services/articles";
import { activeModel, collectDeskLabels, getDeskLabels, rescoreArticle } from "@/services/checkworthiness";
import { recordVerdict } from "@/services/claims";
import { makeClaimFromSelection, retireClaim, setCheckworthy, setClaimSpan } from "@/services/spans";
import { installModel } from "../support/models";
import { deskWithArticle } from "./article-desk";

const BODY = [
  "Unemployment fell to 4.1% in March, the statistics office said.",
  "The council approved a $2 million budget for bus lanes on Tuesday.",
  "Sign up for our morning newsletter.",
  "The minister resigned after a dispute over the pension reform.",
  "Residents at the meeting were divided.",
].join("\n");

async function setup() {
  const desk = await deskWithArticle("Desk", BODY);
  const claim = (prefix: string) => listLiveClaims(desk.db, desk.articleId).find((c) => c.text.startsWith(prefix))!;
  return { ...desk, claim };
}

describe("desk labels from the history", () => {
  it("are the reviewers' decisions, by the rule", async () => {
    const { db, editor, lead, articleId, claim } = await setup();
    expect(collectDeskLabels(db)).toEqual([]);
    const budget = claim("The council");
    const divided = claim("Residents");
    const minister = claim("The minister");
    await setCheckworthy(db, editor, { claimId: budget.id, version: budget.version, checkworthy: !budget.checkworthy });
    await setCheckworthy(db, editor, { claimId: budget.id, version: budget.version + 1, checkworthy: false });
    await retireClaim(db, editor, { claimId: divided.id, version: divided.version });
    await recordVerdict(db, editor, { claimId: minister.id, status: "supported", note: "Confirmed", version: minister.version });
    // "Make this a claim" on the retired sentence: a new claim, made by hand.
    await makeClaimFromSelection(db, editor, { articleId, start: divided.start, end: divided.end });
    expect(await getDeskLabels(db, lead)).toEqual([
      // The retired claim and the hand-made one share a text: the later decision wins.
      { text: divided.text, language: "en", checkworthy: true },
      { text: minister.text, language: "en", checkworthy: true },
      { text: budget.text, language: "en", checkworthy: false },
    ].sort((a, b) => (a.text < b.text ? -1 : 1)));
    await expect(getDeskLabels(db, editor)).rejects.toThrow(/lead/);
  });
});

describe("the model in use", () => {
  it("is the shipped one until a model is trained, then the newest ready one; claims keep the version that scored them", async () => {
    const { db, editor, leadId, claim } = await setup();
    expect(activeModel(db).version).toBe("cw-lr-5");
    expect(claim("Unemployment").modelVersion).toBe("cw-lr-5");
    // A failed retrain and one still running never count.
    writeTransaction(db, (tx) => {
      const id = nextModelId(tx);
      insertTrainingModel(tx, { id, version: `cw-desk-${id}`, seed: 1, deskLabels: 0, createdBy: leadId, at: new Date() });
      failModel(tx, id, "test", new Date());
    });
    expect(activeModel(db).version).toBe("cw-lr-5");
    const first = installModel(db, leadId, -2);
    const second = installModel(db, leadId, -4);
    writeTransaction(db, (tx) => insertTrainingModel(tx, { id: nextModelId(tx), version: "cw-desk-99", seed: 1, deskLabels: 0, createdBy: leadId, at: new Date() }));
    const active = activeModel(db);
    expect([first, active.version]).toEqual(["cw-desk-2", second]);
    expect(activeModel(db).model).toBe(active.model); // loaded once, then cached
    const { id } = await importArticle(db, editor, { kind: "text", fields: { title: "Later", body: BODY, language: "en" } }, { matching: "wait" });
    const later = listLiveClaimViews(db, id);
    expect(new Set(later.map((c) => c.modelVersion))).toEqual(new Set([second]));
    // Lower bias, lower scores: the new model really scored them.
    expect(later.find((c) => c.text.startsWith("Unemployment"))!.score).toBeLessThan(claim("Unemployment").score);
  });
});

describe("rescoring an article", () => {
  it("rescores claims without a verdict, one event each, keeps people's marks, and leaves verdicts alone", async () => {
    const { db, editor, lead, leadId, articleId, claim } = await setup();
    const verdict = claim("Unemployment");
    await recordVerdict(db, editor, { claimId: verdict.id, status: "supported", note: "Office data", version: verdict.version });
    const marked = claim("The council");
    expect(marked.checkworthy).toBe(true);
    await setCheckworthy(db, editor, { claimId: marked.id, version: marked.version, checkworthy: false });
    await setCheckworthy(db, editor, { claimId: marked.id, version: marked.version + 1, checkworthy: true });
    const before = new Map(listLiveClaims(db, articleId).map((c) => [c.id, c]));
    const version = installModel(db, leadId, -6);

    await expect(rescoreArticle(db, lead, { articleId, modelVersion: "cw-lr-5" })).rejects.toThrow(/now cw-desk-1/);
    await expect(rescoreArticle(db, editor, { articleId, modelVersion: version })).rejects.toThrow(/lead/);
    expect(listLiveClaims(db, articleId)).toEqual([...before.values()]);

    const result = await rescoreArticle(db, lead, { articleId, modelVersion: version });
    expect(result.modelVersion).toBe(version);
    expect(result.withVerdict).toBe(1);
    expect(result.rescored.length + result.unchanged + result.withVerdict).toBe(before.size);
    expect(result.rescored).toContain(marked.id);
    for (const c of listLiveClaims(db, articleId)) {
      const old = before.get(c.id)!;
      const events = claimHistory(db, c.id).filter((e) => e.kind === "rescored");
      if (c.id === verdict.id || !result.rescored.includes(c.id)) {
        expect(c).toEqual(old);
        expect(events).toHaveLength(0);
        continue;
      }
      expect(events).toHaveLength(1);
      expect(c.modelVersion).toBe(version);
      expect(c.version).toBe(old.version + 1);
      expect(c.score).toBeLessThan(old.score);
      expect(events[0].payload).toMatchObject({ modelVersion: { from: "cw-lr-5", to: version }, score: { from: old.score, to: c.score } });
      if (c.id === marked.id) expect(c.checkworthy).toBe(true); // a person's mark stays
    }
    // Rescoring again with the same model changes nothing.
    const again = await rescoreArticle(db, lead, { articleId, modelVersion: version });
    expect(again.rescored).toEqual([]);
    expect(again.unchanged).toBe(before.size - 1);
  });
});

describe("who set a claim's check-worthiness, as the desk's claim views say", () => {
  it("is the model for the split's claims and the desk once a person decides, until the scorer sets the mark again", async () => {
    const { db, editor, articleId, claim } = await setup();
    const listed = (id: number) => listLiveClaimViews(db, articleId).find((c) => c.id === id)!;
    expect(new Set(listLiveClaimViews(db, articleId).map((c) => c.checkworthySetBy))).toEqual(new Set(["model"]));

    const newsletter = claim("Sign up");
    expect(newsletter.checkworthy).toBe(false);
    expect(await setCheckworthy(db, editor, { claimId: newsletter.id, version: newsletter.version, checkworthy: true })).toMatchObject({ checkworthy: true, checkworthySetBy: "desk" });
    expect(listed(newsletter.id)).toMatchObject({ checkworthy: true, checkworthySetBy: "desk" });
    expect(await setCheckworthy(db, editor, { claimId: newsletter.id, version: newsletter.version + 1, checkworthy: false })).toMatchObject({ checkworthy: false, checkworthySetBy: "desk" });

    // Made from a selection, and trimmed to one: both the desk's.
    const divided = claim("Residents");
    await retireClaim(db, editor, { claimId: divided.id, version: divided.version });
    expect(await makeClaimFromSelection(db, editor, { articleId, start: divided.start, end: divided.end })).toMatchObject({ checkworthy: true, checkworthySetBy: "desk" });
    const minister = claim("The minister");
    const trimmed = await makeClaimFromSelection(db, editor, { articleId, start: minister.start, end: minister.start + "The minister resigned".length });
    expect(trimmed).toMatchObject({ id: minister.id, text: "The minister resigned", checkworthy: true, checkworthySetBy: "desk" });

    // Marked not check-worthy, then trimmed: the scorer turned the mark back on, so it is the model's.
    const unemployment = claim("Unemployment");
    await setCheckworthy(db, editor, { claimId: unemployment.id, version: unemployment.version, checkworthy: false });
    const end = unemployment.end - 1; // the full stop left out
    expect(await setClaimSpan(db, editor, { claimId: unemployment.id, version: unemployment.version + 1, start: unemployment.start, end })).toMatchObject({ checkworthy: true, checkworthySetBy: "model" });
    expect(listed(claim("The council").id).checkworthySetBy).toBe("model");
  });
});
