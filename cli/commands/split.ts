/**
 * `split FILE [--json] [--language en|es]`
 *
 * Splits a UTF-8 text file into sentence-level claim drafts and scores their check-worthiness.
 * With --json, stdout carries only the JSON array; otherwise a readable table. Errors go to stderr.
 * Exit codes: 0 ok, 1 file could not be read, 2 usage error.
 */
import { readFile } from "node:fs/promises";
import { splitIntoClaims, type ClaimDraft, type Language } from "@/lib/splitter";

const USAGE = "usage: split FILE [--json] [--language en|es]";

type Parsed = { file: string; json: boolean; language?: Language } | { error: string } | { help: true };

function parseArgs(args: string[]): Parsed {
  let file: string | undefined;
  let json = false;
  let language: Language | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") json = true;
    else if (a === "--help" || a === "-h") return { help: true };
    else if (a === "--language" || a === "--lang" || a.startsWith("--language=") || a.startsWith("--lang=")) {
      const eq = a.indexOf("=");
      const v = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (v !== "en" && v !== "es") return { error: `--language must be "en" or "es" (got ${v === undefined ? "nothing" : JSON.stringify(v)})` };
      language = v;
    } else if (a === "--") {
      if (i + 1 < args.length && file === undefined) file = args[++i];
      if (i + 1 < args.length) return { error: `unexpected argument: ${args[i + 1]}` };
    } else if (a.startsWith("-") && a !== "-") return { error: `unknown option: ${a}` };
    else if (file === undefined) file = a;
    else return { error: `unexpected argument: ${a}` };
  }
  if (file === undefined) return { error: "missing FILE" };
  return { file, json, language };
}

function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length <= max ? flat : flat.slice(0, max - 1) + "…";
}

function table(claims: ClaimDraft[]): string {
  const lines: string[] = [];
  const width = Math.max(3, String(claims.length).length);
  lines.push(`${"#".padStart(width)}  span          score  cw  text`);
  claims.forEach((c, i) => {
    const span = `${c.start}-${c.end}`.padEnd(12);
    lines.push(
      `${String(i + 1).padStart(width)}  ${span}  ${c.score.toFixed(2)}   ${c.checkworthy ? "✓" : "·"}  ${truncate(c.text, 100)}`,
    );
    if (c.reasons.length > 0) {
      const why = c.reasons.map((r) => `${r.label} (${r.weight > 0 ? "+" : ""}${r.weight})`).join(", ");
      lines.push(`${" ".repeat(width)}  ${" ".repeat(12)}  ${" ".repeat(10)}${why}`);
    }
  });
  const n = claims.filter((c) => c.checkworthy).length;
  lines.push("", `${claims.length} sentence(s), ${n} check-worthy`);
  return lines.join("\n") + "\n";
}

export async function splitCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if ("help" in parsed) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if ("error" in parsed) {
    process.stderr.write(`split: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  let body: string;
  try {
    body = parsed.file === "-" ? await readStdin() : await readFile(parsed.file, "utf8");
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`split: cannot read ${parsed.file}: ${msg}\n`);
    return 1;
  }
  const claims = splitIntoClaims(body, parsed.language ? { language: parsed.language } : undefined);
  if (parsed.json) {
    const out = claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      score: c.score,
      checkworthy: c.checkworthy,
      reasons: c.reasons,
    }));
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  } else {
    process.stdout.write(table(claims));
  }
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
