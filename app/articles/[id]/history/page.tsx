import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { articleAsOf } from "@/services/history";
import { STATUS_LABELS, type ClaimStatus } from "@/lib/vocabulary";
import { segmentBody } from "@/lib/highlight";
import { STATUS_STYLE, StatusBadge } from "@/components/status-style";
import { requirePageUser } from "@/server/session";
import { Field, TextInput } from "@/components/form";

export const metadata: Metadata = { title: "Article history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ at?: string }> };

/** `datetime-local` values carry no zone; they are read as UTC, and the page says so. */
function parseMoment(raw: string | undefined): Date | null {
  if (!raw) return null;
  const date = new Date(/Z|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function utcSeconds(date: Date): string {
  return date.toISOString().replace("T", " ").slice(0, 19);
}

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = Number((await params).id);
  const rawAt = (await searchParams).at;
  const moment = parseMoment(rawAt) ?? new Date();
  const invalid = rawAt !== undefined && parseMoment(rawAt) === null;
  const asOf = Number.isSafeInteger(id) && id > 0 ? await articleAsOf(getDb(), user, { articleId: id, moment }) : null;
  if (!asOf) notFound();
  const { article, claims, activity } = asOf;
  const segments = segmentBody(asOf.body, claims);
  const counts = claims.filter((c) => c.checkworthy || c.status !== "unreviewed").reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.status]: (acc[c.status] ?? 0) + 1 }), {});

  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href={`/articles/${article.id}`} className="underline">Back to review</Link></p>
      <h1 className="text-2xl font-semibold">{article.title}: history</h1>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" aria-label="Show statuses as of">
        <Field label="Statuses as of (UTC)">
          <TextInput type="datetime-local" name="at" step={1} defaultValue={moment.toISOString().slice(0, 19)} />
        </Field>
        <button type="submit" className="rounded border border-stone-300 px-3 py-1">Show</button>
        {invalid && <p className="text-red-800" role="status">That is not a valid date and time; showing now.</p>}
      </form>
      {asOf.version === null ? (
        <p className="text-sm" data-testid="as-of-summary" role="status">
          The article did not exist yet at {utcSeconds(moment)} UTC: it was added at {utcSeconds(article.createdAt)} UTC. Pick a later time.
        </p>
      ) : (
        <p className="text-sm" data-testid="as-of-summary">
          As of {utcSeconds(moment)} UTC (text of version {asOf.version}):{" "}
          {(["supported", "disputed", "needs_source", "unreviewed"] as ClaimStatus[]).map((s) => `${counts[s] ?? 0} ${STATUS_LABELS[s].toLowerCase()}`).join(", ")}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="whitespace-pre-wrap rounded border border-stone-200 bg-white p-5 font-serif leading-8" data-testid="as-of-body">
          {asOf.version === null && <p className="font-sans text-sm text-stone-600">No text before the article was added.</p>}
          {segments.map((s) =>
            s.claim && (s.claim.checkworthy || s.claim.status !== "unreviewed") ? (
              <mark key={s.start} data-status={s.claim.status} className={`rounded-sm px-0.5 underline decoration-2 ${STATUS_STYLE[s.claim.status].mark}`}
                title={STATUS_LABELS[s.claim.status]}>
                <span aria-hidden="true" className="mr-0.5 align-super text-[0.65rem] font-sans font-bold">{STATUS_STYLE[s.claim.status].icon}</span>
                {s.text}
              </mark>
            ) : (
              <span key={s.start} className={s.claim ? "text-stone-500" : undefined}>{s.text}</span>
            ),
          )}
        </div>
        <aside aria-labelledby="activity" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="activity" className="mb-2 font-semibold">Latest activity</h2>
          {activity.length === 0 ? (
            <p className="text-sm text-stone-600">No changes yet.</p>
          ) : (
            <ol className="space-y-2 text-sm" data-testid="activity">
              {activity.map((e) => (
                <li key={e.id} className="border-b border-stone-100 pb-2">
                  <p>
                    <strong>{e.actorName}</strong> · {e.kind.replace(/_/g, " ")}
                    {e.toStatus && e.fromStatus !== e.toStatus && <> · <StatusBadge status={e.toStatus} /></>}
                  </p>
                  <p className="text-xs text-stone-600">
                    <time dateTime={e.at.toISOString()}>{e.at.toISOString().replace("T", " ").slice(0, 16)} UTC</time> ·{" "}
                    <Link href={`/articles/${article.id}?claim=${e.claimId}`} className="underline">“{e.claimText.slice(0, 50)}…”</Link>
                  </p>
                  {e.note && <p className="mt-0.5 whitespace-pre-wrap text-stone-700">{e.note}</p>}
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </div>
  );
}
