// TEMPORARY placeholder written by the lead so the build type-checks; helper-1 replaces this file.
import fs from "node:fs";
import { splitIntoClaims } from "@/lib/splitter";
export async function splitCommand(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) return 1;
  process.stdout.write(JSON.stringify(splitIntoClaims(fs.readFileSync(file, "utf8"))) + "\n");
  return 0;
}
