"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { dueDayPassed } from "@/lib/vocabulary";
import type { ReviewClaim, Viewer } from "../_components/types";

/** Which claims the desk walks through with j/k and after each verdict, in tab order, with their names. */
export const QUEUE_LABELS = {
  unreviewed: "Unreviewed",
  mine: "Mine",
  awaiting: "Awaiting confirmation",
  changed: "Changed since verdict",
  overdue: "Source overdue",
  all: "All",
} as const satisfies Record<string, string>;
export type Queue = keyof typeof QUEUE_LABELS;
export const QUEUES = Object.keys(QUEUE_LABELS) as readonly Queue[];

const ADVANCE_KEY = "claimdesk.advanceAfterVerdict";

/** A claim that needs a source whose due day has passed (UTC days, as the dashboard counts them). */
export function sourceOverdue(claim: ReviewClaim): boolean {
  return claim.status === "needs_source" && dueDayPassed(claim.sourceDueAt);
}

function inQueue(queue: Queue, claim: ReviewClaim, viewer: Viewer): boolean {
  const reviewable = claim.checkworthy || claim.status !== "unreviewed";
  if (!reviewable) return false;
  switch (queue) {
    case "unreviewed":
      return claim.status === "unreviewed";
    case "mine":
      return claim.assigneeId === viewer.id && (claim.status === "unreviewed" || claim.status === "needs_source" || claim.needsRecheck);
    case "awaiting":
      return Boolean(claim.awaitingConfirmation);
    case "changed":
      return claim.needsRecheck;
    case "overdue":
      return sourceOverdue(claim);
    case "all":
      return true;
  }
}

/**
 * The review queue: counts per queue, the claims of the chosen one in text order, and whether the
 * desk moves to the next claim after a verdict (a setting kept in this browser).
 */
export function useReviewQueue(claims: ReviewClaim[], viewer: Viewer) {
  const counts = useMemo(() => Object.fromEntries(QUEUES.map((q) => [q, claims.filter((c) => inQueue(q, c, viewer)).length])) as Record<Queue, number>, [claims, viewer]);
  const [queue, setQueue] = useState<Queue>(() => (claims.some((c) => inQueue("unreviewed", c, viewer)) ? "unreviewed" : "all"));
  const [advance, setAdvanceState] = useState(true);
  useEffect(() => {
    setAdvanceState(window.localStorage.getItem(ADVANCE_KEY) !== "0");
  }, []);
  const setAdvance = useCallback((on: boolean) => {
    setAdvanceState(on);
    window.localStorage.setItem(ADVANCE_KEY, on ? "1" : "0");
  }, []);

  /** The queue's claims; the selected claim stays listed while it is selected, even once done. */
  const items = useCallback((selectedId: number | null) => claims.filter((c) => inQueue(queue, c, viewer) || c.id === selectedId), [claims, queue, viewer]);

  /** The claim after `fromId` in the queue (wrapping round), not counting `fromId` itself. */
  const nextAfter = useCallback(
    (fromId: number, claimsNow: ReviewClaim[]): number | null => {
      const from = claimsNow.find((c) => c.id === fromId);
      const rest = claimsNow.filter((c) => c.id !== fromId && inQueue(queue, c, viewer));
      if (rest.length === 0) return null;
      return (rest.find((c) => from && c.start > from.start) ?? rest[0]).id;
    },
    [queue, viewer],
  );

  /** The claim `delta` places from `selectedId` in the queue (clamped at its ends), or null if it is empty. */
  const step = useCallback(
    (selectedId: number | null, delta: number): number | null => {
      const list = items(selectedId);
      if (list.length === 0) return null;
      const index = list.findIndex((c) => c.id === selectedId);
      const next = index < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(Math.max(index + delta, 0), list.length - 1);
      return list[next].id;
    },
    [items],
  );

  /**
   * Switches to another queue. Returns the claim to show: the queue's first claim when the one
   * shown is not in it (a reviewer who picks "Changed since verdict" wants to see a changed claim),
   * otherwise null (the claim shown stays).
   */
  const choose = useCallback(
    (next: Queue, selectedId: number | null): number | null => {
      setQueue(next);
      const shown = claims.find((c) => c.id === selectedId);
      if (shown && inQueue(next, shown, viewer)) return null;
      return claims.find((c) => inQueue(next, c, viewer))?.id ?? null;
    },
    [claims, viewer],
  );

  return { queue, choose, counts, items, nextAfter, step, advance, setAdvance };
}
