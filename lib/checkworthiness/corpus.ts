/**
 * Loads the annotated check-worthiness corpus from disk, filtered by split (protocol v5: train and
 * dev, `lib/evaluation/split.ts`). Callers name the splits they want; the split is decided from the
 * file name (the article id) before the file is opened. A holdout folder of unseen articles is
 * read whole, by `loadHoldout`, only when a figure on it is recorded.
 */
import fs from "node:fs";
import path from "node:path";
import { checkworthinessSplit, type CheckworthinessSplit } from "../evaluation/split";
import { parseAnnotatedArticle, type AnnotatedArticle } from "./corpus-format";

/** Read at run time (the app retrains with it), so a deployment keeps this folder beside the build. */
export const CORPUS_DIR = path.resolve(process.cwd(), "corpus/checkworthiness/articles");
/**
 * Holdout 4: unseen articles by another author, scored once (`model eval --holdout-dir`); absent
 * until then. (The earlier holdouts, `hd-…`, `h2-…` and `h3-…`, are spent and now train.)
 */
export const HOLDOUT_DIR = path.resolve(process.cwd(), "corpus/checkworthiness/holdout-4");

export type CorpusSplit = CheckworthinessSplit | "holdout";
export type CorpusArticle = AnnotatedArticle & { split: CorpusSplit };

/** Articles of the given splits, sorted by id (file order never matters). */
export function loadCorpus(splits: readonly CheckworthinessSplit[], dir: string = CORPUS_DIR): CorpusArticle[] {
  return corpusFiles(splits, dir).map((f) => readCorpusArticle(f, dir));
}

/** Every article of a holdout folder, sorted by id; none when the folder does not exist. */
export function loadHoldout(dir: string = HOLDOUT_DIR): CorpusArticle[] {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return txtFiles(dir).map((file) => readCorpusArticle({ file, split: "holdout" }, dir));
}

export type CorpusFile = { file: string; split: CorpusSplit };

const txtFiles = (dir: string): string[] =>
  fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();

/** The files of the given splits, sorted; the split is decided from the name, before any file is read. */
export function corpusFiles(splits: readonly CheckworthinessSplit[], dir: string = CORPUS_DIR): CorpusFile[] {
  const wanted = new Set<CorpusSplit>(splits);
  return txtFiles(dir)
    .map((file) => ({ file, split: checkworthinessSplit(file.slice(0, -4)) as CorpusSplit }))
    .filter((f) => wanted.has(f.split));
}

export function readCorpusArticle({ file, split }: CorpusFile, dir: string = CORPUS_DIR): CorpusArticle {
  const article = parseAnnotatedArticle(fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, file), "utf8"), file);
  if (article.id !== file.slice(0, -4)) throw new Error(`${file}: @id ${article.id} does not match the file name`);
  return { ...article, split };
}
