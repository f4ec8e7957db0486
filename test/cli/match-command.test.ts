import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { matchCommand } from "@/cli/commands/match";
import { compareClaims } from "@/lib/matching";
import { comparePairs, figuresOf, languagesOf, type LabelledPair } from "@/lib/matching/evaluate";
import { runCommand } from "../support/cli";

const run = (args: string[]) => runCommand(matchCommand, args);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-match-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAIRS: LabelledPair[] = [
  { id: "t-1", family: "f1", lang: "en", a: "Flu cases in Texas doubled in March.", b: "Flu cases in Texas doubled in March.", label: "same", kind: "reword" },
  { id: "t-2", family: "f1", lang: "en", a: "Flu cases in Texas doubled in March.", b: "Flu cases in Ohio doubled in March.", label: "related", kind: "place" },
  { id: "t-3", family: "f2", lang: "es", a: "El Banco Central subió la tasa al 5 %.", b: "El Banco Central bajó la tasa al 5 %.", label: "related", kind: "polarity" },
  { id: "t-4", family: "f2", lang: "en-es", a: "The central bank raised the rate to 5%.", b: "El Banco Central subió la tasa al 5 %.", label: "same", kind: "translation" },
  { id: "t-5", family: "f3", lang: "es-en", a: "Se registraron 74.000 detenciones.", b: "The museum reopened on Sunday.", label: "different", kind: "unrelated" },
];

function writePairs(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join("\n") + "\n", "utf8");
  return file;
}

describe("match compare", () => {
  it("names a one-word flip as related, with its reason and the slot that differs", async () => {
    const { code, stdout } = await run(["compare", PAIRS[1].a, PAIRS[1].b]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^related \(score [\d.]+; en \/ en\)/);
    expect(stdout).toContain("reason: different place: Texas / Ohio");
    expect(stdout).toMatch(/differs\s+place: Texas \/ Ohio/);
  });

  it("--json gives what compareClaims says, with the languages used", async () => {
    const { code, stdout } = await run(["compare", PAIRS[3].a, PAIRS[3].b, "--language-a", "en", "--language-b", "es", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const c = compareClaims(PAIRS[3].a, PAIRS[3].b, { languageA: "en", languageB: "es" });
    expect(out).toMatchObject({ languageA: "en", languageB: "es", tier: c.tier, score: c.score, reason: c.reason });
    expect(out.slots).toEqual(c.slots.map(({ slot, a, b, agrees }) => ({ slot, a, b, agrees })));
  });

  it("refuses a bad language, a missing claim and an unknown option", async () => {
    const bad = await run(["compare", "a b c", "d e f", "--language-a", "fr"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--language-a must be "en" or "es"');
    expect((await run(["compare", "only one"])).code).toBe(2);
    expect((await run(["compare", "a", "b", "--bogus"])).code).toBe(2);
    expect((await run(["frobnicate"])).stderr).toContain("unknown subcommand");
  });
});

describe("match eval", () => {
  it("scores a folder of pairs as the evaluation code does, and writes every pair's tier", async () => {
    writePairs("set/a.jsonl", PAIRS.slice(0, 3).map((p) => JSON.stringify(p)));
    writePairs("set/b.jsonl", ["", ...PAIRS.slice(3).map((p) => JSON.stringify(p))]);
    writePairs("set/notes.txt", ["not pairs"]);
    const out = path.join(dir, "tiers.jsonl");
    const { code, stdout, stderr } = await run(["eval", path.join(dir, "set"), "--json", "--pairs", out]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const expected = comparePairs(PAIRS, (p) => compareClaims(p.a, p.b, languagesOf(p)));
    expect(JSON.parse(stdout)).toEqual(figuresOf(expected));
    const rows = fs.readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.id, r.tier])).toEqual(expected.map(({ pair, c }) => [pair.id, c.tier]));
  });

  it("prints the per-group table by default", async () => {
    const file = writePairs("one.jsonl", PAIRS.map((p) => JSON.stringify(p)));
    const { code, stdout } = await run(["eval", file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^5 pairs\ngroup\s+pairs/);
    expect(stdout).toMatch(/within a language \(en \+ es\): precision/);
  });

  it("names the file and line of a bad pair, and writes nothing", async () => {
    const out = path.join(dir, "never.jsonl");
    const cases: [string[], RegExp][] = [
      [["{not json"], /bad1\.jsonl:1: not a JSON object/],
      [[JSON.stringify(PAIRS[0]), JSON.stringify({ ...PAIRS[1], label: "maybe" })], /bad2\.jsonl:2: label must be/],
      [[JSON.stringify({ ...PAIRS[0], b: "  " })], /bad3\.jsonl:1: b is empty/],
      [[JSON.stringify(PAIRS[0]), JSON.stringify(PAIRS[0])], /bad4\.jsonl:2: id "t-1" repeats/],
    ];
    for (const [i, [lines, message]] of cases.entries()) {
      const file = writePairs(`bad${i + 1}.jsonl`, lines);
      const { code, stderr } = await run(["eval", file, "--pairs", out]);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
    }
    expect(fs.existsSync(out)).toBe(false);
    fs.mkdirSync(path.join(dir, "empty"));
    expect((await run(["eval", path.join(dir, "empty")])).stderr).toContain("no .jsonl files");
    expect((await run(["eval", path.join(dir, "missing")])).stderr).toContain("no such file or folder");
    expect((await run(["eval"])).code).toBe(2);
  });
});
