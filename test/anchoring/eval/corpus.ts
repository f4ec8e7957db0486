/**
 * Loads the re-anchoring corpus (corpus/anchoring/articles, format in its README) and splits it
 * by article into dev and test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Language = "en" | "es";
export type Style = "wire" | "feature" | "live" | "explainer";

/** One gold sentence: its text, an optional hand-written rewording, and whether a line break follows it. */
export type Sentence = { text: string; alt?: string; lineBreak: boolean };

export type Article = {
  id: string;
  language: Language;
  style: Style;
  paragraphs: Sentence[][];
  /** Sentences on the same story that are not in the article (for insertions and replacements). */
  extras: string[];
};

export const CORPUS_DIR = path.join(__dirname, "../../../corpus/anchoring/articles");

export function parseArticle(source: string, file: string): Article {
  const header: Record<string, string> = {};
  const paragraphs: Sentence[][] = [];
  const extras: string[] = [];
  let current: Sentence[] = [];
  let inExtras = false;
  for (const raw of source.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.startsWith("@")) {
      const [key, ...rest] = line.slice(1).split(" ");
      if (key === "extra") inExtras = true;
      else header[key] = rest.join(" ").trim();
      continue;
    }
    if (inExtras) {
      if (line.trim()) extras.push(line.trim());
      continue;
    }
    if (!line.trim()) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
      continue;
    }
    const lineBreak = line.endsWith(" \\");
    const [text, alt] = (lineBreak ? line.slice(0, -2) : line).split(" || ");
    current.push({ text: text.trim(), alt: alt?.trim(), lineBreak });
  }
  if (current.length > 0) paragraphs.push(current);
  const { id, language, style } = header;
  if (!id || `${id}.txt` !== path.basename(file)) throw new Error(`${file}: @id must match the file name`);
  if (language !== "en" && language !== "es") throw new Error(`${file}: bad @language ${language}`);
  if (!["wire", "feature", "live", "explainer"].includes(style)) throw new Error(`${file}: bad @style ${style}`);
  if (extras.length < 3) throw new Error(`${file}: needs at least 3 @extra sentences`);
  return { id, language, style: style as Style, paragraphs, extras };
}

export function loadArticles(dir = CORPUS_DIR): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseArticle(readFileSync(path.join(dir, f), "utf8"), f));
}

/** FNV-1a, 32-bit: a stable hash for seeding and splitting. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const SPLIT_SEED = "anchoring-split-v1";

/**
 * dev / test by article: within each language, articles ordered by a seeded hash of their id,
 * the first half dev. Independent of file order; adding an article can move at most its neighbours.
 */
export function splitArticles(articles: Article[]): { dev: Article[]; test: Article[] } {
  const dev: Article[] = [];
  const test: Article[] = [];
  for (const language of ["en", "es"] as const) {
    const ranked = articles
      .filter((a) => a.language === language)
      .sort((a, b) => hash(SPLIT_SEED + a.id) - hash(SPLIT_SEED + b.id) || a.id.localeCompare(b.id));
    const half = Math.ceil(ranked.length / 2);
    dev.push(...ranked.slice(0, half));
    test.push(...ranked.slice(half));
  }
  return { dev, test };
}
