import type { DiffRun } from "@/lib/text-diff";

/** A word diff as text: removed words struck through, added words underlined, both announced. */
export function DiffText({ runs }: { runs: DiffRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.kind === "same" ? (
          <span key={i}>{run.text}</span>
        ) : run.kind === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900 decoration-2" aria-label={`removed: ${run.text}`}>
            {run.text}
          </del>
        ) : (
          <ins key={i} className="bg-emerald-100 text-emerald-900 decoration-2" aria-label={`added: ${run.text}`}>
            {run.text}
          </ins>
        ),
      )}
    </>
  );
}
