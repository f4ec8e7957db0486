"use client";

import { useCallback, useState } from "react";
import type { ActionResult } from "@/server/action";
import type { ClaimDetailJson, Conflict, ReviewClaim, SplitEditResult } from "../_components/types";

export type Outcome = { ok: true } | { ok: false; error: string | null };

const OFFLINE = "Could not reach the server. Nothing was saved; try again.";

/**
 * Runs the desk's actions one at a time. A claim action answers with the claim's fresh detail; a
 * split edit with the article's new claim list. A conflict (someone changed the claim first) is
 * kept for the verdict form; any other refusal is handed back to the form that caused it.
 */
export function useDeskActions(apply: {
  detail: (detail: ClaimDetailJson) => void;
  claim: (claim: ReviewClaim) => void;
  split: (result: SplitEditResult) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  // Both kinds of action hold the desk busy and say the same thing when the server is unreachable.
  const whileBusy = useCallback(async <T,>(work: () => Promise<T>): Promise<T | { ok: false; error: string }> => {
    setBusy(true);
    try {
      return await work();
    } catch {
      return { ok: false, error: OFFLINE };
    } finally {
      setBusy(false);
    }
  }, []);

  const run = useCallback(
    (action: () => Promise<ActionResult<ClaimDetailJson>>): Promise<Outcome> =>
      whileBusy(async (): Promise<Outcome> => {
        const result = await action();
        if (!result.ok) {
          const current = result.details?.current as Conflict["current"] | undefined;
          if (current) {
            setConflict({ message: result.error, current });
            apply.claim(current);
            return { ok: false, error: null };
          }
          return { ok: false, error: result.error };
        }
        if (result.data) {
          apply.detail(result.data);
          apply.claim(result.data.claim);
        }
        setConflict(null);
        return { ok: true };
      }),
    [apply, whileBusy],
  );

  const runSplit = useCallback(
    (action: () => Promise<ActionResult<SplitEditResult>>): Promise<ActionResult<SplitEditResult> | { ok: false; error: string }> =>
      whileBusy(async () => {
        const result = await action();
        if (result.ok && result.data) {
          apply.split(result.data);
          setConflict(null);
        }
        return result;
      }),
    [apply, whileBusy],
  );

  return { busy, conflict, setConflict, run, runSplit };
}
