import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelCommand } from "@/cli/commands/model";
import { listLiveClaims } from "@/db/claims";
import { openDatabase } from "@/db/connection";
import { users } from "@/db/schema";
import { importArticle } from "@/services/articles";
import { matchArticle } from "@/services/matches";
import { CHECKWORTHINESS_MODEL_VERSION, CHECKWORTHY_THRESHOLD } from "@/lib/splitter";
import { setCheckworthy } from "@/services/spans";
import { runCommand } from "../support/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-model-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCommand(modelCommand, args);

describe("model command", () => {
  it("reports usage errors with exit code 2", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["fit"])).stderr).toMatch(/unknown subcommand/);
    expect((await run(["train", "--seed", "x"])).code).toBe(2);
    expect((await run(["train", "--verbose"])).stderr).toMatch(/unknown option/);
    expect((await run(["eval", "--model"])).code).toBe(2);
  });

  it("rejects a desk file that is not an array of labels", async () => {
    const bad = path.join(dir, "desk.json");
    fs.writeFileSync(bad, JSON.stringify([{ text: "x", language: "fr", checkworthy: true }]));
    const r = await run(["train", "--with-desk", bad, "--out", path.join(dir, "m.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/language/);
    expect(fs.existsSync(path.join(dir, "m.json"))).toBe(false);
  });

  it("scores a holdout folder once and records it as the holdout block, keeping the cv block", async () => {
    const holdout = path.join(dir, "holdout");
    fs.mkdirSync(holdout);
    const [first] = fs.readdirSync("corpus/checkworthiness/articles").filter((f) => f.startsWith("en-")).sort();
    fs.copyFileSync(path.join("corpus/checkworthiness/articles", first), path.join(holdout, first));
    const record = path.join(dir, "figures.json");
    fs.writeFileSync(record, JSON.stringify({ model: CHECKWORTHINESS_MODEL_VERSION, threshold: CHECKWORTHY_THRESHOLD, cv: { folds: 5 } }));
    const r = await run(["eval", "--holdout-dir", holdout, "--record", record]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^holdout$/m);
    const figures = JSON.parse(fs.readFileSync(record, "utf8"));
    expect(Object.keys(figures)).toEqual(["model", "threshold", "dev", "cv", "holdout"]);
    expect(figures.holdout.en.articles).toBe(1);
    expect(figures.holdout.es.articles).toBe(0);
    expect((await run(["eval", "--holdout-dir", path.join(dir, "none")])).code).toBe(1);
  });

  it("reads desk labels from the database with --with-desk and no file, as a lead", async () => {
    expect((await run(["train", "--with-desk"])).stderr).toMatch(/needs --as EMAIL/);
    expect((await run(["train", "--with-desk", path.join(dir, "x.json"), "--as", "lead@x"])).code).toBe(2);
    const file = path.join(dir, "desk.db");
    const db = openDatabase(file);
    const lead = db.insert(users).values({ email: "lead@test.local", name: "Leo", role: "lead", passwordHash: "x" }).returning({ id: users.id }).get().id;
    const actor = { id: lead, name: "Leo", role: "lead" as const };
    const { id } = await importArticle(db, actor, { kind: "text", fields: { title: "T", body: "Read our full coverage online today.", language: "en" } }, { matching: "wait" });
    const [claim] = listLiveClaims(db, id);
    await setCheckworthy(db, actor, { claimId: claim.id, version: claim.version, checkworthy: !claim.checkworthy });
    await matchArticle(db, id); // the mark starts matching in the background: let it finish first
    db.$client.close();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = file;
    try {
      const out = path.join(dir, "desk-model.json");
      const r = await run(["train", "--with-desk", "--as", "lead@test.local", "--out", out, "--seed", "2"]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/1 desk labels from the database \(0 held out\)/);
      expect(JSON.parse(fs.readFileSync(out, "utf8")).training.examples).toMatchObject({ deskEn: 1, deskEs: 0 });
      expect((await run(["train", "--with-desk", "--as", "nobody@test.local", "--out", out])).stderr).toMatch(/no active user/);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  }, 180_000);
});
