/**
 * Property-style checks on random and hostile input (seeded PRNG, so failures reproduce).
 */
import { describe, expect, it } from "vitest";
import {
  CHECKWORTHY_THRESHOLD,
  splitIntoClaims,
  splitSentences,
  type ClaimDraft,
  type SentenceSpan,
} from "@/lib/splitter";
import { blockPrefixAt } from "@/lib/splitter/line-prefix";
import { mulberry32 } from "@/lib/prng";

const prng = mulberry32; // the same generator the other benchmarks and tests use

// Pieces chosen to hit every rule: abbreviations, initials, numbers, quotes, ¿¡, ellipses, URLs,
// line breaks of every kind, odd whitespace, surrogate pairs (and lone halves), NUL, combining marks.
const PIECES = [
  "Dr.", "U.S.", "EE. UU.", "a.m.", "p.m.", "etc.", "Inc.", "Sr.", "Sra.", "núm.", "No.", "J.", "K.", "e.g.", "i.e.",
  "the", "The", "el", "El", "said", "dijo", "Milei", "Bukele", "gang", "3.5%", "74,000", "25.000", "$1.2", "€310",
  ".", ". ", "...", "…", "?", "!", "¿", "¡", "?!", ",", ";", ":", "“", "”", "\"", "'", "«", "»", "(", ")", "—", "-",
  " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\u00a0", "\u3000", "\ufeff", "\u200b",
  "example.com", "https://x.org/a.b", "forces.President", "La.Nacion.com", "😀", "🎉", "\ud800", "\udc00", "\0", "e\u0301",
  "SEE ALSO:", "By Eddie Galdamez |", "1.", "x", "Y", "é", "Ñ",
];

function randomText(r: () => number, maxPieces: number): string {
  const n = Math.floor(r() * maxPieces);
  let s = "";
  for (let i = 0; i < n; i++) {
    const p = PIECES[Math.floor(r() * PIECES.length)];
    s += p;
    if (r() < 0.6) s += " ";
  }
  return s;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const ALNUM = /[\p{L}\p{N}]/u;

function checkSpans(body: string, spans: SentenceSpan[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    if (body.slice(s.start, s.end) !== s.text) throw new Error(`offsets do not match text: ${JSON.stringify({ body, s })}`);
    if (s.text.length === 0) throw new Error(`empty span in ${JSON.stringify(body)}`);
    if (s.text !== s.text.trim()) throw new Error(`untrimmed span ${JSON.stringify(s.text)}`);
    if (s.start < prevEnd) throw new Error(`overlapping/unordered spans in ${JSON.stringify(body)}`);
    if (LINE_BREAK.test(s.text)) throw new Error(`span crosses a line break: ${JSON.stringify(s.text)}`);
    if (!ALNUM.test(s.text)) throw new Error(`span without letters or digits: ${JSON.stringify(s.text)}`);
    prevEnd = s.end;
  }
  // Coverage: every letter/digit of the body is inside some span (nothing meaningful is dropped),
  // except in a line's block prefix ("1. ", "Q: "), which the rule book keeps out of claims.
  const prefixes: Array<[number, number]> = [];
  for (const line of body.matchAll(/[^\n\r\u2028\u2029]*/g)) {
    const end = blockPrefixAt(body, line.index!).end;
    if (end > line.index!) prefixes.push([line.index!, end]);
  }
  const inPrefix = (at: number) => prefixes.some(([a, b]) => at >= a && at < b);
  let k = 0;
  for (const m of body.matchAll(/[\p{L}\p{N}]/gu)) {
    const at = m.index!;
    if (inPrefix(at)) continue;
    while (k < spans.length && spans[k].end <= at) k++;
    if (k >= spans.length || spans[k].start > at) {
      throw new Error(`character ${JSON.stringify(m[0])} at ${at} not covered in ${JSON.stringify(body)}`);
    }
  }
}

function checkClaims(body: string, claims: ClaimDraft[]): void {
  checkSpans(body, claims);
  for (const c of claims) {
    if (!(c.score >= 0 && c.score <= 1)) throw new Error(`score out of range: ${c.score}`);
    if (c.checkworthy !== c.score >= CHECKWORTHY_THRESHOLD) throw new Error(`checkworthy inconsistent: ${JSON.stringify(c)}`);
    for (const r of c.reasons) {
      if (typeof r.label !== "string" || r.label.length === 0 || !Number.isFinite(r.weight) || r.weight === 0) {
        throw new Error(`bad reason ${JSON.stringify(r)}`);
      }
    }
  }
}

describe("splitter properties on random text", () => {
  it("keeps offsets consistent, spans ordered, non-overlapping, non-empty, and covers every letter/digit", () => {
    const r = prng(12345);
    for (let i = 0; i < 1500; i++) {
      const body = randomText(r, 60);
      checkSpans(body, splitSentences(body));
      checkClaims(body, splitIntoClaims(body));
    }
  });

  it("splits line by line: the result equals splitting each line separately", () => {
    const r = prng(777);
    for (let i = 0; i < 500; i++) {
      const body = randomText(r, 80);
      const expected: SentenceSpan[] = [];
      const re = /[^\n\r\u2028\u2029]+/g;
      for (const m of body.matchAll(re)) {
        for (const s of splitSentences(m[0])) {
          expected.push({ text: s.text, start: s.start + m.index!, end: s.end + m.index! });
        }
      }
      expect(splitSentences(body)).toEqual(expected);
    }
  });

  it("only shifts offsets when text is prepended on its own line", () => {
    const r = prng(4242);
    for (let i = 0; i < 300; i++) {
      const body = randomText(r, 40);
      const prefix = "Headline line\n\n";
      const shifted = splitSentences(prefix + body).slice(1);
      expect(shifted).toEqual(
        splitSentences(body).map((s) => ({ text: s.text, start: s.start + prefix.length, end: s.end + prefix.length })),
      );
    }
  });
});

describe("hostile input never throws", () => {
  const inputs: Array<[string, string]> = [
    ["empty string", ""],
    ["only whitespace", "   \n\t \r\n \u00a0\u3000\ufeff \u2028 "],
    ["only punctuation", "... ?! ¿¡ “” «» — …\n***"],
    ["emoji / surrogate pairs", "😀🎉👍🏽 ".repeat(500) + "Fin. 🎉Next."],
    ["lone surrogates", "\ud800. \udfff? A\ud800B. Ok."],
    ["NUL characters", "\0\0\0. \0Hello\0. World.\0"],
    ["100k-char single line without punctuation", "a".repeat(100_000)],
    ["100k-char single line of words", "word ".repeat(20_000)],
    ["long run of periods", ".".repeat(100_000)],
    ["alternating glued capitals", "aB.Cd".repeat(20_000)],
    ["many abbreviations", "Dr. ".repeat(25_000)],
    ["many inverted questions", "¿a? ".repeat(25_000)],
    ["unbalanced inverted marks", "¿".repeat(50_000) + "?".repeat(50_000)],
    ["glued sentences", "aa.Bb ".repeat(16_000)],
    ["long URL", "https://example.com/" + "a.b/".repeat(20_000) + " End."],
  ];

  it.each(inputs)("%s", (_name, body) => {
    const t0 = performance.now();
    const spans = splitSentences(body);
    const claims = splitIntoClaims(body);
    const ms = performance.now() - t0;
    checkSpans(body, spans);
    checkClaims(body, claims);
    expect(claims.map((c) => c.text)).toEqual(spans.map((s) => s.text));
    // Linear-time guard: quadratic behaviour on these 100 kB inputs takes tens of seconds.
    expect(ms).toBeLessThan(5_000);
  });

  it("returns nothing for empty and blank input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitIntoClaims("")).toEqual([]);
    expect(splitSentences(" \n\t\r\n ")).toEqual([]);
    expect(splitIntoClaims(" \n\t\r\n ")).toEqual([]);
  });

  it("keeps a 100k-char line without terminators as one span", () => {
    const body = "a".repeat(100_000);
    expect(splitSentences(body)).toEqual([{ text: body, start: 0, end: body.length }]);
  });
});
