/**
 * Retraining on the desk: in the background with progress, one at a time, reproducible (same
 * labels and seed, same weights), recorded for good, and interrupted rows recognised.
 */
import { describe, expect, it } from "vitest";
import { listLiveClaims } from "@/db/claims";
import { findModel, insertTrainingModel, listModels, nextModelId, readModelWeights } from "@/db/models";
import { writeTransaction } from "@/db/transaction";
import type { Actor } from "@/services/actor";
import { activeModel, getModelOverview, getTraining, startRetrain, waitForTraining } from "@/services/checkworthiness";
import { setCheckworthy } from "@/services/spans";
import { testDb } from "../support/db";
import { deskWithArticle } from "./article-desk";

const QUICK = { epochs: 2 };
const withoutVersion = (weights: string) => {
  const { version: _version, ...rest } = JSON.parse(weights) as Record<string, unknown>;
  return JSON.stringify(rest);
};

describe("retraining with desk labels", () => {
  it("runs in the background with progress, refuses a second one, and records a reproducible model", async () => {
    const { db, editor, lead, articleId } = await deskWithArticle("T", "Subscribe to our newsletter for $5 a month.\nThe mayor resigned on Monday.");
    const promo = listLiveClaims(db, articleId)[0];
    await setCheckworthy(db, editor, { claimId: promo.id, version: promo.version, checkworthy: !promo.checkworthy });
    await setCheckworthy(db, editor, { claimId: promo.id, version: promo.version + 1, checkworthy: false });

    await expect(startRetrain(db, editor, {})).rejects.toThrow(/lead/);
    await expect(startRetrain(db, lead, { seed: -1 })).rejects.toThrow(/seed/);
    const started = await startRetrain(db, lead, { seed: 3 }, QUICK);
    expect(started).toMatchObject({ version: "cw-desk-1", status: "training", percent: 0, seed: 3, deskLabels: 1 });
    await expect(startRetrain(db, lead, {}, QUICK)).rejects.toThrow(/already running: cw-desk-1, started by Leo/);

    // The event loop stays free: other work runs between the slices, and progress moves.
    let ticks = 0;
    const seen = new Set<number>();
    let done = false;
    const job = waitForTraining(db, started.id).then(() => (done = true));
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      ticks++;
      seen.add(findModel(db, started.id)!.progress);
    }
    await job;
    expect(ticks).toBeGreaterThan(20);
    expect(seen.size).toBeGreaterThan(5);

    const ready = await getTraining(db, lead, { id: started.id });
    expect(ready).toMatchObject({ status: "ready", percent: 100, phase: "Ready", error: null });
    expect(ready.figures!.deskLabels).toMatchObject({ total: 1, used: 1, heldOut: 0, en: { checkworthy: 0, notCheckworthy: 1 } });
    for (const lang of ["en", "es"] as const) expect(ready.figures!.dev[lang].f1).toBeGreaterThan(0.5);
    expect(activeModel(db).version).toBe("cw-desk-1");
    const overview = await getModelOverview(db, lead);
    expect(overview.inUse).toMatchObject({ version: "cw-desk-1", shipped: false, trainedByName: "Leo" });
    expect(overview.training).toBeNull();

    // Same labels and seed: the same weights (only the version differs); another seed: others.
    const again = await startRetrain(db, lead, { seed: 3 }, QUICK);
    await waitForTraining(db, again.id);
    const other = await startRetrain(db, lead, { seed: 4 }, QUICK);
    await waitForTraining(db, other.id);
    const weights = [started.id, again.id, other.id].map((id) => withoutVersion(readModelWeights(db, id)!));
    expect(weights[1]).toBe(weights[0]);
    expect(weights[2]).not.toBe(weights[0]);
    expect(JSON.parse(readModelWeights(db, again.id)!).version).toBe("cw-desk-2");
    expect(listModels(db).map((m) => [m.version, m.status])).toEqual([
      ["cw-desk-3", "ready"],
      ["cw-desk-2", "ready"],
      ["cw-desk-1", "ready"],
    ]);
    expect(activeModel(db).version).toBe("cw-desk-3");

    // Finished models are history.
    const sqlite = db.$client;
    expect(() => sqlite.prepare("UPDATE checkworthiness_models SET status = 'failed' WHERE id = ?").run(started.id)).toThrow(/finished model cannot change/);
    expect(() => sqlite.prepare("DELETE FROM checkworthiness_models WHERE id = ?").run(started.id)).toThrow(/append-only/);
  }, 180_000);

  it("takes a training row whose heartbeat stopped for interrupted, and replaces it", async () => {
    const t = testDb();
    const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
    const long = new Date(Date.now() - 10 * 60_000);
    writeTransaction(t.db, (tx) => insertTrainingModel(tx, { id: nextModelId(tx), version: "cw-desk-1", seed: 1, deskLabels: 0, createdBy: t.leadId, at: long }));
    expect(() => t.db.$client.prepare("UPDATE checkworthiness_models SET version = 'x'").run()).toThrow(/cannot change/);
    expect((await getTraining(t.db, lead, { id: 1 })).status).toBe("interrupted");
    const next = await startRetrain(t.db, lead, {}, QUICK);
    expect(next.version).toBe("cw-desk-2");
    expect(findModel(t.db, 1)).toMatchObject({ status: "failed", error: expect.stringMatching(/Interrupted/) });
    await waitForTraining(t.db, next.id);
    expect((await getTraining(t.db, lead, { id: next.id })).status).toBe("ready");
  }, 180_000);
});
