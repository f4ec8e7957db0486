import type { DashboardData } from "@/services/dashboard";
import { formatCount, formatPercent } from "@/lib/dashboard";
import { STATUS_STYLE } from "@/components/status-style";
import { STATUS_ORDER } from "@/lib/vocabulary";

function Card({ label, value, testId, children }: { label: string; value: string; testId: string; children?: React.ReactNode }) {
  return (
    <div className="rounded border border-stone-200 bg-white p-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>{value}</dd>
      {children}
    </div>
  );
}

/** Articles, claims, check-worthy claims by status, the share verified (supported or disputed) and what changed since its verdict. */
export function TotalsCards({ totals }: { totals: DashboardData["totals"] }) {
  const cw = totals.checkworthyClaims;
  return (
    <section aria-labelledby="totals-heading" className="space-y-2">
      <h2 id="totals-heading" className="sr-only">Totals</h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Card label="Articles" value={formatCount(totals.articles)} testId="total-articles" />
        <Card label="Claims" value={formatCount(totals.claims)} testId="total-claims">
          <p className="text-xs text-stone-600">
            <span data-testid="total-checkworthy">{formatCount(cw)}</span> check-worthy
          </p>
        </Card>
        <Card label="Share verified" value={formatPercent(totals.shareVerified)} testId="share-verified">
          <p className="text-xs text-stone-600">
            {formatCount(totals.verified)} of {formatCount(cw)} check-worthy claims supported or disputed; {formatCount(totals.withVerdict - totals.verified)} still need a
            source
          </p>
        </Card>
        <Card label="Changed since verdict" value={formatCount(totals.changedSinceVerdict)} testId="total-changed">
          <p className="text-xs text-stone-600">claims whose text changed in a new version after their verdict</p>
        </Card>
        <Card label="Verdicts in range" value={formatCount(totals.verdicts)} testId="total-verdicts">
          <p className="text-xs text-stone-600">
            <span data-testid="total-reused">{formatCount(totals.reusedVerdicts)}</span> reused from earlier claims
          </p>
        </Card>
      </dl>
      <div className="rounded border border-stone-200 bg-white p-3">
        <p className="text-xs font-medium uppercase tracking-wide text-stone-600">Check-worthy claims by status</p>
        {cw > 0 && (
          <div className="mt-2 flex h-3 overflow-hidden rounded bg-stone-100" aria-hidden="true">
            {STATUS_ORDER.map((s) =>
              totals.byStatus[s] > 0 ? (
                <div key={s} className={STATUS_STYLE[s].bg} style={{ width: `${(totals.byStatus[s] / cw) * 100}%` }} />
              ) : null,
            )}
          </div>
        )}
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {STATUS_ORDER.map((s) => (
            <li key={s} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-flex h-4 w-4 items-center justify-center rounded-sm text-[10px] font-bold text-white ${STATUS_STYLE[s].bg}`}>
                {STATUS_STYLE[s].icon}
              </span>
              <span>{STATUS_STYLE[s].label}</span>
              <span className="font-semibold tabular-nums" data-testid={`status-count-${s}`}>{formatCount(totals.byStatus[s])}</span>
              <span className="text-stone-500">({formatPercent(cw ? totals.byStatus[s] / cw : null)})</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
