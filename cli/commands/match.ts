/**
 * `match compare A B [--language-a en|es] [--language-b en|es] [--json]`
 * `match eval PATH... [--json] [--pairs FILE]`
 *
 * compare: what claim memory says of two claims (tier, score, reason and the slots that decide),
 * the same `compareClaims` the Checked-before panel uses. Languages default to detection.
 * eval: scores labelled pairs — JSON Lines files, or folders of them, in the format of
 * corpus/matching (one `{ id, lang, a, b, label }` a line; `kind`, `family` optional) — and prints
 * precision and recall of "same claim" per language group. A newsroom can measure the matcher on
 * its own pairs this way; `--pairs FILE` writes every pair's tier and reason for study.
 * Nothing is written to the database. Exit codes: 0 ok, 1 unreadable or invalid input, 2 usage.
 */
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { compareClaims, detectLanguage, type Comparison, type Language } from "@/lib/matching";
import { comparePairs, figuresOf, formatFigures, type LabelledPair } from "@/lib/matching/evaluate";

const USAGE =
  "usage: match compare A B [--language-a en|es] [--language-b en|es] [--json]\n" +
  "       match eval PATH... [--json] [--pairs FILE]   (PATH: a .jsonl file or a folder of them)";

const TIER_WORDS: Record<Comparison["tier"], string> = { same: "same claim", related: "related", different: "different" };

const pairLine = z.object({
  id: z.string().min(1, "id is empty"),
  lang: z.enum(["en", "es", "en-es", "es-en"], { error: 'lang must be "en", "es", "en-es" or "es-en"' }),
  a: z.string().trim().min(1, "a is empty"),
  b: z.string().trim().min(1, "b is empty"),
  label: z.enum(["same", "related", "different"], { error: 'label must be "same", "related" or "different"' }),
  kind: z.string().default(""),
  family: z.string().optional(),
  decisive: z.string().optional(),
});

class InputError extends Error {}

export async function matchCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "compare") return compare(rest);
    if (sub === "eval") return await evaluate(rest);
    if (sub === undefined || sub === "--help" || sub === "-h") {
      (sub === undefined ? process.stderr : process.stdout).write(USAGE + "\n");
      return sub === undefined ? 2 : 0;
    }
    return usageError(`unknown subcommand: ${sub}`);
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`match: ${err.message}\n`);
      return 1;
    }
    // parseArgs throws TypeErrors with a readable message for unknown or malformed options.
    if (err instanceof TypeError && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS")) return usageError(err.message);
    throw err;
  }
}

function usageError(message: string): number {
  process.stderr.write(`match: ${message}\n${USAGE}\n`);
  return 2;
}

function languageOption(value: string | undefined, name: string, text: string): Language {
  if (value === undefined) return detectLanguage(text) ?? "en";
  if (value !== "en" && value !== "es") throw new InputError(`--${name} must be "en" or "es" (got ${JSON.stringify(value)})`);
  return value;
}

function compare(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "language-a": { type: "string" }, "language-b": { type: "string" }, json: { type: "boolean" } },
  });
  if (positionals.length !== 2) return usageError(`compare needs two claims (got ${positionals.length})`);
  const [a, b] = positionals.map((p) => p.trim());
  if (!a || !b) return usageError("a claim is empty");
  const languageA = languageOption(values["language-a"], "language-a", a);
  const languageB = languageOption(values["language-b"], "language-b", b);
  const c = compareClaims(a, b, { languageA, languageB });
  if (values.json) {
    const slots = c.slots.map(({ slot, a, b, agrees }) => ({ slot, a, b, agrees }));
    process.stdout.write(JSON.stringify({ languageA, languageB, tier: c.tier, score: c.score, reason: c.reason, slots }, null, 2) + "\n");
    return 0;
  }
  const lines = [`${TIER_WORDS[c.tier]} (score ${c.score.toFixed(2)}; ${languageA} / ${languageB})`];
  if (c.reason) lines.push(`reason: ${c.reason}`);
  for (const s of c.slots) lines.push(`  ${s.agrees ? "agrees " : "differs"}  ${s.slot}: ${s.a || "—"} / ${s.b || "—"}`);
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

/** Every .jsonl file named, or inside a named folder (sorted by name), each line validated. */
async function readPairs(paths: string[]): Promise<LabelledPair[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => {
      throw new InputError(`cannot read ${p}: no such file or folder`);
    });
    if (!info.isDirectory()) files.push(p);
    else files.push(...(await readdir(p)).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(p, f)));
  }
  if (files.length === 0) throw new InputError(`no .jsonl files in ${paths.join(", ")}`);
  const pairs: LabelledPair[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const lines = (await readFile(file, "utf8")).split("\n");
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new InputError(`${where}: not a JSON object`);
      }
      const parsed = pairLine.safeParse(json);
      if (!parsed.success) throw new InputError(`${where}: ${parsed.error.issues.map((x) => x.message).join("; ")}`);
      if (seen.has(parsed.data.id)) throw new InputError(`${where}: id ${JSON.stringify(parsed.data.id)} repeats`);
      seen.add(parsed.data.id);
      pairs.push({ ...parsed.data, family: parsed.data.family ?? parsed.data.id });
    });
  }
  if (pairs.length === 0) throw new InputError(`no pairs in ${paths.join(", ")}`);
  return pairs;
}

async function evaluate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, pairs: { type: "string" } },
  });
  if (positionals.length === 0) return usageError("eval needs a .jsonl file or a folder");
  const pairs = await readPairs(positionals);
  const results = comparePairs(pairs);
  const figures = figuresOf(results);
  if (values.pairs) {
    const rows = results.map(({ pair, c }) => JSON.stringify({ id: pair.id, lang: pair.lang, label: pair.label, tier: c.tier, score: c.score, reason: c.reason }));
    await writeFile(values.pairs, rows.join("\n") + "\n", "utf8");
  }
  process.stdout.write(values.json ? JSON.stringify(figures, null, 2) + "\n" : formatFigures(`${pairs.length} pairs`, figures) + "\n");
  return 0;
}
