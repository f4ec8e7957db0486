/** The building blocks: selectors, canonical text, the Myers diff and the similarity measures. */
import { describe, expect, it } from "vitest";
import { canonicalText, describeAnchor, sameText } from "@/lib/anchoring";
import { diffRuns } from "@/lib/anchoring/myers";
import { contextSimilarity, levenshtein, quoteSimilarity, wordOverlap } from "@/lib/anchoring/similarity";
import { mulberry32 } from "@/lib/prng";

describe("describeAnchor", () => {
  const body = "A".repeat(40) + " The vote was 7 to 2. " + "B".repeat(40);
  it("gives the quote with 32 characters of context and the position", () => {
    const start = 41;
    const end = start + "The vote was 7 to 2.".length;
    const a = describeAnchor(body, start, end);
    expect(a.quote).toEqual({ type: "TextQuoteSelector", exact: "The vote was 7 to 2.", prefix: body.slice(9, 41), suffix: body.slice(end, end + 32) });
    expect(a.position).toEqual({ type: "TextPositionSelector", start, end });
  });
  it("has shorter context at the edges of the body", () => {
    expect(describeAnchor("Hello world.", 0, 5).quote).toMatchObject({ prefix: "", suffix: " world." });
  });
  it("never cuts a surrogate pair in the context", () => {
    const emoji = "😀".repeat(20); // 40 code units
    const b = `${emoji}X${emoji}`;
    const a = describeAnchor(b, 40, 41);
    expect(a.quote.prefix).toBe("😀".repeat(16));
    expect(a.quote.suffix).toBe("😀".repeat(16));
    const odd = `a${emoji}X${emoji}a`; // the 32-unit cut falls between two halves
    const o = describeAnchor(odd, 41, 42);
    expect(o.quote.prefix).toBe("😀".repeat(16));
    expect(o.quote.suffix).toBe("😀".repeat(16));
  });
  it("rejects spans outside the body", () => {
    expect(() => describeAnchor("abc", 2, 1)).toThrow(RangeError);
    expect(() => describeAnchor("abc", 0, 4)).toThrow(RangeError);
    expect(() => describeAnchor("abc", -1, 1)).toThrow(RangeError);
  });
});

describe("canonical text", () => {
  it.each([
    ["He said  “yes”.", 'He said"yes".'], // only a space between two words is kept
    ["It’s 9–5\u00a0work…", "It's 9-5 work..."],
    ["«Nunca», dijo.", '"Nunca",dijo.'],
    ["a — b", "a-b"],
    ["infor\u00admation", "information"],
    ["Bogota\u0301", "Bogotá"],
    ["donʼt", "don't"],
    ["  line\n\nbreaks\t", "line breaks"],
  ])("%j → %j", (input, expected) => {
    expect(canonicalText(input)).toBe(expected);
  });
  it("keeps case, accents, digits and word boundaries", () => {
    expect(sameText("The rate", "the rate")).toBe(false);
    expect(sameText("Bogotá", "Bogota")).toBe(false);
    expect(sameText("4.2%", "4.7%")).toBe(false);
    expect(sameText("rate cut", "ratecut")).toBe(false);
    expect(sameText("He said, 'no'.", "He said , ‘no’ .")).toBe(true);
  });
});

describe("diffRuns (Myers)", () => {
  const lcs = (a: number[], b: number[]) => {
    const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
    return dp[a.length][b.length];
  };
  it("finds a longest common subsequence, in order, on random sequences", () => {
    const r = mulberry32(7);
    for (let t = 0; t < 500; t++) {
      const alphabet = 1 + Math.floor(r() * 4);
      const a = Array.from({ length: Math.floor(r() * 16) }, () => Math.floor(r() * alphabet));
      const b = Array.from({ length: Math.floor(r() * 16) }, () => Math.floor(r() * alphabet));
      const runs = diffRuns(a, 0, a.length, b, 0, b.length, 100)!;
      let matched = 0;
      let pa = 0;
      let pb = 0;
      for (const run of runs) {
        expect(run.a).toBeGreaterThanOrEqual(pa);
        expect(run.b).toBeGreaterThanOrEqual(pb);
        for (let i = 0; i < run.length; i++) expect(a[run.a + i]).toBe(b[run.b + i]);
        pa = run.a + run.length;
        pb = run.b + run.length;
        matched += run.length;
      }
      expect(matched).toBe(lcs(a, b));
    }
  });
  it("gives up past the edit limit", () => {
    expect(diffRuns([1, 2, 3], 0, 3, [4, 5, 6], 0, 3, 5)).toBeNull();
    expect(diffRuns([1, 2, 3], 0, 3, [1, 5, 3], 0, 3, 2)).toEqual([{ a: 0, b: 0, length: 1 }, { a: 2, b: 2, length: 1 }]);
  });
});

describe("similarity", () => {
  it("levenshtein", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
  });
  it("quote similarity is 1 for equal text and falls with edits", () => {
    const q = "The vote was 7 to 2 on Tuesday.";
    expect(quoteSimilarity(q, q)).toBe(1);
    expect(quoteSimilarity(q, "The vote was 6 to 3 on Tuesday.")).toBeCloseTo(1 - 2 / q.length, 5);
    expect(quoteSimilarity(q, "Rain is forecast.")).toBeLessThan(0.4);
  });
  it("word overlap ignores order and case", () => {
    expect(wordOverlap("the council approved the plan", "The plan the council approved")).toBe(1);
    expect(wordOverlap("a b", "c d")).toBe(0);
  });
  it("context similarity compares the edge of the new context", () => {
    expect(contextSimilarity("said on", "xxxx said on", "prefix")).toBe(1);
    expect(contextSimilarity("said on", "said on xxxx", "suffix")).toBe(1);
    expect(contextSimilarity("", "", "prefix")).toBe(1);
  });
});
