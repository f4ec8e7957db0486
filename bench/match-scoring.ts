/**
 * Claim-memory scoring benchmark: `npx tsx bench/index.ts match-scoring [--runs N] [--claims N] [--candidates N]`.
 *
 * The per-candidate cost of scoring a new article's claims against the candidates the FTS index
 * returns, new comparison vs old, timed in the same process, interleaved round-robin after a
 * warm-up (lexicons loaded, Snowball memo filled — a running server's state), median of ≥ 5 runs:
 *
 *   old similarity        similarity(newClaim, candidate): today's scoring (tokenises both texts)
 *   compare, cold         compareFrames(frame of the new claim, buildFrame(candidate)): the
 *                         candidate's frame built on every call, as when no frame is stored
 *   compare, stored       compareFrames with the candidate's frame already built (frames kept with
 *                         the stored claims, or claimFrame's cache): the per-candidate work left
 *
 * Claims are the texts of corpus/matching/pairs (real claim sentences, 45 % Spanish; the labels
 * are not read): --claims new claims (default 20, one article's worth), each scored against
 * --candidates others (default 50, an FTS page) drawn deterministically from the rest, in both
 * languages. Also reports the size of the FTS expressions (terms per claim, median and maximum)
 * for ftsQueryFor without and with { crossLingual: true } and the time to build them.
 *
 * The database side (the FTS query at 1M claims) is the search benchmark's; this one bounds the
 * scoring. Exit code 1 when "compare, cold" costs more than 2× "old similarity" per candidate.
 */
import { compareFrames, ftsQueryFor, similarity, type ClaimFrame, type Language } from "@/lib/matching";
import { loadPairs, languagesOf } from "@/lib/matching/evaluate";
import { buildFrame, claimFrame } from "@/lib/matching/frame";
import { mulberry32 } from "@/lib/prng";
import { median } from "./measure";

const MAX_RATIO = 2;

type Claim = { text: string; language: Language };

function parse(args: string[]) {
  const o = { runs: 7, claims: 20, candidates: 50, seed: 13 };
  for (let i = 0; i < args.length; i++) {
    const [a, v] = [args[i], args[i + 1]];
    if (a === "--runs" && v) (o.runs = Math.max(5, Number(v) || 7)), i++;
    else if (a === "--claims" && v) (o.claims = Math.max(1, Number(v) || 20)), i++;
    else if (a === "--candidates" && v) (o.candidates = Math.max(1, Number(v) || 50)), i++;
    else throw new Error(`benchMatchScoring: unknown option ${a}\nOptions: --runs N (≥5) --claims N --candidates N`);
  }
  return o;
}

function claims(): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const p of loadPairs()) {
    const { languageA, languageB } = languagesOf(p);
    for (const [text, language] of [[p.a, languageA], [p.b, languageB]] as const) {
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, language });
    }
  }
  return out;
}

function microseconds(ms: number, pairs: number): number {
  return (ms * 1000) / pairs;
}

export async function benchMatchScoring(args: string[]): Promise<number> {
  const o = parse(args);
  const pool = claims();
  const random = mulberry32(o.seed);
  const shuffled = [...pool].sort(() => random() - 0.5);
  const fresh = shuffled.slice(0, o.claims);
  const stored = shuffled.slice(o.claims);
  const work = fresh.map((claim) => ({
    claim,
    candidates: Array.from({ length: o.candidates }, () => stored[Math.floor(random() * stored.length)]!),
  }));
  const pairs = work.length * o.candidates;

  // warm-up: lexicons, Snowball memo, JIT — the state of a running server
  for (const c of pool) buildFrame(c.text, c.language);
  const storedFrames = new Map<string, ClaimFrame>(stored.map((c) => [c.text, claimFrame(c.text, c.language)]));

  const cases: Record<string, () => void> = {
    "old similarity": () => {
      for (const w of work) for (const c of w.candidates) similarity(w.claim.text, c.text);
    },
    "compare, cold": () => {
      for (const w of work) {
        const frame = claimFrame(w.claim.text, w.claim.language);
        for (const c of w.candidates) compareFrames(frame, buildFrame(c.text, c.language));
      }
    },
    "compare, stored": () => {
      for (const w of work) {
        const frame = claimFrame(w.claim.text, w.claim.language);
        for (const c of w.candidates) compareFrames(frame, storedFrames.get(c.text)!);
      }
    },
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const fn of Object.values(cases)) fn();
  for (let r = 0; r < o.runs; r++) {
    for (const [name, fn] of Object.entries(cases)) {
      const t = performance.now();
      fn();
      samples[name]!.push(performance.now() - t);
    }
  }
  const perPair = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, microseconds(median(v), pairs)]));
  const old = perPair["old similarity"]!;

  const terms = (cross: boolean) => fresh.map((c) => ftsQueryFor(c.text, c.language, { crossLingual: cross }).split(" OR ").filter(Boolean).length);
  const oldTerms = terms(false);
  const newTerms = terms(true);
  const timeTerms = (cross: boolean) => {
    const runs: number[] = [];
    for (let r = 0; r < o.runs; r++) {
      const t = performance.now();
      for (const c of fresh) ftsQueryFor(c.text, c.language, { crossLingual: cross });
      runs.push(performance.now() - t);
    }
    return microseconds(median(runs), fresh.length);
  };

  const lines = [
    `match scoring: ${o.claims} new claims × ${o.candidates} candidates = ${pairs} pairs per run, median of ${o.runs} runs (pool of ${pool.length} claims)`,
    "",
    "case               µs per candidate   × old",
    ...Object.entries(perPair).map(([k, v]) => `${k.padEnd(18)} ${v.toFixed(1).padStart(16)}   ${(v / old).toFixed(2).padStart(5)}`),
    "",
    "FTS expression     terms median   terms max   µs per claim",
    `ftsQueryFor        ${String(median(oldTerms)).padStart(12)}   ${String(Math.max(...oldTerms)).padStart(9)}   ${timeTerms(false).toFixed(1).padStart(12)}`,
    `  + crossLingual   ${String(median(newTerms)).padStart(12)}   ${String(Math.max(...newTerms)).padStart(9)}   ${timeTerms(true).toFixed(1).padStart(12)}`,
    `  ratio (terms)    ${(median(newTerms) / Math.max(1, median(oldTerms))).toFixed(2).padStart(12)}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  const ratio = perPair["compare, cold"]! / old;
  if (ratio > MAX_RATIO) {
    process.stderr.write(`compare (cold frames) costs ${ratio.toFixed(2)}× the old similarity per candidate (limit ${MAX_RATIO}×)\n`);
    return 1;
  }
  return 0;
}
