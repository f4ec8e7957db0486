import Link from "next/link";
import { ListTable } from "@/components/list-table";
import { formatCount } from "@/lib/dashboard";
import { humanDay } from "@/lib/vocabulary";
import type { DashboardData } from "@/services/dashboard";

const OVERDUE_COLUMNS = ["Claim", "Article", "Owner", "Due"];

/** A figure; `alarm` ones are highlighted when non-zero (work is waiting), the others never are. */
function Figure({ label, value, testId, help, alarm = true }: { label: string; value: number; testId: string; help: string; alarm?: boolean }) {
  return (
    <div className={`rounded border p-3 ${alarm && value > 0 ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"}`}>
      <dt className="text-xs font-medium uppercase tracking-wide text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>{formatCount(value)}</dd>
      <dd className="text-xs text-stone-600">{help}</dd>
    </div>
  );
}

/**
 * What a lead must act on now, whatever the date range: verdicts waiting for a second reviewer,
 * overdue source requests (listed, most overdue first) and published reports that need a correction.
 */
export function AttentionPanel({ data }: { data: DashboardData }) {
  const t = data.totals;
  return (
    <section aria-labelledby="attention-heading" className="space-y-2" data-testid="attention">
      <h2 id="attention-heading" className="font-semibold">Needs attention</h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Figure label="Awaiting confirmation" value={t.awaitingConfirmation} testId="total-awaiting" help="verdicts waiting for a second reviewer" />
        <Figure label="Overdue sources" value={t.overdueSources} testId="total-overdue" help="“needs a source” requests past their due date" />
        <Figure label="Published" value={t.published} testId="total-published" help="articles with a public report (not withdrawn)" alarm={false} />
        <Figure label="Changed since published" value={t.changedSincePublished} testId="total-changed-published" help="public reports due a corrected version" />
      </dl>
      {data.overdueSources.length > 0 && (
        <ListTable columns={OVERDUE_COLUMNS} caption="Overdue source requests" testId="overdue-sources">
          {data.overdueSources.map((o) => (
            <tr key={o.claimId}>
              <td className="max-w-md px-3 py-2">
                <Link href={`/articles/${o.articleId}?claim=${o.claimId}`} className="line-clamp-2 underline">{o.text}</Link>
              </td>
              <td className="px-3 py-2">{o.articleTitle}</td>
              <td className="px-3 py-2">{o.ownerName ?? "Nobody"}</td>
              <td className="whitespace-nowrap px-3 py-2 text-red-800">{humanDay(o.dueAt)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </section>
  );
}
