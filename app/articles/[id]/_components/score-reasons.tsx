import type { ReviewClaim } from "./types";

/**
 * An editor's mark says so: "Check-worthiness 0.00 · check-worthy" read as a contradiction when
 * the desk, not the model, had decided. The source comes from the server's claim view.
 */
function scoreSummary(claim: ReviewClaim): string {
  const score = claim.score.toFixed(2);
  const label = claim.checkworthy ? "check-worthy" : "not check-worthy";
  if (claim.checkworthySetBy === "desk") return `Marked ${label} by the desk (model score ${score})`;
  return `Check-worthiness ${score} · ${label}`;
}

/** The check-worthiness score and the features that moved it. */
export function ScoreReasons({ claim }: { claim: ReviewClaim }) {
  return (
    <details className="text-sm" data-testid="score-reasons">
      <summary className="cursor-pointer text-stone-700">
        {scoreSummary(claim)}
      </summary>
      {claim.reasons.length === 0 ? (
        <p className="mt-1 text-stone-600">No features stood out.</p>
      ) : (
        <ul className="mt-1 space-y-0.5">
          {claim.reasons.map((r) => (
            <li key={r.label} className="flex justify-between gap-3">
              <span>{r.label}</span>
              <span className={`tabular-nums ${r.weight >= 0 ? "text-sky-800" : "text-orange-800"}`}>
                {r.weight >= 0 ? "+" : "−"}
                {Math.abs(r.weight).toFixed(2)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1 text-xs text-stone-600" data-testid="score-model">{claim.modelVersion ? `Scored by model ${claim.modelVersion}` : "Scored before model versions were kept"}</p>
    </details>
  );
}
