/** `seed-load --claims N …`: synthetic load data for benchmarks (db/seed/load). */
import { SEED_LOAD_DEFAULTS, seedLoad, type SeedLoadOptions } from "@/db/seed/load";

export { seedLoad };

const USAGE = `Usage: seed-load --claims N [--db FILE] [--articles N] [--seed S] [--days 90] [--reviewers 50] [--now ISO] [--force]
Fills a separate database (default data/load.db) with synthetic load data. Refuses to touch a
database that already holds data unless --force, which deletes the file first.
`;

function parseArgs(args: string[]): SeedLoadOptions | string {
  const o = SEED_LOAD_DEFAULTS();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = (min: number) => {
      const v = value();
      const n = Number(v.replace(/_/g, ""));
      if (!Number.isSafeInteger(n) || n < min) throw new Error(`${a} must be an integer ≥ ${min}, not "${v}"`);
      return n;
    };
    try {
      if (a === "--claims") o.claims = int(1);
      else if (a === "--articles") o.articles = int(1);
      else if (a === "--db") o.db = value();
      else if (a === "--seed") o.seed = int(0);
      else if (a === "--days") o.days = int(1);
      else if (a === "--reviewers") o.reviewers = int(1);
      else if (a === "--now") {
        const t = Date.parse(value());
        if (Number.isNaN(t)) throw new Error("--now must be a date");
        o.now = t;
      } else if (a === "--force") o.force = true;
      else if (a === "--quiet") o.quiet = true;
      else if (a === "--help" || a === "-h") return USAGE;
      else throw new Error(`Unknown option ${a}`);
    } catch (error) {
      return `${(error as Error).message}\n\n${USAGE}`;
    }
  }
  if (o.articles === 0) o.articles = Math.max(1, Math.round(o.claims / 20));
  if (o.articles > o.claims) return `--articles (${o.articles}) cannot exceed --claims (${o.claims}).\n`;
  return o;
}

export async function seedLoadCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(parsed);
    return parsed === USAGE ? 0 : 1;
  }
  try {
    const summary = seedLoad(parsed);
    process.stdout.write(
      `Loaded ${summary.file}: ${summary.users} users, ${summary.articles.toLocaleString("en-US")} articles, ` +
        `${summary.claims.toLocaleString("en-US")} claims, ${summary.events.toLocaleString("en-US")} events in ${summary.seconds.toFixed(1)} s ` +
        `(now = ${new Date(summary.now).toISOString()}).\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`seed-load: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
