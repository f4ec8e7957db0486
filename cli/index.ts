/**
 * ClaimDesk command line: `npm run -s cli -- <command> [options]`.
 * Runs the same domain and database code as the app, against DATABASE_URL.
 */

import { exitWhenDone, lazyEntry, listEntries, type RegistryEntry } from "./registry";

const commands: Record<string, RegistryEntry<number>> = {
  // Imported lazily like the others, so a command that needs no database never loads it.
  migrate: lazyEntry(() => import("./commands/database"), "migrateCommand", "apply database migrations"),
  "seed-demo": lazyEntry(() => import("./commands/database"), "seedDemoCommand", "add the demo users and articles (skips what exists)"),
  user: lazyEntry(() => import("./commands/user"), "userCommand", "user add --email E --name N --role editor|lead|admin --password P"),
  import: lazyEntry(() => import("./commands/import"), "importCommand", "import FILE|URL --as EMAIL [--title T] [--language en|es]: add an article as a user"),
  export: lazyEntry(() => import("./commands/export"), "exportCommand", "export --format csv|json|claimreview|md|html|pdf [--article ID] [--out FILE] [--verified]"),
  "seed-load": lazyEntry(() => import("./commands/seed-load"), "seedLoadCommand", "seed-load --claims N [--db FILE] [--force]: synthetic data for benchmarks"),
  "search-index": lazyEntry(() => import("./commands/search-index"), "searchIndexCommand", "search-index rebuild|optimize|check [--full]: maintain the full-text claim index"),
  backup: lazyEntry(() => import("./commands/backup"), "backupCommand", "backup FILE [--force]: online backup of the database"),
  split: lazyEntry(() => import("./commands/split"), "splitCommand", "split FILE [--json] [--language en|es]: print the claims of a text file"),
  match: lazyEntry(() => import("./commands/match"), "matchCommand", "match compare A B [--json] | match eval PATH... [--pairs FILE]: claim memory on two claims, or scored on labelled pairs"),
  model: lazyEntry(() => import("./commands/model"), "modelCommand", "model train [--seed N] [--with-desk [FILE]] [--as EMAIL] [--out FILE] | model eval: the check-worthiness model"),
};

function usage(): string {
  return `Usage: npm run -s cli -- <command> [options]\n\nCommands:\n${listEntries(commands)}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help") {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  return command.run(args);
}

exitWhenDone(main(process.argv.slice(2)));
