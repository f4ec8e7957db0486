import { DAY_MS, HOUR_MS, MINUTE_MS } from "../vocabulary";

/** "45 s", "12 min", "3 h 20 min", "2 d 4 h": two units at most, for durations and ages. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  const v = Math.max(0, ms);
  if (v < MINUTE_MS) return `${Math.round(v / 1000)} s`;
  if (v < HOUR_MS) return `${Math.round(v / MINUTE_MS)} min`;
  if (v < DAY_MS) {
    const h = Math.floor(v / HOUR_MS);
    const m = Math.round((v - h * HOUR_MS) / MINUTE_MS);
    return m === 60 ? `${h + 1} h` : m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(v / DAY_MS);
  const h = Math.round((v - d * DAY_MS) / HOUR_MS);
  return h === 24 ? `${d + 1} d` : h ? `${d} d ${h} h` : `${d} d`;
}

/** Share in [0, 1] as a whole percentage, or "—" when undefined (nothing to divide by). */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return "—";
  return `${Math.round(share * 100)}%`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** Share that tolerates a zero denominator. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
