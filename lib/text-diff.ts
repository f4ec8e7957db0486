import { diffWordsWithSpace } from "diff";

/** A run of a word-level diff between two texts. */
export type DiffRun = { kind: "same" | "added" | "removed"; text: string };

/**
 * Word-level differences of `before` → `after` (the `diff` package), merged into runs; "same"
 * runs longer than `context` characters on each side of a change are shortened around an "…".
 */
export function wordDiff(before: string, after: string, context = Infinity): DiffRun[] {
  const runs: DiffRun[] = diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
  if (!Number.isFinite(context)) return runs;
  return runs.map((run, i) => {
    if (run.kind !== "same" || run.text.length <= 2 * context) return run;
    const head = i === 0 ? "" : run.text.slice(0, context);
    const tail = i === runs.length - 1 ? "" : run.text.slice(-context);
    return { kind: "same", text: `${head} … ${tail}`.trim() };
  });
}

/** How much changed: characters added and removed. */
export function diffSize(runs: readonly DiffRun[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const r of runs) {
    if (r.kind === "added") added += r.text.length;
    else if (r.kind === "removed") removed += r.text.length;
  }
  return { added, removed };
}
