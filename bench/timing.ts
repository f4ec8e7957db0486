import fs from "node:fs";
import { seedLoad } from "@/cli/commands/seed-load";

export { median, timeSync, type Timing } from "./measure";

/** The synthetic benchmark database, made with seed-load the first time it is needed. */
export function ensureLoadDatabase(file: string, claims: number): void {
  if (fs.existsSync(file)) return;
  process.stderr.write(`${file} is missing: creating it with seed-load --claims ${claims}\n`);
  seedLoad({ claims, db: file });
}
