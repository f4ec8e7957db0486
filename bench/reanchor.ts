/**
 * Re-anchoring benchmark: `npm run bench -- reanchor [--runs N] [--seed S]`.
 *
 *   article    a ~50 KB article (EN/ES mix) with 300 sentence claims, after 20 random edits of
 *              every kind the property test uses (words inserted, deleted, replaced; paragraphs
 *              moved, inserted, deleted; sentences inserted, deleted; whitespace; quote style).
 *              Target: median ≤ 50 ms.
 *   live-top   a 1,000-entry live blog (a claim per sentence, time lines included) with one new
 *              entry on top, as live blogs run. Target: median ≤ 20 ms.
 *   live-end   the same blog with the new entry at the bottom.
 *
 * Documents are generated from a seeded PRNG (lib/prng.ts), so every run times the same inputs.
 * Prints median, min and max wall time and median CPU time (bench/timing.ts) and what each run
 * placed; exit code 1 when a median misses its target.
 */
import { reanchor, type ClaimSpan, type ReanchorResult } from "@/lib/anchoring";
import { mulberry32 } from "@/lib/prng";
import { splitSentences } from "@/lib/splitter";
import { applyEdit, EDIT_KINDS, randomDoc, randomUnit, render, renderUnit, type Doc } from "@/test/anchoring/random-docs";
import { timeSync, type Timing } from "./timing";

type Scenario = { name: string; oldBody: string; newBody: string; claims: ClaimSpan<number>[]; targetMs: number };

function claimsOf(body: string): ClaimSpan<number>[] {
  return splitSentences(body).map((s, i) => ({ id: i, start: s.start, end: s.end, text: s.text }));
}

/** 300 sentences of 16–43 words (~170 characters on average) in paragraphs of 2–6: ~50 KB. */
export function articleScenario(seed: number): Scenario {
  const r = mulberry32(seed);
  const ids = { n: 0 };
  let doc: Doc = { paragraphs: [], sentenceGap: [], paragraphGap: [] };
  // Paragraphs until the splitter finds 300 sentences (generated text is not checked sentence by sentence).
  while (claimsOf(render(doc).body).length < 300) {
    const part = randomDoc(r, ids, { paragraphs: [1, 1], sentences: [2, 6], words: [16, 43], exact: false });
    doc = {
      paragraphs: [...doc.paragraphs, ...part.paragraphs],
      sentenceGap: [...doc.sentenceGap, ...part.sentenceGap],
      paragraphGap: doc.paragraphs.length > 0 ? [...doc.paragraphGap, "\n\n"] : [],
    };
  }
  const oldBody = render(doc).body;
  const next: Doc = structuredClone(doc);
  for (let e = 0; e < 20; e++) applyEdit(r, next, EDIT_KINDS[e % EDIT_KINDS.length], new Set(), ids);
  const claims = claimsOf(oldBody).slice(0, 300);
  return { name: "article", oldBody, newBody: render(next).body, claims, targetMs: 50 };
}

/** A live blog: headline, standfirst, then 1,000 entries, newest first, each a time line and 1–3 sentences. */
export function liveBlogScenarios(seed: number): Scenario[] {
  const r = mulberry32(seed);
  const ids = { n: 0 };
  const entry = (i: number) => {
    const minutes = 6 * 60 + i;
    const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const n = 1 + Math.floor(r() * 3);
    const sentences = Array.from({ length: n }, () => renderUnit(randomUnit(r, ids.n++, [6, 22])));
    return `${time}\n${sentences.join(" ")}`;
  };
  const head = "Live: storm hits the coast\n\nFollow our live coverage of the storm and its aftermath.";
  const entries = Array.from({ length: 1000 }, (_, i) => entry(999 - i));
  const oldBody = [head, ...entries].join("\n\n");
  const fresh = entry(1000);
  const claims = claimsOf(oldBody);
  return [
    { name: "live-top", oldBody, newBody: [head, fresh, ...entries].join("\n\n"), claims, targetMs: 20 },
    { name: "live-end", oldBody, newBody: [head, ...entries, fresh].join("\n\n"), claims, targetMs: 20 },
  ];
}

function parseArgs(args: string[]): { runs: number; seed: number } {
  const o = { runs: 30, seed: 20240601 };
  for (let i = 0; i < args.length; i++) {
    const v = args[i + 1];
    if (args[i] === "--runs" && v) (o.runs = Math.max(5, Math.floor(Number(v)) || 5)), i++;
    else if (args[i] === "--seed" && v) (o.seed = Math.floor(Number(v)) || o.seed), i++;
    else throw new Error(`bench reanchor: unknown option ${args[i]}\nOptions: --runs N (>= 5) --seed S`);
  }
  return o;
}

function summary(r: ReanchorResult<number>): string {
  const n: Record<string, number> = {};
  for (const p of r.placements) n[p.status] = (n[p.status] ?? 0) + 1;
  const parts = ["kept", "moved", "changed", "orphaned"].map((s) => `${n[s] ?? 0} ${s}`);
  return `${parts.join(", ")}, ${r.added.length} added; searched ${r.stats.searched}`;
}

export async function benchReanchor(args: string[] = []): Promise<number> {
  const opts = parseArgs(args);
  const scenarios = [articleScenario(opts.seed), ...liveBlogScenarios(opts.seed)];
  process.stdout.write(`reanchor: median of ${opts.runs} runs after warm-up (seed ${opts.seed})\n\n`);
  process.stdout.write(`${"scenario".padEnd(10)} ${"KB".padStart(6)} ${"claims".padStart(7)} ${"median ms".padStart(10)} ${"min".padStart(7)} ${"max".padStart(7)} ${"cpu ms".padStart(7)} ${"target".padStart(7)}  result\n`);
  const misses: string[] = [];
  for (const s of scenarios) {
    let last: ReanchorResult<number> | null = null;
    const t: Timing = timeSync(() => (last = reanchor(s.oldBody, s.newBody, s.claims)), 5, opts.runs);
    process.stdout.write(
      `${s.name.padEnd(10)} ${(s.newBody.length / 1024).toFixed(1).padStart(6)} ${String(s.claims.length).padStart(7)} ` +
        `${t.medianMs.toFixed(2).padStart(10)} ${t.minMs.toFixed(2).padStart(7)} ${t.maxMs.toFixed(2).padStart(7)} ` +
        `${t.cpuMs.toFixed(2).padStart(7)} ${`≤ ${s.targetMs}`.padStart(7)}  ${summary(last!)}\n`,
    );
    if (t.medianMs > s.targetMs) misses.push(`${s.name} ${t.medianMs.toFixed(1)} ms > ${s.targetMs} ms`);
  }
  if (misses.length > 0) {
    process.stdout.write(`\nFAIL: ${misses.join("; ")}\n`);
    return 1;
  }
  process.stdout.write("\nOK: every median within its target\n");
  return 0;
}
