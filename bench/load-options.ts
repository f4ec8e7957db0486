/** The options of the benchmarks that run on the load database (bench/dashboard, bench/search). */
export type LoadBenchOptions = { db: string; runs: number; claims: number; json: string; switches: Set<string> };

/**
 * Reads `--db FILE --runs N (≥7) --claims N --json OUT`, plus the benchmark's own value-less
 * `switches` (returned as those given); anything else throws, naming `bench` and the options.
 */
export function parseLoadBenchOptions(bench: string, args: string[], switches: readonly string[] = []): LoadBenchOptions {
  const o: LoadBenchOptions = { db: "data/load.db", runs: 9, claims: 1_000_000, json: "", switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = args[i + 1];
    if (a === "--db" && v) (o.db = v), i++;
    else if (a === "--runs" && v) (o.runs = Math.max(7, Number(v) || 9)), i++;
    else if (a === "--claims" && v) (o.claims = Number(v.replace(/_/g, ""))), i++;
    else if (a === "--json" && v) (o.json = v), i++;
    else if (switches.includes(a)) o.switches.add(a);
    else {
      const own = switches.map((s) => ` ${s}`).join("");
      throw new Error(`${bench}: unknown option ${a}\nOptions: --db FILE --runs N (≥7) --claims N (when creating) --json OUT${own}`);
    }
  }
  return o;
}
