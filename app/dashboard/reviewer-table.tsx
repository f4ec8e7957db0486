import Link from "next/link";
import type { DashboardData } from "@/services/dashboard";
import { formatCount, formatDuration, formatPercent } from "@/lib/dashboard";
import { dashboardHref } from "./dashboard-url";

/** Per reviewer: verdicts in the range, disputed share, open assignments, time to first verdict. */
export function ReviewerTable({ data }: { data: DashboardData }) {
  const { reviewers, filters: f } = data;
  return (
    <section aria-labelledby="reviewers-heading" className="rounded border border-stone-200 bg-white" data-testid="reviewers">
      <div className="p-3">
        <h2 id="reviewers-heading" className="font-semibold">Reviewers</h2>
        <p className="text-xs text-stone-600">
          Verdicts and first verdicts given in the range; open assignments are unreviewed or needs-source claims assigned to them in the articles above.
        </p>
      </div>
      {reviewers.length === 0 ? (
        <p className="border-t border-stone-100 p-6 text-center text-stone-600">No reviewer activity in this range.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-sm" data-testid="reviewers-table">
            <caption className="sr-only">Reviewer figures</caption>
            <thead className="border-y border-stone-200 bg-stone-50 text-left text-xs text-stone-700">
              <tr>
                <th scope="col" className="px-2 py-2 font-medium">Reviewer</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">Verdicts</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">Reused</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">Disputed share</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">Open assignments</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">Median to first verdict</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">90th percentile</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((r) => (
                <tr key={r.id} className="border-t border-stone-100" data-testid={`reviewer-row-${r.id}`}>
                  <th scope="row" className="px-2 py-2 text-left font-normal">
                    {r.id > 0 && f.reviewerId !== r.id ? (
                      <Link href={dashboardHref(f, { reviewerId: r.id, page: 1 })} className="hover:underline" title={`Show only ${r.name}`}>
                        {r.name}
                      </Link>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td className="px-2 py-2 text-right tabular-nums" data-testid={`reviewer-${r.id}-verdicts`}>{formatCount(r.verdicts)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{formatCount(r.reused)}</td>
                  <td className="px-2 py-2 text-right tabular-nums" data-testid={`reviewer-${r.id}-disputed-share`}>{formatPercent(r.disputedShare)}</td>
                  <td className="px-2 py-2 text-right tabular-nums" data-testid={`reviewer-${r.id}-open`}>{formatCount(r.openAssignments)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{formatDuration(r.timeToVerdict.medianMs)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{formatDuration(r.timeToVerdict.p90Ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
