import fs from "node:fs";
import path from "node:path";
import type { Language } from "@/lib/vocabulary";

/** The demo articles shipped with the project; metadata as printed in each text. */
export type DemoArticle = {
  file: string;
  title: string;
  byline: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  language: Language;
};

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    // The text carries no headline, byline or date of its own.
    file: "bukele-meets-milei.txt",
    title: "Bukele meets Milei",
    byline: null,
    publishedAt: null,
    sourceUrl: null,
    language: "en",
  },
  {
    file: "bukele-to-visit-argentina.txt",
    title: "President Nayib Bukele to Visit Argentina in September and Meet with President Javier Milei",
    byline: "Eddie Galdamez",
    publishedAt: "2024-09-13",
    sourceUrl: null,
    language: "en",
  },
];

export function readDemoArticleBody(article: DemoArticle): string {
  return fs.readFileSync(path.join(process.cwd(), "db", "seed", "articles", article.file), "utf8");
}
