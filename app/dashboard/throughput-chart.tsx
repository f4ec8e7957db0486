import type { DashboardData } from "@/services/dashboard";
import { formatCount } from "@/lib/dashboard";
import type { Verdict } from "@/lib/vocabulary";
import { STATUS_STYLE } from "@/components/status-style";

const STACK: Verdict[] = ["supported", "disputed", "needs_source"];
const W = 1000;
const H = 260;
const PAD = { left: 44, right: 8, top: 16, bottom: 34 };

/** Axis step: the smallest round whole number such that four steps reach the tallest bar. */
function niceStep(tallest: number): number {
  const raw = Math.max(1, tallest / 4);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const step = m * magnitude;
    if (step >= raw && Number.isInteger(step)) return step;
  }
  return 10 * magnitude;
}

/**
 * Verdicts per day over the range, stacked by the status they set: server-rendered SVG with
 * a legend, axis labels and a tooltip per segment, plus the same numbers as a visually hidden
 * table for screen readers.
 */
export function ThroughputChart({ throughput }: { throughput: DashboardData["throughput"] }) {
  const { days, totals } = throughput;
  const step = niceStep(Math.max(0, ...days.map((d) => d.total)));
  const max = 4 * step;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(1, slot - (slot > 6 ? Math.min(4, slot * 0.2) : 0));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(44 / slot));
  const ticks = [0, step, 2 * step, 3 * step, max];
  const hasOther = totals.other > 0;

  return (
    <section aria-labelledby="throughput-heading" className="rounded border border-stone-200 bg-white p-3" data-testid="throughput">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="throughput-heading" className="font-semibold">Verdicts per day</h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
          {STACK.map((s) => (
            <li key={s} className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill={STATUS_STYLE[s].color} /></svg>
              <span aria-hidden="true" className={`font-bold ${STATUS_STYLE[s].text}`}>{STATUS_STYLE[s].icon}</span>
              {STATUS_STYLE[s].label}
              <span className="tabular-nums text-stone-600" data-testid={`throughput-total-${s}`}>{formatCount(totals[s])}</span>
            </li>
          ))}
          {hasOther && (
            <li className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="#a8a29e" /></svg>
              Other <span className="tabular-nums text-stone-600">{formatCount(totals.other)}</span>
            </li>
          )}
        </ul>
      </div>
      <p className="text-xs text-stone-600">
        <span data-testid="throughput-total">{formatCount(totals.total)}</span> verdicts, {formatCount(throughput.reused)} of them reused; days in UTC.
      </p>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="mt-2 h-auto w-full"
        role="img"
        aria-labelledby="throughput-svg-title"
        data-testid="throughput-chart"
      >
        <title id="throughput-svg-title">
          {`Verdicts per day from ${days[0]?.date ?? ""} to ${days[days.length - 1]?.date ?? ""}, stacked by status: ${STACK.map((s) => `${totals[s]} ${STATUS_STYLE[s].label.toLowerCase()}`).join(", ")}. The table below the chart has each day's numbers.`}
        </title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e7e5e4" />
            <text x={PAD.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#57534e">
              {formatCount(t)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          let base = 0;
          const parts = [...STACK, "other" as const].map((s) => {
            const n = d[s];
            const y0 = y(base);
            base += n;
            if (n === 0) return null;
            const y1 = y(base);
            const fill = s === "other" ? "#a8a29e" : STATUS_STYLE[s].color;
            const label = s === "other" ? "other" : STATUS_STYLE[s].label.toLowerCase();
            return (
              <rect key={s} x={x} y={y1} width={barW} height={Math.max(0.5, y0 - y1)} fill={fill}>
                <title>{`${d.date}: ${n} ${label} (of ${d.total})`}</title>
              </rect>
            );
          });
          return (
            <g key={d.date} data-testid="throughput-bar" data-date={d.date} data-total={d.total}>
              {parts}
              {d.total > 0 && slot >= String(d.total).length * 5.5 + 2 && (
                <text x={x + barW / 2} y={y(d.total) - 3} textAnchor="middle" fontSize="9" fill="#44403c">{d.total}</text>
              )}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={H - PAD.bottom + 14} textAnchor="middle" fontSize="10" fill="#57534e">{d.date.slice(5)}</text>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#78716c" />
        <text x={PAD.left + plotW / 2} y={H - 4} textAnchor="middle" fontSize="11" fill="#57534e">Day (MM-DD, UTC)</text>
      </svg>
      {/* The wrapper is what hides it: a table ignores sr-only's 1px width and widened the page on phones. */}
      <div className="sr-only">
        <table data-testid="throughput-table">
          <caption>Verdicts per day by status</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {STACK.map((s) => <th key={s} scope="col">{STATUS_STYLE[s].label}</th>)}
              {hasOther && <th scope="col">Other</th>}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{d.date}</th>
                {STACK.map((s) => <td key={s}>{d[s]}</td>)}
                {hasOther && <td>{d.other}</td>}
                <td>{d.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
