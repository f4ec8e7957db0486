/**
 * Benchmark runner: `npm run bench [-- NAME [options]]` or `npx tsx bench/index.ts [NAME] [options]`.
 *
 * NAME picks an entry of the registry below (default: "split"); the remaining arguments go to that
 * benchmark. `--list` prints the registry. A benchmark returns its exit code (void counts as 0).
 *
 * To add a benchmark, add one entry to `benchmarks`, importing lazily so that running one
 * benchmark does not load the others' dependencies, e.g.:
 *
 *   dashboard: lazyEntry(() => import("./dashboard"), "benchDashboard", "dashboard queries on the load database"),
 */

import { exitWhenDone, lazyEntry, listEntries, type RegistryEntry } from "../cli/registry";

const benchmarks: Record<string, RegistryEntry<number | void>> = {
  split: lazyEntry(() => import("./split"), "benchSplit", "sentence splitter vs Intl.Segmenter and sbd on ≥1 MB of EN+ES news text [--runs N] [--mb M] [--whole-intl]"),
  dashboard: lazyEntry(() => import("./dashboard"), "benchDashboard", "dashboard data at 1M claims (creates data/load.db with seed-load if missing)"),
  search: lazyEntry(() => import("./search"), "benchSearch", "full-text claim search at 1M claims: median ms per query vs a LIKE scan [--runs N]"),
  match: lazyEntry(() => import("./match"), "benchMatch", "claim-memory matching of a 40-claim article at 1M claims: today's path vs compareClaims with cross-lingual candidates, medians and ratio [--runs N] [--claims N] [--db FILE]"),
  "match-scoring": lazyEntry(() => import("./match-scoring"), "benchMatchScoring", "claim-memory scoring per candidate: compareClaims (cold / stored frames) vs similarity, and FTS terms [--runs N] [--claims N] [--candidates N]"),
  "bulk-export": lazyEntry(() => import("./bulk-export"), "benchBulkExport", "streamed bulk CSV/JSON export of 100k claims: rows/s and peak RSS [--runs N]"),
  reanchor: lazyEntry(() => import("./reanchor"), "benchReanchor", "re-anchoring claims: 50 KB article, 300 claims, 20 edits; 1,000-entry live blog + 1 entry [--runs N] [--seed S]"),
};

const DEFAULT_BENCHMARK = "split";

function usage(): string {
  return `Usage: npx tsx bench/index.ts [NAME] [options]   (default: ${DEFAULT_BENCHMARK})\n\nBenchmarks:\n${listEntries(benchmarks)}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--list" || first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(usage());
    return 0;
  }
  // No name, or options only: run the default benchmark with all arguments.
  const named = first !== undefined && !first.startsWith("-");
  const name = named ? first : DEFAULT_BENCHMARK;
  const args = named ? rest : argv;
  const bench = benchmarks[name];
  if (!bench) {
    process.stderr.write(`Unknown benchmark "${name}".\n\n${usage()}`);
    return 2;
  }
  const code = await bench.run(args);
  return typeof code === "number" ? code : 0;
}

// A failed benchmark prints its stack: where it broke matters more than the message.
exitWhenDone(main(process.argv.slice(2)), (error) => error.stack ?? error.message);
