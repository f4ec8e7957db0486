import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { modelCommand } from "@/cli/commands/model";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-model-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  try {
    return { code: await modelCommand(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

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
});
