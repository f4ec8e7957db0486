"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClaimDetailJson } from "./review-types";

/** Loads the selected claim's evidence, comments and history; `reload` refetches it. */
export function useClaimDetail(claimId: number | null) {
  const [detail, setDetail] = useState<ClaimDetailJson | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (id: number, signal?: AbortSignal) => {
    setLoading(true);
    try {
      const res = await fetch(`/api/claims/${id}`, { signal, cache: "no-store" });
      const body = await res.json();
      if (!res.ok) throw new Error(body.error ?? "Could not load the claim.");
      setDetail(body as ClaimDetailJson);
      setError(null);
    } catch (e) {
      if ((e as Error).name !== "AbortError") setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (claimId === null) return;
    const controller = new AbortController();
    void load(claimId, controller.signal);
    return () => controller.abort();
  }, [claimId, load]);

  const reload = useCallback(() => (claimId === null ? Promise.resolve() : load(claimId)), [claimId, load]);
  const current = detail && detail.claim.id === claimId ? detail : null;
  return { detail: current, setDetail, loading: loading || (claimId !== null && !current), error, reload };
}
