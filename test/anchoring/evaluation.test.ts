/**
 * The re-anchoring evaluation (test/anchoring/eval, docs/anchoring.md): the corpus is what the
 * docs say it is, every gold sentence is what the splitter finds, and the dev and test figures
 * reported in docs/anchoring.md (test/anchoring/eval/figures.json) are reproduced exactly.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/splitter";
import { loadArticles, splitArticles } from "./eval/corpus";
import { figuresOf, type Figures } from "./eval/figures";
import { SCRIPTS, versionPairs } from "./eval/scripts";

const articles = loadArticles();
const { dev, test } = splitArticles(articles);
const reported = JSON.parse(readFileSync(path.join(__dirname, "eval/figures.json"), "utf8")) as { dev: Figures; test: Figures };

describe("re-anchoring evaluation corpus", () => {
  it("has at least 40 articles, half English and half Spanish, in several styles", () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    const en = articles.filter((a) => a.language === "en").length;
    expect(en).toBe(articles.length - en);
    expect(new Set(articles.map((a) => a.style)).size).toBeGreaterThanOrEqual(4);
  });

  it("splits by article: dev and test are disjoint and each holds both languages", () => {
    const devIds = new Set(dev.map((a) => a.id));
    expect(test.some((a) => devIds.has(a.id))).toBe(false);
    expect(dev.length + test.length).toBe(articles.length);
    for (const side of [dev, test]) expect(new Set(side.map((a) => a.language))).toEqual(new Set(["en", "es"]));
  });

  it("every version pair's gold sentences are the splitter's sentences, old and new", () => {
    const pairs = versionPairs(articles);
    expect(pairs).toHaveLength(articles.length * SCRIPTS.length);
    for (const p of pairs) {
      const where = `${p.article}/${p.script}`;
      expect(splitSentences(p.oldBody).map((s) => [s.start, s.end]), where).toEqual(p.claims.map((c) => [c.start, c.end]));
      const now = new Set(splitSentences(p.newBody).map((s) => `${s.start}:${s.end}`));
      for (const t of p.truth) if (t.outcome === "changed") expect(now.has(`${t.start}:${t.end}`), where).toBe(true);
      for (const a of p.added) expect(now.has(`${a.start}:${a.end}`), where).toBe(true);
    }
  });
});

describe("re-anchoring evaluation figures (docs/anchoring.md)", () => {
  it("reproduces the dev figures", () => {
    expect(figuresOf(dev)).toEqual(reported.dev);
  });
  it("reproduces the test figures", () => {
    expect(figuresOf(test)).toEqual(reported.test);
  });
});
