import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitCommand } from "@/cli/commands/split";
import { splitIntoClaims } from "@/lib/splitter";
import { runCommand } from "../support/cli";

const BODY =
  "President Nayib Bukele to Visit Argentina in September and Meet with President Javier Milei\n\n" +
  "By Eddie Galdamez  |  September 13, 2024\n" +
  "Milei visited El Salvador on June 1, when Bukele was sworn in and assumed a new term as president. Both leaders are friends.\n";

let dir = "";
let file = "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-split-"));
  file = path.join(dir, "article.txt");
  fs.writeFileSync(file, BODY, "utf8");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCommand(splitCommand, args);

describe("split command", () => {
  it("--json prints only a JSON array of claims on stdout", async () => {
    const { code, stdout, stderr } = await run([file, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const parsed = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(splitIntoClaims(BODY))));
    expect(parsed.length).toBe(4);
    for (const c of parsed) {
      expect(Object.keys(c)).toEqual(["text", "start", "end", "score", "checkworthy", "reasons"]);
      expect(BODY.slice(c.start as number, c.end as number)).toBe(c.text);
    }
    expect(parsed.filter((c) => c.checkworthy).map((c) => c.text)).toEqual([
      "Milei visited El Salvador on June 1, when Bukele was sworn in and assumed a new term as president.",
    ]);
  });

  it("accepts --language before or after the file", async () => {
    const a = await run(["--language", "es", file, "--json"]);
    const b = await run([file, "--json", "--language=es"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(JSON.stringify(splitIntoClaims(BODY, { language: "es" }))));
  });

  it("prints a readable table without --json", async () => {
    const { code, stdout } = await run([file]);
    expect(code).toBe(0);
    expect(stdout).toContain("Milei visited El Salvador on June 1");
    expect(stdout).toContain("4 sentence(s), 1 check-worthy");
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it("reports errors on stderr with a non-zero exit code and nothing on stdout", async () => {
    const missing = await run([path.join(dir, "nope.txt"), "--json"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/cannot read/);

    const noFile = await run(["--json"]);
    expect(noFile.code).toBe(2);
    expect(noFile.stdout).toBe("");
    expect(noFile.stderr).toMatch(/missing FILE/);

    const badLang = await run([file, "--language", "fr"]);
    expect(badLang.code).toBe(2);
    expect(badLang.stdout).toBe("");
    expect(badLang.stderr).toMatch(/--language/);

    const unknown = await run([file, "--verbose"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option/);
  });
});
