"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { StatusBadge } from "@/components/status-style";
import { MatchDifference } from "./match-difference";
import type { ClaimMatchJson } from "./types";

type Props = {
  match: ClaimMatchJson;
  disabled: boolean;
  reusing: boolean;
  /** Copies the earlier verdict; `acknowledged` when the reviewer confirmed a related claim's verdict applies. */
  onReuse: (match: ClaimMatchJson, acknowledged: boolean) => void;
  onDismiss: (match: ClaimMatchJson) => void;
};

const button = "rounded border px-2 py-1 text-xs font-medium hover:bg-stone-100 disabled:opacity-50";

/**
 * One earlier claim: same or related, why they differ, the words side by side, its verdict, note
 * and evidence. Only the same claim offers a one-click reuse; a related one asks the reviewer to
 * confirm, having read the difference, that the verdict applies.
 */
export function CheckedBeforeItem({ match: m, disabled, reusing, onReuse, onDismiss }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const checkboxId = useId();
  const noVerdict = m.status === "unreviewed";

  return (
    <li className="space-y-1.5 rounded border border-stone-200 bg-white p-2 text-sm" data-testid="checked-before-item" data-claim-id={m.claimId}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span
          className={`rounded border px-1.5 py-0.5 font-medium ${m.same ? "border-sky-700 bg-sky-50 text-sky-900" : "border-amber-600 bg-amber-50 text-amber-950"}`}
          data-testid="match-kind"
        >
          {m.same ? "Same claim" : "Related"}
        </span>
        <span className="text-stone-600" data-testid="match-similarity" title="How closely the two claims' deciding parts and wording agree">
          {Math.round(m.similarity * 100)}% similar
        </span>
        {m.diff.mode === "slots" && <span className="text-stone-600">{m.language === "es" ? "In Spanish" : "In English"}</span>}
      </div>
      {m.reason && (
        <p className="text-xs font-medium text-amber-900" data-testid="match-reason">
          Not the same claim: {m.reason}
        </p>
      )}
      <p className="text-xs text-stone-600">
        In{" "}
        <Link href={`/articles/${m.articleId}?claim=${m.claimId}`} className="font-medium text-sky-800 underline" data-testid="match-article">
          {m.articleTitle}
        </Link>
      </p>
      <blockquote className="border-l-2 border-stone-300 pl-2 font-serif text-stone-800" data-testid="match-text" lang={m.language}>
        {m.text}
      </blockquote>
      <MatchDifference diff={m.diff} />
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <StatusBadge status={m.status} />
        {noVerdict ? (
          <span>No verdict yet</span>
        ) : (
          m.verdictByName && (
            <span>
              by {m.verdictByName}
              {m.verdictAt && <> · {new Date(m.verdictAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}</>}
            </span>
          )
        )}
        {m.awaitingConfirmation && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900" data-testid="match-awaiting">
            awaiting a second reviewer
          </span>
        )}
      </div>
      {m.note && (
        <p className="whitespace-pre-wrap text-stone-800" data-testid="match-note">
          {m.note}
        </p>
      )}
      {m.evidence.length > 0 && (
        <ul className="space-y-0.5 text-xs" aria-label="Evidence of the earlier claim">
          {m.evidence.map((e, i) => (
            <li key={`${e.url}-${i}`}>
              <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-sky-800 underline">
                {e.title || e.url}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2 pt-0.5">
        {m.reused ? (
          <span className="text-xs font-medium text-stone-700" data-testid="match-reused">
            Verdict reused
          </span>
        ) : m.same ? (
          <button
            type="button"
            disabled={disabled || noVerdict}
            title={noVerdict ? "The earlier claim has no verdict yet" : "Copy its status, note and evidence to this claim"}
            onClick={() => onReuse(m, false)}
            className={`${button} border-stone-400 bg-white`}
          >
            {reusing ? "Reusing…" : "Reuse verdict"}
          </button>
        ) : (
          <button
            type="button"
            disabled={disabled || noVerdict}
            aria-expanded={confirming}
            title={noVerdict ? "The earlier claim has no verdict yet" : "A related claim: read the difference before reusing its verdict"}
            onClick={() => setConfirming((open) => !open)}
            className={`${button} border-stone-300 bg-white`}
          >
            Reuse anyway…
          </button>
        )}
        <button type="button" disabled={disabled} onClick={() => onDismiss(m)} className={`${button} border-stone-300 font-normal`} aria-label={`Dismiss the match with “${m.articleTitle}”`}>
          Dismiss
        </button>
      </div>
      {confirming && !m.same && !m.reused && (
        <div className="space-y-1.5 rounded border border-amber-300 bg-amber-50 p-2 text-xs" data-testid="reuse-confirm">
          <p className="flex items-start gap-2">
            <input id={checkboxId} type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} className="mt-0.5" />
            <label htmlFor={checkboxId}>
              I have read the difference{m.reason ? ` (${m.reason})` : ""}, and the earlier verdict applies to this claim.
            </label>
          </p>
          <button type="button" disabled={disabled || !acknowledged} onClick={() => onReuse(m, true)} className={`${button} border-amber-700 bg-white`}>
            {reusing ? "Reusing…" : "Reuse this verdict"}
          </button>
        </div>
      )}
    </li>
  );
}
