import type { DashboardData } from "@/services/dashboard";
import { formatCount } from "@/lib/dashboard";
import { STATUS_STYLE } from "@/components/status-style";

/** Open claims (unreviewed, needs a source) by how long ago they were created. */
export function BacklogAging({ backlog }: { backlog: DashboardData["backlog"] }) {
  const rows = [
    { status: "unreviewed" as const, counts: backlog.unreviewed },
    { status: "needs_source" as const, counts: backlog.needsSource },
  ];
  const max = Math.max(1, ...backlog.unreviewed, ...backlog.needsSource);
  return (
    <section aria-labelledby="backlog-heading" className="rounded border border-stone-200 bg-white p-3" data-testid="backlog-aging">
      <h2 id="backlog-heading" className="font-semibold">Backlog aging</h2>
      <p className="text-xs text-stone-600">
        Open check-worthy claims by age since they were created: <span data-testid="backlog-total">{formatCount(backlog.total)}</span> in all,{" "}
        <span data-testid="backlog-unassigned">{formatCount(backlog.unassigned)}</span> unassigned.
      </p>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="text-left text-xs text-stone-600">
            <th scope="col" className="py-1 font-medium">Status</th>
            {backlog.buckets.map((b) => (
              <th key={b.key} scope="col" className="py-1 text-right font-medium">{b.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.status} className="border-t border-stone-100">
              <th scope="row" className="py-1.5 text-left font-normal">
                <span aria-hidden="true" className={`mr-1 font-bold ${STATUS_STYLE[row.status].text}`}>{STATUS_STYLE[row.status].icon}</span>
                {STATUS_STYLE[row.status].label}
              </th>
              {row.counts.map((n, i) => (
                <td key={backlog.buckets[i].key} className="py-1.5 text-right tabular-nums" data-testid={`backlog-${row.status}-${backlog.buckets[i].key}`}>
                  <span className="flex items-center justify-end gap-2">
                    <span aria-hidden="true" className="hidden h-2 w-12 overflow-hidden rounded bg-stone-100 sm:inline-block">
                      <span className={`block h-full ${STATUS_STYLE[row.status].bg}`} style={{ width: `${(n / max) * 100}%` }} />
                    </span>
                    {formatCount(n)}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
