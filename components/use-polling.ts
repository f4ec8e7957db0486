"use client";

import { useEffect, useRef } from "react";

/**
 * Calls `poll` every `ms` milliseconds while `key` is not null, the first call one interval after
 * the key is set; one call at a time (the next is timed from when the last one settled). A new
 * key restarts the polling; unmounting stops it. `poll` gets `live()`, which is false once its key
 * is gone (so it can drop a stale answer), and returns true to stop polling. A call that throws
 * (offline for a moment) is ignored: the next tick tries again.
 */
export function usePolling(key: string | number | null, ms: number, poll: (live: () => boolean) => Promise<boolean | void>): void {
  const latest = useRef(poll);
  useEffect(() => {
    latest.current = poll; // each tick calls the poll of the latest render
  });

  useEffect(() => {
    if (key === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        if (await latest.current(() => !stopped)) return;
      } catch {
        // Offline for a moment: the next tick tries again.
      }
      if (!stopped) timer = setTimeout(tick, ms);
    };
    timer = setTimeout(tick, ms);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key, ms]);
}
