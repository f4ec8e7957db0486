/**
 * `model train [--seed N] [--with-desk FILE] [--out FILE]`
 * `model train --with-desk --as EMAIL [--seed N] [--out FILE]`
 * `model eval [--model FILE] [--record FILE]`
 *
 * train: fits the check-worthiness model on the train split (plus desk labels: a JSON array of
 * `{ text, language, checkworthy, weight? }`), chooses its band and threshold on dev, and writes the
 * weights JSON (default lib/checkworthiness/model-v1.json). Same seed and data, same bytes.
 * `--with-desk` without a file reads the labels from the database (DATABASE_URL), by the desk's rule
 * (docs/checkworthiness.md, "On the desk"), as the lead EMAIL; without --out the model is then
 * trained by the same service as the Model page's Retrain and recorded in the database, where it
 * becomes the model in use; with --out it is written to that file and the database is not changed.
 * eval: prints the dev and test figures of a weights file; --record writes them next to the model,
 * where the test suite checks that the committed weights still reproduce them.
 * Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadCorpus } from "@/lib/checkworthiness/corpus";
import { corpusSentences, deskSentences, type DeskLabel } from "@/lib/checkworthiness/dataset";
import { evaluateArticles, formatFigures } from "@/lib/checkworthiness/evaluate";
import { fitModel } from "@/lib/checkworthiness/fit";
import { CheckworthinessModel, type ModelFile } from "@/lib/checkworthiness/model";

export const MODEL_PATH = "lib/checkworthiness/model-v1.json";
export const FIGURES_PATH = "lib/checkworthiness/model-v1.figures.json";

const USAGE =
  "usage: model train [--seed N] [--with-desk FILE] [--out FILE]\n" +
  "       model train --with-desk --as EMAIL [--seed N] [--out FILE]   (labels from the database)\n" +
  "       model eval [--model FILE] [--record FILE]";

type Options = Record<string, string>;

/** Options that may stand alone: their value is "" then. */
const BARE_ALLOWED = new Set(["with-desk"]);

function parseOptions(args: string[], allowed: readonly string[]): Options | string {
  const out: Options = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!a.startsWith("--") || !allowed.includes(name)) return `unknown option: ${a}`;
    const bare = eq < 0 && BARE_ALLOWED.has(name) && (i + 1 >= args.length || args[i + 1].startsWith("--"));
    const value = bare ? "" : eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined) return `${a} needs a value`;
    out[name] = value;
  }
  return out;
}

/**
 * The model file as it is written: readable where it is small (settings, training, named weights,
 * one per line), compact where it is large (the hashed weights, one line per array).
 */
export function serialiseModel(file: ModelFile): string {
  const stage = (s: ModelFile["fast"]) =>
    `{\n    "bias": ${s.bias},\n    "named": ${JSON.stringify(s.named, null, 1).replace(/\n/g, "\n    ")},\n` +
    `    "hashed": {\n      "gaps": ${JSON.stringify(s.hashed.gaps)},\n      "weights": ${JSON.stringify(s.hashed.weights)}\n    }\n  }`;
  const { fast, full, ...rest } = file;
  const head = JSON.stringify(rest, null, 2).slice(0, -2);
  return `${head},\n  "fast": ${stage(fast)},\n  "full": ${stage(full)}\n}\n`;
}

async function train(args: string[]): Promise<number> {
  const o = parseOptions(args, ["seed", "with-desk", "out", "as"]);
  if (typeof o === "string") return usageError(o);
  const seed = o.seed === undefined ? 1 : Number(o.seed);
  if (!Number.isInteger(seed) || seed < 0) return usageError(`--seed must be a non-negative integer (got ${o.seed})`);
  if (o["with-desk"] === "") return (await import("./model-desk")).trainFromDatabase({ as: o.as, out: o.out, seed });
  if (o.as !== undefined) return usageError("--as goes with --with-desk and no file (labels from the database)");
  const trainSet = corpusSentences(loadCorpus(["train"]));
  if (o["with-desk"]) {
    let labels: DeskLabel[];
    try {
      labels = JSON.parse(await readFile(o["with-desk"], "utf8")) as DeskLabel[];
      if (!Array.isArray(labels)) throw new Error("not a JSON array");
      trainSet.push(...deskSentences(labels));
    } catch (err) {
      process.stderr.write(`model train: --with-desk ${o["with-desk"]}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  }
  const file = fitModel(trainSet, corpusSentences(loadCorpus(["dev"])), { seed });
  const out = o.out ?? MODEL_PATH;
  await writeFile(out, serialiseModel(file), "utf8");
  process.stdout.write(
    `wrote ${out}: ${file.version}, seed ${seed}, ${trainSet.length} training sentences, ` +
      `threshold ${file.threshold}, band [${file.band.join(", ")}], ` +
      `${file.fast.hashed.weights.length} + ${file.full.hashed.weights.length} n-gram weights\n`,
  );
  return 0;
}

async function evaluate(args: string[]): Promise<number> {
  const o = parseOptions(args, ["model", "record"]);
  if (typeof o === "string") return usageError(o);
  const file = JSON.parse(await readFile(o.model ?? MODEL_PATH, "utf8")) as ModelFile;
  const model = new CheckworthinessModel(file);
  const dev = evaluateArticles(loadCorpus(["dev"]), model);
  const test = evaluateArticles(loadCorpus(["test"]), model);
  process.stdout.write(`${file.version}, threshold ${file.threshold}\n\n`);
  process.stdout.write(formatFigures("dev", dev) + "\n" + formatFigures("test", test));
  if (o.record) {
    const figures = { model: file.version, threshold: file.threshold, dev, test };
    await writeFile(o.record, JSON.stringify(figures, null, 2) + "\n", "utf8");
    process.stdout.write(`\nrecorded ${path.normalize(o.record)}\n`);
  }
  return 0;
}

function usageError(message: string): number {
  process.stderr.write(`model: ${message}\n${USAGE}\n`);
  return 2;
}

export async function modelCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "train") return train(rest);
  if (sub === "eval") return evaluate(rest);
  if (sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  return usageError(sub === undefined ? "missing subcommand" : `unknown subcommand: ${sub}`);
}
