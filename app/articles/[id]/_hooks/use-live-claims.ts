"use client";

import { useEffect, useRef, useState } from "react";
import type { ReviewClaim } from "./review-types";

const POLL_MS = 3000;

/** The article's claims, refreshed every few seconds while the tab is visible. */
export function useLiveClaims(articleId: number, initial: ReviewClaim[]) {
  const [claims, setClaims] = useState(initial);
  const latest = useRef(initial);
  latest.current = claims;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      if (!document.hidden) {
        try {
          const res = await fetch(`/api/articles/${articleId}`, { cache: "no-store" });
          if (res.ok) {
            const body = (await res.json()) as { claims: ReviewClaim[] };
            const changed =
              body.claims.length !== latest.current.length ||
              body.claims.some((c, i) => c.id !== latest.current[i]?.id || c.version !== latest.current[i]?.version);
            if (changed && !stopped) setClaims(body.claims);
          }
        } catch {
          // Offline for a moment: the next tick tries again.
        }
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [articleId]);

  /** Applies a claim the server just returned, without waiting for the next poll. */
  const upsert = (claim: ReviewClaim) => setClaims((list) => list.map((c) => (c.id === claim.id ? { ...c, ...claim } : c)));
  return { claims, setClaims, upsert };
}
