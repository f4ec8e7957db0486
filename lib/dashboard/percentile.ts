import { ttvBucketLowerBound, ttvBucketUpperBound } from "./ttv-buckets";

/**
 * Percentiles use the nearest-rank method: the p-th percentile of n ordered values is the
 * value at 1-based rank `ceil(p × n)` (at least 1). So the median of [1, 2, 3, 4] is 2 and
 * its p90 is 4; the median of [1, 2, 3] is 2.
 */
export function nearestRank(n: number, p: number): number {
  if (!(p > 0 && p <= 1)) throw new RangeError("p must be in (0, 1]");
  return Math.max(1, Math.ceil(p * n - 1e-9));
}

/** Exact nearest-rank percentile of an ascending array; null when empty. */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[nearestRank(sorted.length, p) - 1];
}

export function medianOfSorted(sorted: readonly number[]): number | null {
  return percentileOfSorted(sorted, 0.5);
}

export type HistogramBin = { bucket: number; n: number };

/**
 * Nearest-rank percentile read from a time-to-verdict histogram. Finds the bucket holding
 * rank k = ceil(p × N), then places the value linearly inside the bucket as if its `c`
 * values were spread evenly: `lo + (hi − lo) × (j − ½) / c`, with j the rank of the value
 * within the bucket. The open-ended last bucket reports its lower bound. The exact value
 * lies in `[lo, hi)`, so the error is under one bucket width: ~12% from one minute up
 * (bucket 0 holds everything under a minute).
 */
export function histogramPercentile(bins: readonly HistogramBin[], p: number): number | null {
  const sorted = bins.filter((b) => b.n > 0).sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((s, b) => s + b.n, 0);
  if (total === 0) return null;
  const k = nearestRank(total, p);
  let before = 0;
  for (const bin of sorted) {
    if (before + bin.n >= k) {
      const lo = ttvBucketLowerBound(bin.bucket);
      const hi = ttvBucketUpperBound(bin.bucket);
      if (hi === null) return lo;
      const j = k - before;
      return Math.round(lo + ((hi - lo) * (j - 0.5)) / bin.n);
    }
    before += bin.n;
  }
  return null;
}

/** Merges histograms (e.g. per reviewer into overall), summing counts per bucket. */
export function mergeHistograms(parts: Iterable<readonly HistogramBin[]>): HistogramBin[] {
  const sums = new Map<number, number>();
  for (const part of parts) for (const b of part) sums.set(b.bucket, (sums.get(b.bucket) ?? 0) + b.n);
  return [...sums].map(([bucket, n]) => ({ bucket, n })).sort((a, b) => a.bucket - b.bucket);
}
