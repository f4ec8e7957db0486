/**
 * What the CLI (cli/index.ts) and the benchmark runner (bench/index.ts) share: a registry of
 * named entries, each imported lazily when run, its help listing, and the process exit.
 */

/** One command or benchmark: its line in the help, and how to run it with the remaining arguments. */
export type RegistryEntry<Code> = { summary: string; run: (args: string[]) => Promise<Code> };

/**
 * An entry whose module is imported only when it runs, so that running one entry does not load the
 * others' dependencies: `lazyEntry(() => import("./split"), "benchSplit", "its line in the help")`.
 */
export function lazyEntry<Name extends string, Code>(
  load: () => Promise<Record<Name, (args: string[]) => Promise<NoInfer<Code>>>>,
  name: Name,
  summary: string,
): RegistryEntry<Code> {
  return { summary, run: async (args) => (await load())[name](args) };
}

/** The help's list of entries: a line each, the names padded into one column. */
export function listEntries(entries: Record<string, { summary: string }>): string {
  return Object.entries(entries)
    .map(([name, entry]) => `  ${name.padEnd(12)} ${entry.summary}`)
    .join("\n");
}

/** Exits with the code `main` resolves to; an error is printed (by `describe`) and exits 1. */
export function exitWhenDone(main: Promise<number>, describe: (error: Error) => string = (error) => error.message): void {
  main.then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? describe(error) : String(error)}\n`);
      process.exit(1);
    },
  );
}
