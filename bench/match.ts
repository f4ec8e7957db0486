/**
 * Claim-memory matching at 1M claims: `npm run bench -- match [--db data/load.db] [--runs N] [--claims N]`.
 *
 * Times matching a new article's claims (default 40: half English, half Spanish) against the
 * load database (1M claims made by seed-load's generator, created when missing), two paths in
 * the same process, interleaved (the order alternates every run), median of ≥ 7 runs:
 *
 *   baseline   what services/matches does today per claim: ftsQueryFor(text, language) →
 *              matchCandidates (MATCH_CANDIDATES best bm25 within MATCH_WINDOW) →
 *              scoreCandidates (similarity on each candidate)
 *   new        ftsQueryFor(text, language, { crossLingual: true }) → the same matchCandidates →
 *              rankCandidates (compareFrames; every frame built anew on every run, candidates'
 *              and the new claim's, so no cache flatters it: the cost of claims never seen)
 *
 * The article's claims: sentences of corpus/matching/pairs (the dev pairs, real claim wording;
 * never the holdout) and claims in the generator's own pattern ("Unemployment rose 12% in 2019."),
 * which meet thousands of stored claims. Reports per path the median wall and CPU time for the
 * whole article, split into candidate retrieval and scoring, candidates per claim, and the ratio
 * new ÷ baseline; the target is ≤ 2×. Exit code 1 when the ratio of medians is above it.
 */
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/connection";
import { matchCandidates } from "@/db/matches";
import { ftsQueryFor, rankCandidates, type Language } from "@/lib/matching";
import { loadPairs } from "@/lib/matching/evaluate";
import { buildFrame } from "@/lib/matching/frame";
import { mulberry32 } from "@/lib/prng";
import { SUBJECTS, SUBJECTS_ES, VERBS, VERBS_ES } from "@/db/seed/load/rows";
import { MATCH_CANDIDATES, MATCH_WINDOW, scoreCandidates } from "@/services/matches/scoring";
import { ensureLoadDatabase, median } from "./timing";

const MAX_RATIO = 2;

type Claim = { id: number; articleId: number; text: string; language: Language };

function parse(args: string[]) {
  const o = { db: "data/load.db", runs: 9, claims: 40, seed: 29 };
  for (let i = 0; i < args.length; i++) {
    const [a, v] = [args[i], args[i + 1]];
    if (a === "--db" && v) (o.db = v), i++;
    else if (a === "--runs" && v) (o.runs = Math.max(7, Number(v) || 9)), i++;
    else if (a === "--claims" && v) (o.claims = Math.max(2, Number(v) || 40)), i++;
    else throw new Error(`benchMatch: unknown option ${a}\nOptions: --db FILE --runs N (≥7) --claims N`);
  }
  return o;
}

/** The new article: 70 % corpus sentences, 30 % generator-pattern claims; half of each Spanish. */
function articleClaims(n: number, seed: number): Claim[] {
  const next = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const corpus = loadPairs().filter((p) => p.lang === "en" || p.lang === "es");
  const byLang = (l: Language) => [...new Set(corpus.filter((p) => p.lang === l).map((p) => p.a))];
  const sentences = { en: byLang("en"), es: byLang("es") };
  const out: Claim[] = [];
  for (let k = 0; k < n; k++) {
    const language: Language = k % 2 === 0 ? "en" : "es";
    const generated = k % 10 >= 7;
    const text = !generated
      ? pick(sentences[language])
      : language === "es"
        ? `${pick(SUBJECTS_ES)} ${pick(VERBS_ES)} un ${1 + Math.floor(next() * 60)}% en ${2015 + Math.floor(next() * 10)}.`
        : `${pick(SUBJECTS)} ${pick(VERBS)} ${1 + Math.floor(next() * 60)}% in ${2015 + Math.floor(next() * 10)}.`;
    // a claim of an article that is not in the database: id and article id past every stored one
    out.push({ id: 1e12 + k, articleId: 1e12, text, language });
  }
  return out;
}

type Phase = { wall: number; cpu: number };
type RunResult = { total: Phase; retrieval: number; scoring: number; candidates: number; same: number; shown: number };

function now(): Phase {
  const c = process.cpuUsage();
  return { wall: performance.now(), cpu: (c.user + c.system) / 1000 };
}
const since = (p: Phase): Phase => {
  const n = now();
  return { wall: n.wall - p.wall, cpu: n.cpu - p.cpu };
};

export async function benchMatch(args: string[]): Promise<number> {
  const o = parse(args);
  const file = path.resolve(o.db);
  ensureLoadDatabase(file, 1_000_000);
  const db = openDatabase(file);
  try {
    const stored = db.$client.prepare("SELECT count(*) FROM claims").pluck().get() as number;
    const claims = articleClaims(o.claims, o.seed);

    const baseline = (): RunResult => {
      const start = now();
      let retrieval = 0, scoring = 0, candidates = 0, same = 0, shown = 0;
      for (const c of claims) {
        const t0 = performance.now();
        const terms = ftsQueryFor(c.text, c.language);
        const found = terms ? matchCandidates(db, c, terms, { limit: MATCH_CANDIDATES, window: MATCH_WINDOW }) : [];
        const t1 = performance.now();
        const kept = scoreCandidates(c.text, c.language, found);
        scoring += performance.now() - t1;
        retrieval += t1 - t0;
        candidates += found.length;
        shown += kept.length;
        same += kept.filter((m) => m.same).length;
      }
      return { total: since(start), retrieval, scoring, candidates, same, shown };
    };
    const fresh = (text: string, language: Language) => buildFrame(text, language);
    const proposed = (): RunResult => {
      const start = now();
      let retrieval = 0, scoring = 0, candidates = 0, same = 0, shown = 0;
      for (const c of claims) {
        const t0 = performance.now();
        const terms = ftsQueryFor(c.text, c.language, { crossLingual: true });
        const found = terms ? matchCandidates(db, c, terms, { limit: MATCH_CANDIDATES, window: MATCH_WINDOW }) : [];
        const t1 = performance.now();
        const kept = rankCandidates(c.text, c.language, found, { frameOf: fresh });
        scoring += performance.now() - t1;
        retrieval += t1 - t0;
        candidates += found.length;
        shown += kept.length;
        same += kept.filter((m) => m.comparison.tier === "same").length;
      }
      return { total: since(start), retrieval, scoring, candidates, same, shown };
    };

    // warm-up: lexicons, Snowball memo, SQLite page cache (a running server's state)
    baseline();
    proposed();
    const runs: { base: RunResult; next: RunResult }[] = [];
    for (let i = 0; i < o.runs; i++) {
      if (i % 2 === 0) {
        const base = baseline();
        runs.push({ base, next: proposed() });
      } else {
        const next = proposed();
        runs.push({ base: baseline(), next });
      }
    }
    const med = (f: (r: { base: RunResult; next: RunResult }) => number) => median(runs.map(f));
    const row = (name: string, pick: (r: { base: RunResult; next: RunResult }) => RunResult) => {
      const r = pick(runs[0]!);
      return `${name.padEnd(10)} ${med((x) => pick(x).total.wall).toFixed(1).padStart(8)} ${med((x) => pick(x).total.cpu).toFixed(1).padStart(8)} ${med((x) => pick(x).retrieval).toFixed(1).padStart(10)} ${med((x) => pick(x).scoring).toFixed(1).padStart(8)} ${(r.candidates / claims.length).toFixed(1).padStart(11)} ${String(r.shown).padStart(6)} ${String(r.same).padStart(5)}`;
    };
    const ratio = med((x) => x.next.total.wall) / med((x) => x.base.total.wall);
    const cpuRatio = med((x) => x.next.total.cpu) / med((x) => x.base.total.cpu);
    const lines = [
      `Matching benchmark — ${file}: ${stored.toLocaleString("en-US")} stored claims; a new article of ${claims.length} claims (${claims.filter((c) => c.language === "es").length} Spanish)`,
      `${o.runs} interleaved runs after a warm-up; ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
      "",
      `path       ${"wall ms".padStart(8)} ${"cpu ms".padStart(8)} ${"retrieval".padStart(10)} ${"scoring".padStart(8)} ${"cand/claim".padStart(11)} ${"shown".padStart(6)} ${"same".padStart(5)}`,
      row("baseline", (x) => x.base),
      row("new", (x) => x.next),
      "",
      `ratio new ÷ baseline (medians of the article): wall ${ratio.toFixed(2)}×, cpu ${cpuRatio.toFixed(2)}× — target ≤ ${MAX_RATIO}×: ${ratio <= MAX_RATIO ? "met" : "NOT met"}`,
      `per claim: baseline ${(med((x) => x.base.total.wall) / claims.length).toFixed(2)} ms, new ${(med((x) => x.next.total.wall) / claims.length).toFixed(2)} ms`,
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return ratio <= MAX_RATIO ? 0 : 1;
  } finally {
    db.$client.close();
  }
}
