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

  const run = useCallback(
    async (action: () => Promise<ActionResult<ClaimDetailJson>>): Promise<Outcome> => {
      setBusy(true);
      try {
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
      } catch {
        return { ok: false, error: OFFLINE };
      } finally {
        setBusy(false);
      }
    },
    [apply],
  );

  const runSplit = useCallback(
    async (action: () => Promise<ActionResult<SplitEditResult>>): Promise<ActionResult<SplitEditResult> | { ok: false; error: string }> => {
      setBusy(true);
      try {
        const result = await action();
        if (result.ok && result.data) {
          apply.split(result.data);
          setConflict(null);
        }
        return result;
      } catch {
        return { ok: false, error: OFFLINE };
      } finally {
        setBusy(false);
      }
    },
    [apply],
  );

  return { busy, conflict, setConflict, run, runSplit };
}
