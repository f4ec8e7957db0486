import { DAY_MS } from "../vocabulary";

/**
 * Backlog aging buckets, by a claim's age (`now - created_at`):
 * `[0, 1d)`, `[1d, 3d)`, `[3d, 7d)`, `[7d, ∞)`. A claim exactly 1 day old is in "1–3 days".
 * Claims dated in the future (clock skew) count as under a day.
 */
export const AGING_BUCKETS = [
  { key: "under_1d", label: "< 1 day", minMs: 0, maxMs: DAY_MS },
  { key: "1d_3d", label: "1–3 days", minMs: DAY_MS, maxMs: 3 * DAY_MS },
  { key: "3d_7d", label: "3–7 days", minMs: 3 * DAY_MS, maxMs: 7 * DAY_MS },
  { key: "over_7d", label: "> 7 days", minMs: 7 * DAY_MS, maxMs: null },
] as const;

export type AgingBucketKey = (typeof AGING_BUCKETS)[number]["key"];

/** Index into AGING_BUCKETS for an age in ms. */
export function agingBucketIndex(ageMs: number): number {
  for (let i = AGING_BUCKETS.length - 1; i > 0; i--) {
    if (ageMs >= AGING_BUCKETS[i].minMs) return i;
  }
  return 0;
}

/**
 * The `created_at` thresholds for a given `now`, newest first: a claim is in bucket i when
 * `created_at > cut[i]` and not in an earlier bucket; these are what the SQL compares with.
 */
export function agingCutoffs(now: number): [number, number, number] {
  return [now - AGING_BUCKETS[1].minMs, now - AGING_BUCKETS[2].minMs, now - AGING_BUCKETS[3].minMs];
}
