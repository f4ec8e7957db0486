/**
 * Benchmark runner: `npm run bench [-- NAME [options]]` or `npx tsx bench/index.ts [NAME] [options]`.
 *
 * NAME picks an entry of the registry below (default: "split"); the remaining arguments go to that
 * benchmark. `--list` prints the registry. A benchmark returns its exit code (void counts as 0).
 *
 * To add a benchmark, add one entry to `benchmarks`, importing lazily so that running one
 * benchmark does not load the others' dependencies, e.g.:
 *
 *   dashboard: {
 *     summary: "dashboard queries on the load database",
 *     run: async (args) => (await import("./dashboard")).benchDashboard(args),
 *   },
 */

import { exitWhenDone, listEntries, type RegistryEntry } from "../cli/registry";

const benchmarks: Record<string, RegistryEntry<number | void>> = {
  split: {
    summary: "sentence splitter vs Intl.Segmenter and sbd on ≥1 MB of EN+ES news text [--runs N] [--mb M] [--whole-intl]",
    run: async (args) => (await import("./split")).benchSplit(args),
  },
  dashboard: {
    summary: "dashboard data at 1M claims (creates data/load.db with seed-load if missing)",
    run: async (args) => (await import("./dashboard")).benchDashboard(args),
  },
  search: {
    summary: "full-text claim search at 1M claims: median ms per query vs a LIKE scan [--runs N]",
    run: async (args) => (await import("./search")).benchSearch(args),
  },
  match: {
    summary: "claim-memory matching of a 40-claim article at 1M claims: today's path vs compareClaims with cross-lingual candidates, medians and ratio [--runs N] [--claims N] [--db FILE]",
    run: async (args) => (await import("./match")).benchMatch(args),
  },
  "match-scoring": {
    summary: "claim-memory scoring per candidate: compareClaims (cold / stored frames) vs similarity, and FTS terms [--runs N] [--claims N] [--candidates N]",
    run: async (args) => (await import("./match-scoring")).benchMatchScoring(args),
  },
  "bulk-export": {
    summary: "streamed bulk CSV/JSON export of 100k claims: rows/s and peak RSS [--runs N]",
    run: async (args) => (await import("./bulk-export")).benchBulkExport(args),
  },
  reanchor: {
    summary: "re-anchoring claims: 50 KB article, 300 claims, 20 edits; 1,000-entry live blog + 1 entry [--runs N] [--seed S]",
    run: async (args) => (await import("./reanchor")).benchReanchor(args),
  },
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
