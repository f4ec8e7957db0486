/**
 * ClaimDesk command line: `npm run -s cli -- <command> [options]`.
 * Runs the same domain and database code as the app, against DATABASE_URL.
 */

import { exitWhenDone, listEntries, type RegistryEntry } from "./registry";

const commands: Record<string, RegistryEntry<number>> = {
  // Imported lazily like the others, so a command that needs no database never loads it.
  migrate: { summary: "apply database migrations", run: async () => (await import("./commands/database")).migrateCommand() },
  "seed-demo": {
    summary: "add the demo users and articles (skips what exists)",
    run: async () => (await import("./commands/database")).seedDemoCommand(),
  },
  user: {
    summary: "user add --email E --name N --role editor|lead|admin --password P",
    run: async (args) => (await import("./commands/user")).userCommand(args),
  },
  import: {
    summary: "import FILE|URL --as EMAIL [--title T] [--language en|es]: add an article as a user",
    run: async (args) => (await import("./commands/import")).importCommand(args),
  },
  export: {
    summary: "export --format csv|json|claimreview|md|html|pdf [--article ID] [--out FILE] [--verified]",
    run: async (args) => (await import("./commands/export")).exportCommand(args),
  },
  "seed-load": {
    summary: "seed-load --claims N [--db FILE] [--force]: synthetic data for benchmarks",
    run: async (args) => (await import("./commands/seed-load")).seedLoadCommand(args),
  },
  "search-index": {
    summary: "search-index rebuild|optimize|check [--full]: maintain the full-text claim index",
    run: async (args) => (await import("./commands/search-index")).searchIndexCommand(args),
  },
  backup: {
    summary: "backup FILE [--force]: online backup of the database",
    run: async (args) => (await import("./commands/backup")).backupCommand(args),
  },
  split: {
    summary: "split FILE [--json] [--language en|es]: print the claims of a text file",
    run: async (args) => (await import("./commands/split")).splitCommand(args),
  },
  match: {
    summary: "match compare A B [--json] | match eval PATH... [--pairs FILE]: claim memory on two claims, or scored on labelled pairs",
    run: async (args) => (await import("./commands/match")).matchCommand(args),
  },
  model: {
    summary: "model train [--seed N] [--with-desk [FILE]] [--as EMAIL] [--out FILE] | model eval: the check-worthiness model",
    run: async (args) => (await import("./commands/model")).modelCommand(args),
  },
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
