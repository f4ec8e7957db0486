"use client";

import { useId, useState } from "react";
import { humanDay, humanTime, LIMITS } from "@/lib/vocabulary";
import type { PublicationStatus } from "@/services/publications";
import { publishReportAction, withdrawReportAction } from "../publish-actions";

type Blocker = { claimId: number; reason: string };

type Props = {
  articleId: number;
  publication: PublicationStatus | null;
  onPublication: (status: PublicationStatus | null) => void;
  /** Selects a claim on the desk (a blocker's "Go to claim"). */
  onSelectClaim: (claimId: number) => void;
  claimNumber: (claimId: number) => number | null;
  /** Claims that will be published as "needs a source", and whether each is past its due day: a warning at sign-off, not a blocker. */
  openSources: { claimId: number; overdue: boolean }[];
  canPublish: boolean;
  canWithdraw: boolean;
};

const OFFLINE = "Could not reach the server. Nothing was published; try again.";

/**
 * The report's public life on the review page: whether and when it was published, a banner when
 * verdicts changed since, and for leads the sign-off (with what still blocks it), for admins withdrawal.
 */
export function PublicationPanel({ articleId, publication, onPublication, onSelectClaim, claimNumber, openSources, canPublish, canWithdraw }: Props) {
  const [open, setOpen] = useState<"publish" | "withdraw" | null>(null);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [blockers, setBlockers] = useState<Blocker[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const fieldId = useId();
  const next = (publication?.version ?? 0) + 1;

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      if (open === "publish") {
        const result = await publishReportAction({ articleId, note: text });
        if (!result.ok) {
          setError(result.error);
          setBlockers((result.details?.blockers as Blocker[] | undefined) ?? []);
          return;
        }
        onPublication(result.data!.status);
        setMessage(result.message ?? null);
      } else {
        const result = await withdrawReportAction({ articleId, reason: text });
        if (!result.ok) return setError(result.error);
        onPublication(result.data!);
        setMessage(result.message ?? null);
      }
      setOpen(null);
      setText("");
      setError(null);
      setBlockers([]);
    } catch {
      setError(OFFLINE);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Published report" className="space-y-2" data-testid="publication-panel">
      {publication?.changedSincePublished && !publication.withdrawnAt && (
        <p role="status" className="rounded border-2 border-amber-500 bg-amber-50 px-3 py-2 text-sm" data-testid="changed-since-published">
          <strong>The report has changed since version {publication.version} was published</strong> on {humanDay(publication.publishedAt)}. Readers still see that version;
          {canPublish ? " publish a new version to correct it in the open." : " a lead can publish a corrected version."}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded border border-stone-200 bg-white px-3 py-2 text-sm">
        {publication ? (
          <span data-testid="publication-status">
            {publication.withdrawnAt ? (
              <>Withdrawn on {humanDay(publication.withdrawnAt)} (version {publication.version})</>
            ) : (
              <>Published: version {publication.version}, {humanTime(publication.publishedAt)}</>
            )}
            {" · "}
            <a href={publication.url} target="_blank" rel="noopener" className="text-sky-800 underline">Public page</a>
          </span>
        ) : (
          <span className="text-stone-600" data-testid="publication-status">Not published yet.</span>
        )}
        {message && <span role="status" className="text-emerald-800">{message}</span>}
        <span className="ml-auto flex gap-2">
          {canPublish && (
            <button type="button" onClick={() => { setOpen(open === "publish" ? null : "publish"); setError(null); }} aria-expanded={open === "publish"} className="rounded bg-stone-900 px-3 py-1.5 font-medium text-white">
              {publication ? `Publish version ${next}…` : "Sign off and publish…"}
            </button>
          )}
          {canWithdraw && publication && !publication.withdrawnAt && (
            <button type="button" onClick={() => { setOpen(open === "withdraw" ? null : "withdraw"); setError(null); }} aria-expanded={open === "withdraw"} className="rounded border border-red-700 px-3 py-1.5 text-red-800">
              Withdraw…
            </button>
          )}
        </span>
      </div>
      {open && (
        <form
          className="space-y-2 rounded border border-stone-300 bg-white p-3 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          data-testid={`${open}-form`}
        >
          <label htmlFor={fieldId} className="block font-medium">
            {open === "publish" ? `Sign-off note for version ${next} (optional, shown to readers)` : "Why is the report withdrawn? (required, shown to readers)"}
          </label>
          <textarea id={fieldId} value={text} onChange={(e) => setText(e.target.value)} rows={2} maxLength={LIMITS.noteChars} required={open === "withdraw"} aria-invalid={Boolean(error)} aria-describedby={error ? `${fieldId}-error` : undefined} className="w-full rounded border border-stone-300 px-2 py-1" />
          {open === "publish" && <OpenSourcesNotice openSources={openSources} onSelectClaim={onSelectClaim} claimNumber={claimNumber} />}
          {open === "publish" && <p className="text-stone-600">The report is frozen as it is now, with every verdict note and piece of evidence as written; later changes need a new version, which lists them as corrections.</p>}
          {error && (
            <div id={`${fieldId}-error`} role="alert" className="rounded bg-red-50 px-3 py-2 text-red-900" data-testid="publish-error">
              <p>{error}</p>
              {blockers.length > 0 && (
                <ul className="mt-1 list-disc pl-5" data-testid="publish-blockers">
                  {blockers.map((b) => (
                    <li key={b.claimId}>
                      <button type="button" onClick={() => onSelectClaim(b.claimId)} className="underline">Claim {claimNumber(b.claimId) ?? `#${b.claimId}`}</button>: {b.reason}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <div className="flex gap-2">
            <button type="submit" disabled={busy} className={`rounded px-3 py-1.5 font-medium text-white disabled:opacity-60 ${open === "publish" ? "bg-stone-900" : "bg-red-800"}`}>
              {busy ? "Working…" : open === "publish" ? `Publish version ${next}` : "Withdraw the report"}
            </button>
            <button type="button" onClick={() => setOpen(null)} className="rounded border border-stone-300 px-3 py-1.5">Cancel</button>
          </div>
        </form>
      )}
    </section>
  );
}

/** At sign-off: what readers will see as still unsourced, the overdue ones first, each a link to its claim. */
function OpenSourcesNotice({ openSources, onSelectClaim, claimNumber }: Pick<Props, "openSources" | "onSelectClaim" | "claimNumber">) {
  if (openSources.length === 0) return null;
  const overdue = openSources.filter((s) => s.overdue).length;
  const sorted = [...openSources].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <div className="rounded border border-amber-400 bg-amber-50 px-3 py-2" data-testid="open-sources">
      <p>
        {openSources.length === 1 ? "1 claim will be published as “Needs a source”" : `${openSources.length} claims will be published as “Needs a source”`}
        {overdue > 0 ? `, ${overdue} of them past ${overdue === 1 ? "its" : "their"} due date.` : "."} A source found later needs a new version.
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-3">
        {sorted.map((s) => (
          <li key={s.claimId}>
            <button type="button" onClick={() => onSelectClaim(s.claimId)} className="underline">
              Claim {claimNumber(s.claimId) ?? `#${s.claimId}`}{s.overdue ? " (overdue)" : ""}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
