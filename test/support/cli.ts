import { vi } from "vitest";

export type CommandRun = { code: number; stdout: string; stderr: string };

/** Runs a CLI command function with stdout and stderr captured (the command writes with process.*.write). */
export async function runCommand(command: (args: string[]) => Promise<number>, args: string[]): Promise<CommandRun> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  try {
    return { code: await command(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
