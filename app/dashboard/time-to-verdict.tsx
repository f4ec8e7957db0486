import type { DashboardData } from "@/services/dashboard";
import { formatCount, formatDuration } from "@/lib/dashboard";

/** Median and p90 from a claim's creation to its first verdict, for first verdicts in the range. */
export function TimeToVerdict({ ttv }: { ttv: DashboardData["timeToVerdict"] }) {
  return (
    <section aria-labelledby="ttv-heading" className="rounded border border-stone-200 bg-white p-3" data-testid="time-to-verdict">
      <h2 id="ttv-heading" className="font-semibold">Time to first verdict</h2>
      <p className="text-xs text-stone-600">From a claim’s creation to its first verdict, for the {formatCount(ttv.count)} first verdicts in the range.</p>
      <dl className="mt-2 grid grid-cols-2 gap-3">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-stone-600">Median</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="ttv-median">{formatDuration(ttv.medianMs)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-stone-600">90th percentile</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="ttv-p90">{formatDuration(ttv.p90Ms)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-stone-500">{ttv.method}</p>
    </section>
  );
}
