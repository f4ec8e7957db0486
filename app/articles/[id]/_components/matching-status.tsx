import type { MatchingProgress } from "@/services/matches";

/**
 * How far the comparison with earlier checks has got. Matching runs after the import, in the
 * background; an interrupted run (a restart) is resumed claim by claim from the panel.
 */
export function MatchingStatus({ progress }: { progress: MatchingProgress }) {
  const { checkworthy, matched, running } = progress;
  if (checkworthy === 0 || (matched >= checkworthy && !running)) return null;
  return (
    <p className="mb-3 rounded bg-stone-50 px-3 py-2 text-sm text-stone-700" role="status" data-testid="matching-status">
      {running ? "Comparing with earlier checks: " : "Compared with earlier checks: "}
      {matched.toLocaleString("en-US")} of {checkworthy.toLocaleString("en-US")} check-worthy claims
      {running && <progress className="ml-2 h-2 w-32 align-middle" max={checkworthy} value={matched} aria-hidden="true" />}
    </p>
  );
}
