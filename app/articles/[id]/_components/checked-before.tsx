"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { StatusBadge } from "@/components/status-style";
import { dismissMatchAction, findEarlierChecksAction, loadMatchesAction, reuseVerdictAction } from "../actions";
import type { ClaimDetailJson, ClaimMatchJson, ClaimMatchesJson, Conflict } from "./types";

type Props = {
  claimId: number;
  /** The claim version the reviewer sees: reuse only applies on top of it (else a conflict). */
  version: number;
  /** The claim's fresh detail after a reuse, to redraw the panel and the text. */
  onReused: (detail: ClaimDetailJson) => void;
  /** Someone changed the claim first: the current claim, for the panel's conflict handling. */
  onConflict?: (conflict: Conflict) => void;
  /** Disables the buttons while the panel runs another action. */
  busy?: boolean;
  /** The article's claims are being compared with earlier checks right now (after an import or edit). */
  matchingRunning?: boolean;
};

/**
 * "Checked before": earlier claims in other articles that match this one, with their articles,
 * verdicts, notes, evidence and similarity. Reuse copies a verdict in one action; Dismiss hides
 * a match for good. Renders nothing when there are no matches.
 */
export function CheckedBefore({ claimId, version, onReused, onConflict, busy = false, matchingRunning = false }: Props) {
  const [matches, setMatches] = useState<ClaimMatchJson[] | null>(null);
  const [scanned, setScanned] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState<number | null>(null);

  const apply = useCallback((result: { ok: true; data?: ClaimMatchesJson } | { ok: false; error: string }) => {
    if (!result.ok) throw new Error(result.error);
    setMatches(result.data?.matches ?? []);
    setScanned(result.data?.scanned ?? true);
    setLoadError(null);
  }, []);

  const load = useCallback(
    async (id: number, isCurrent: () => boolean = () => true) => {
      try {
        const result = await loadMatchesAction({ claimId: id });
        if (isCurrent()) apply(result);
      } catch (e) {
        if (isCurrent()) setLoadError(e instanceof Error ? e.message : "Could not load earlier checks.");
      }
    },
    [apply],
  );

  useEffect(() => {
    setMatches(null);
    setError(null);
    setLoadError(null);
    let current = true;
    void load(claimId, () => current);
    return () => {
      current = false;
    };
  }, [claimId, load]);

  // While the article is being matched, a claim not reached yet is read again until it is,
  // and once more when matching ends.
  useEffect(() => {
    if (scanned || matches === null || !matchingRunning) return;
    const timer = setTimeout(() => void load(claimId), 1000);
    return () => clearTimeout(timer);
  }, [scanned, matches, matchingRunning, claimId, load]);
  const wasRunning = useRef(matchingRunning);
  useEffect(() => {
    if (wasRunning.current && !matchingRunning) void load(claimId);
    wasRunning.current = matchingRunning;
  }, [matchingRunning, claimId, load]);

  async function lookNow() {
    setWorking(-1);
    try {
      apply(await findEarlierChecksAction({ claimId }));
    } catch (e) {
      setError(e instanceof Error ? e.message : "The server could not be reached.");
    } finally {
      setWorking(null);
    }
  }

  async function reuse(match: ClaimMatchJson) {
    setWorking(match.claimId);
    setError(null);
    try {
      const result = await reuseVerdictAction({ claimId, sourceClaimId: match.claimId, version });
      if (!result.ok) {
        const current = result.details?.current as Conflict["current"] | undefined;
        if (current && onConflict) onConflict({ message: result.error, current });
        else setError(result.error);
        return;
      }
      if (result.data) onReused(result.data);
      await load(claimId);
    } catch {
      setError("The server could not be reached. Nothing was saved.");
    } finally {
      setWorking(null);
    }
  }

  async function dismiss(match: ClaimMatchJson) {
    setWorking(match.claimId);
    setError(null);
    try {
      const result = await dismissMatchAction({ claimId, matchedClaimId: match.claimId });
      if (!result.ok) setError(result.error);
      else setMatches((list) => list?.filter((m) => m.claimId !== match.claimId) ?? null);
    } catch {
      setError("The server could not be reached. Nothing was saved.");
    } finally {
      setWorking(null);
    }
  }

  if (loadError) {
    return (
      <p className="text-sm text-stone-600" role="status" data-testid="checked-before-error">
        Earlier checks could not be loaded: {loadError}
      </p>
    );
  }
  if (matches && matches.length === 0 && !scanned && matchingRunning) {
    return (
      <p className="border-t border-stone-200 pt-3 text-sm text-stone-600" role="status" data-testid="checked-before-pending">
        Comparing with earlier checks…
      </p>
    );
  }
  if (matches && matches.length === 0 && !scanned) {
    return (
      <p className="flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3 text-sm text-stone-600" data-testid="checked-before-unscanned">
        Not compared with earlier claims yet.
        <button type="button" disabled={busy || working !== null} onClick={() => void lookNow()} className="rounded border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50">
          {working === -1 ? "Looking…" : "Look for earlier checks"}
        </button>
      </p>
    );
  }
  if (!matches || matches.length === 0) return null;

  return (
    <section className="space-y-2 border-t border-stone-200 pt-3" aria-labelledby={`checked-before-${claimId}`} data-testid="checked-before">
      <h3 id={`checked-before-${claimId}`} className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        Checked before ({matches.length})
      </h3>
      {error && (
        <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-800" role="status" data-testid="checked-before-message">
          {error}
        </p>
      )}
      <ul className="space-y-2">
        {matches.map((m) => {
          const disabled = busy || working !== null;
          return (
            <li key={m.claimId} className="space-y-1.5 rounded border border-stone-200 bg-white p-2 text-sm" data-testid="checked-before-item" data-claim-id={m.claimId}>
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <span
                  className={`rounded border px-1.5 py-0.5 font-medium ${m.same ? "border-sky-700 bg-sky-50 text-sky-900" : "border-stone-300 bg-stone-50 text-stone-700"}`}
                  data-testid="match-kind"
                >
                  {m.same ? "Same claim" : "Related"}
                </span>
                <span className="text-stone-600" data-testid="match-similarity" title="Similarity of the two claims' wording and figures">
                  {Math.round(m.similarity * 100)}% similar
                </span>
              </div>
              <p className="text-xs text-stone-600">
                In{" "}
                <Link href={`/articles/${m.articleId}?claim=${m.claimId}`} className="font-medium text-sky-800 underline" data-testid="match-article">
                  {m.articleTitle}
                </Link>
              </p>
              <blockquote className="border-l-2 border-stone-300 pl-2 font-serif text-stone-800" data-testid="match-text">
                {m.text}
              </blockquote>
              <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <StatusBadge status={m.status} />
                {m.status === "unreviewed" ? (
                  <span>No verdict yet</span>
                ) : (
                  m.verdictByName && (
                    <span>
                      by {m.verdictByName}
                      {m.verdictAt && <> · {new Date(m.verdictAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}</>}
                    </span>
                  )
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
                  <span className="text-xs font-medium text-stone-700" data-testid="match-reused">Verdict reused</span>
                ) : (
                  <button
                    type="button"
                    disabled={disabled || m.status === "unreviewed"}
                    title={m.status === "unreviewed" ? "The earlier claim has no verdict yet" : "Copy its status, note and evidence to this claim"}
                    onClick={() => void reuse(m)}
                    className="rounded border border-stone-400 bg-white px-2 py-1 text-xs font-medium hover:bg-stone-100 disabled:opacity-50"
                  >
                    {working === m.claimId ? "Reusing…" : "Reuse verdict"}
                  </button>
                )}
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => void dismiss(m)}
                  className="rounded border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50"
                  aria-label={`Dismiss the match with “${m.articleTitle}”`}
                >
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
