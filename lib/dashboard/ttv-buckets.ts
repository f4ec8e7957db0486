import { MINUTE_MS } from "../vocabulary";

/**
 * Time-to-verdict histogram buckets, shared by the SQL summary (`dash_ttv_buckets`, filled
 * by migration 0002 from these very numbers) and the percentile code.
 *
 * Bucket 0 is `[0, 1 min)`. Bucket b ≥ 1 is `[lo(b), lo(b+1))` with
 * `lo(b) = round(1 min × 2^((b−1)/6))`: six buckets per doubling, so each bucket is about
 * 12% wide and an estimate read from the histogram is within ~12% of the exact value.
 * The last bucket (b = TTV_LAST_BUCKET, from 2^19 min ≈ 364 days) is open-ended.
 */
export const TTV_BUCKETS_PER_DOUBLING = 6;
export const TTV_LAST_BUCKET = 115;

export function ttvBucketLowerBound(bucket: number): number {
  if (bucket <= 0) return 0;
  return Math.round(MINUTE_MS * 2 ** ((bucket - 1) / TTV_BUCKETS_PER_DOUBLING));
}

/** Exclusive upper bound of a bucket; null for the open-ended last one. */
export function ttvBucketUpperBound(bucket: number): number | null {
  return bucket >= TTV_LAST_BUCKET ? null : ttvBucketLowerBound(bucket + 1);
}

/** All lower bounds, index = bucket. */
export const TTV_BUCKET_LOWER_BOUNDS: readonly number[] = Array.from({ length: TTV_LAST_BUCKET + 1 }, (_, b) =>
  ttvBucketLowerBound(b),
);

/** Bucket of a duration in ms (negative durations, from clock skew, count as 0). */
export function ttvBucket(durationMs: number): number {
  const d = Math.max(0, durationMs);
  let lo = 0;
  let hi = TTV_LAST_BUCKET;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (TTV_BUCKET_LOWER_BOUNDS[mid] <= d) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
