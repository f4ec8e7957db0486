"use client";

import { useRef, useState } from "react";
import { usePolling } from "@/components/use-polling";
import type { MatchingProgress } from "@/services/matches";
import { loadLiveArticleAction } from "../actions";
import type { OrphanJson, PublicationJson, ReviewClaim } from "../_components/types";

const POLL_MS = 3000;

type Initial = { version: number; claims: ReviewClaim[]; matching: MatchingProgress; orphans: OrphanJson[]; publication: PublicationJson };

/**
 * The article as the desk sees it — its claims, orphaned claims, how far matching has got, its
 * version and its published report — refreshed every few seconds while the tab is visible.
 */
export function useLiveArticle(articleId: number, initial: Initial) {
  const [claims, setClaims] = useState(initial.claims);
  const [matching, setMatching] = useState(initial.matching);
  const [orphans, setOrphans] = useState(initial.orphans);
  const [version, setVersion] = useState(initial.version);
  const [publication, setPublication] = useState(initial.publication);
  const latest = useRef(initial.claims);
  latest.current = claims;

  usePolling(articleId, POLL_MS, async (live) => {
    if (document.hidden) return;
    const result = await loadLiveArticleAction({ articleId });
    if (result.ok && result.data && live()) {
      const fresh = result.data.claims;
      const changed =
        fresh.length !== latest.current.length ||
        fresh.some((c, i) => c.id !== latest.current[i]?.id || c.version !== latest.current[i]?.version);
      if (changed) setClaims(fresh);
      setMatching(result.data.matching);
      setOrphans(result.data.orphans);
      setVersion(result.data.version);
      setPublication(result.data.publication);
    }
  });

  /** Applies a claim the server just returned, without waiting for the next poll. */
  const upsert = (claim: ReviewClaim) => setClaims((list) => list.map((c) => (c.id === claim.id ? { ...c, ...claim } : c)));
  return { claims, setClaims, upsert, matching, orphans, setOrphans, version, publication, setPublication };
}
