/**
 * Loads the annotated check-worthiness corpus from disk, filtered by split. Callers name the splits
 * they want, so training and exploration code never reads a test article by accident: the split is
 * decided from the file name (the article id) before the file is opened.
 */
import fs from "node:fs";
import path from "node:path";
import { checkworthinessSplit, type SplitName } from "../evaluation/split";
import { parseAnnotatedArticle, type AnnotatedArticle } from "./corpus-format";

/** Read at run time (the app retrains with it), so a deployment keeps this folder beside the build. */
export const CORPUS_DIR = path.resolve(process.cwd(), "corpus/checkworthiness/articles");

export type CorpusArticle = AnnotatedArticle & { split: SplitName };

/** Articles of the given splits, sorted by id (file order never matters). */
export function loadCorpus(splits: readonly SplitName[], dir: string = CORPUS_DIR): CorpusArticle[] {
  return corpusFiles(splits, dir).map((f) => readCorpusArticle(f, dir));
}

export type CorpusFile = { file: string; split: SplitName };

/** The files of the given splits, sorted; the split is decided from the name, before any file is read. */
export function corpusFiles(splits: readonly SplitName[], dir: string = CORPUS_DIR): CorpusFile[] {
  const wanted = new Set(splits);
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, split: checkworthinessSplit(file.slice(0, -4)) }))
    .filter((f) => wanted.has(f.split));
}

export function readCorpusArticle({ file, split }: CorpusFile, dir: string = CORPUS_DIR): CorpusArticle {
  const article = parseAnnotatedArticle(fs.readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, file), "utf8"), file);
  if (article.id !== file.slice(0, -4)) throw new Error(`${file}: @id ${article.id} does not match the file name`);
  return { ...article, split };
}
