"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadClaimDetailAction } from "../actions";
import type { ClaimDetailJson } from "../_components/types";

/** Loads the selected claim's evidence, comments and history; `reload` reads it again. */
export function useClaimDetail(claimId: number | null) {
  const [detail, setDetail] = useState<ClaimDetailJson | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Answers for a claim the reviewer has since left are dropped.
  const wanted = useRef(claimId);
  wanted.current = claimId;

  const load = useCallback(async (id: number) => {
    setLoading(true);
    try {
      const result = await loadClaimDetailAction({ claimId: id });
      if (wanted.current !== id) return;
      if (!result.ok) throw new Error(result.error);
      if (result.data) setDetail(result.data);
      setError(null);
    } catch (e) {
      if (wanted.current === id) setError(e instanceof Error ? e.message : "Could not load the claim.");
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (claimId !== null) void load(claimId);
  }, [claimId, load]);

  const reload = useCallback(() => (claimId === null ? Promise.resolve() : load(claimId)), [claimId, load]);
  const current = detail && detail.claim.id === claimId ? detail : null;
  return { detail: current, setDetail, loading: loading || (claimId !== null && !current), error, reload };
}
