"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { dismissMatchAction, findEarlierChecksAction, loadMatchesAction, reuseVerdictAction } from "../actions";
import { CheckedBeforeItem } from "./checked-before-item";
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
 * "Checked before": earlier claims in other articles (English or Spanish) that match this one —
 * the same claim or a related one, with the difference (checked-before-item). Reuse copies a
 * verdict; Dismiss hides a match for good. Renders nothing when there are no matches.
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

  async function reuse(match: ClaimMatchJson, acknowledgeDifference: boolean) {
    setWorking(match.claimId);
    setError(null);
    try {
      const result = await reuseVerdictAction({ claimId, sourceClaimId: match.claimId, version, acknowledgeDifference });
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
        {matches.map((m) => (
          <CheckedBeforeItem key={m.claimId} match={m} disabled={busy || working !== null} reusing={working === m.claimId} onReuse={(match, acknowledged) => void reuse(match, acknowledged)} onDismiss={(match) => void dismiss(match)} />
        ))}
      </ul>
    </section>
  );
}
