/**
 * `model train [--seed N] [--with-desk FILE] [--out FILE]`
 * `model train --with-desk --as EMAIL [--seed N] [--out FILE]`
 * `model eval [--model FILE] [--holdout-dir DIR] [--record [FILE]]`
 * `model cv [--seed N] [--l2 X] [--epochs N] [--min-articles N] [--min-dev-recall X] [--record [FILE]]`
 *
 * train: fits the check-worthiness model on the train split (protocol v5: the v1 train and test
 * splits, the `tr-`/`tr2-` articles and the spent holdouts, `hd-`, `h2-` and `h3-`) (plus desk labels: a JSON array of
 * `{ text, language, checkworthy, weight? }`), chooses its band and threshold on dev, and writes the
 * weights JSON (default lib/checkworthiness/model-v5.json). Same seed and data, same bytes.
 * `--with-desk` without a file reads the labels from the database (DATABASE_URL), by the desk's rule
 * (docs/checkworthiness.md, "On the desk"), as the lead EMAIL; without --out the model is then
 * trained by the same service as the Model page's Retrain and recorded in the database, where it
 * becomes the model in use; with --out it is written to that file and the database is not changed.
 * eval: prints the dev figures of a weights file, and with --holdout-dir those of a folder of unseen
 * articles (scored once: the holdout); --record writes them next to the model (default
 * lib/checkworthiness/model-v5.figures.json, keeping its cv and newAuthor blocks when the model is the
 * same), where
 * the test suite checks that the committed weights still reproduce them.
 * cv: 5-fold cross-validation by article over train + dev (lib/checkworthiness/cv.ts), mean ± sd per
 * language, and the new-author check (for each spent holdout, `hd-`, `h2-` and `h3-`: fitted without its
 * articles, scored on them); --record
 * stores them as the figures file's cv and newAuthor blocks.
 * Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadCorpus, loadHoldout } from "@/lib/checkworthiness/corpus";
import { corpusSentences, deskSentences, type DeskLabel } from "@/lib/checkworthiness/dataset";
import { evaluateArticles, formatFigures } from "@/lib/checkworthiness/evaluate";
import { crossValidate, formatCv, newAuthorCheck, SPENT_AUTHORS, type SpentAuthor } from "@/lib/checkworthiness/cv";
import { fitModel, MODEL_VERSION } from "@/lib/checkworthiness/fit";
import { CheckworthinessModel, type ModelFile } from "@/lib/checkworthiness/model";

export const MODEL_PATH = "lib/checkworthiness/model-v5.json";
export const FIGURES_PATH = "lib/checkworthiness/model-v5.figures.json";

const USAGE =
  "usage: model train [--seed N] [--with-desk FILE] [--out FILE]\n" +
  "       model train --with-desk --as EMAIL [--seed N] [--out FILE]   (labels from the database)\n" +
  "       model eval [--model FILE] [--holdout-dir DIR] [--record [FILE]]\n" +
  "       model cv [--seed N] [--l2 X] [--epochs N] [--min-articles N] [--min-dev-recall X] [--record [FILE]]";

type Options = Record<string, string>;

/** Options that may stand alone: their value is "" then. */
const BARE_ALLOWED = new Set(["with-desk", "record"]);

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

async function readFigures(file: string): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function evaluate(args: string[]): Promise<number> {
  const o = parseOptions(args, ["model", "record", "holdout-dir"]);
  if (typeof o === "string") return usageError(o);
  if (o["holdout-dir"] === "") return usageError("--holdout-dir needs a value");
  const file = JSON.parse(await readFile(o.model ?? MODEL_PATH, "utf8")) as ModelFile;
  const model = new CheckworthinessModel(file);
  const dev = evaluateArticles(loadCorpus(["dev"]), model);
  process.stdout.write(`${file.version}, threshold ${file.threshold}\n\n`);
  process.stdout.write(formatFigures("dev", dev));
  let holdout: ReturnType<typeof evaluateArticles> | undefined;
  if (o["holdout-dir"] !== undefined) {
    const articles = loadHoldout(path.resolve(o["holdout-dir"]));
    if (articles.length === 0) {
      process.stderr.write(`model eval: no articles in ${o["holdout-dir"]}\n`);
      return 1;
    }
    holdout = evaluateArticles(articles, model);
    process.stdout.write("\n" + formatFigures("holdout", holdout));
  }
  if (o.record !== undefined) {
    const out = o.record || FIGURES_PATH;
    const before = await readFigures(out);
    const same = before?.model === file.version && before?.threshold === file.threshold;
    const kept = same ? { ...(before?.cv ? { cv: before.cv } : {}), ...(before?.newAuthor ? { newAuthor: before.newAuthor } : {}) } : {};
    const figures = { model: file.version, threshold: file.threshold, dev, ...kept, ...(holdout ? { holdout } : {}) };
    await writeFile(out, JSON.stringify(figures, null, 2) + "\n", "utf8");
    process.stdout.write(`\nrecorded ${path.normalize(out)}\n`);
  }
  return 0;
}

async function cv(args: string[]): Promise<number> {
  const o = parseOptions(args, ["seed", "l2", "epochs", "min-articles", "min-dev-recall", "record"]);
  if (typeof o === "string") return usageError(o);
  const seed = o.seed === undefined ? 1 : Number(o.seed);
  const l2 = o.l2 === undefined ? undefined : Number(o.l2);
  const epochs = o.epochs === undefined ? undefined : Number(o.epochs);
  const minArticles = o["min-articles"] === undefined ? undefined : Number(o["min-articles"]);
  if (!Number.isInteger(seed) || seed < 0) return usageError(`--seed must be a non-negative integer (got ${o.seed})`);
  if (l2 !== undefined && !(l2 > 0)) return usageError(`--l2 must be a positive number (got ${o.l2})`);
  if (epochs !== undefined && !(Number.isInteger(epochs) && epochs > 0)) return usageError(`--epochs must be a positive integer (got ${o.epochs})`);
  if (minArticles !== undefined && !(Number.isInteger(minArticles) && minArticles > 0))
    return usageError(`--min-articles must be a positive integer (got ${o["min-articles"]})`);
  const minDevRecall = o["min-dev-recall"] === undefined ? undefined : Number(o["min-dev-recall"]);
  if (minDevRecall !== undefined && !(minDevRecall > 0 && minDevRecall <= 1))
    return usageError(`--min-dev-recall must be in (0, 1] (got ${o["min-dev-recall"]})`);
  const corpus = loadCorpus(["train", "dev"]);
  const fitOpts = { seed, ...(l2 ? { l2 } : {}), ...(epochs ? { epochs } : {}), ...(minArticles ? { minArticles } : {}), ...(minDevRecall ? { minDevRecall } : {}) };
  const result = crossValidate(corpus, fitOpts);
  process.stdout.write(formatCv(result));
  const newAuthor = newAuthorCheck(corpus, fitOpts);
  for (const prefix of Object.keys(newAuthor) as SpentAuthor[])
    process.stdout.write("\n" + formatFigures(`new author: ${SPENT_AUTHORS[prefix]} (fitted without ${prefix}, scored on ${prefix})`, newAuthor[prefix]));
  if (o.record !== undefined) {
    const out = o.record || FIGURES_PATH;
    const before = (await readFigures(out)) ?? {};
    const block = { folds: result.folds.length, ...fitOpts, ...result.summary };
    await writeFile(out, JSON.stringify({ model: MODEL_VERSION, ...before, cv: block, newAuthor }, null, 2) + "\n", "utf8");
    process.stdout.write(`recorded the cv block in ${path.normalize(out)}\n`);
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
  if (sub === "cv") return cv(rest);
  if (sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  return usageError(sub === undefined ? "missing subcommand" : `unknown subcommand: ${sub}`);
}
