import { describe, expect, it } from "vitest";
import {
  AGING_BUCKETS,
  agingBucketIndex,
  agingCutoffs,
  daysOf,
  formatDuration,
  formatPercent,
  histogramPercentile,
  medianOfSorted,
  mergeHistograms,
  nearestRank,
  percentileOfSorted,
  resolveRange,
  ttvBucket,
  ttvBucketLowerBound,
  ttvBucketUpperBound,
  TTV_LAST_BUCKET,
} from "@/lib/dashboard";
import { DAY_MS, dueDayPassed, isoDayOfUtcDay, utcDayOfIsoDay } from "@/lib/vocabulary";

describe("nearest-rank percentiles", () => {
  it("uses rank ceil(p·n)", () => {
    expect(nearestRank(4, 0.5)).toBe(2);
    expect(nearestRank(4, 0.9)).toBe(4);
    expect(nearestRank(10, 0.9)).toBe(9);
    expect(nearestRank(10, 0.5)).toBe(5);
    expect(nearestRank(1, 0.5)).toBe(1);
    expect(nearestRank(100, 0.9)).toBe(90); // no floating-point drift to 91
    expect(() => nearestRank(3, 0)).toThrow();
  });

  it("exact percentiles of sorted arrays", () => {
    expect(medianOfSorted([1, 2, 3, 4])).toBe(2);
    expect(percentileOfSorted([1, 2, 3, 4], 0.9)).toBe(4);
    expect(medianOfSorted([1, 2, 3])).toBe(2);
    expect(percentileOfSorted([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
    expect(medianOfSorted([7])).toBe(7);
    expect(medianOfSorted([])).toBeNull();
  });

  it("histogram percentiles: bucket of the nearest rank, interpolated inside it", () => {
    // Bucket 7 is [120000, 134695): 2 min to 2 min 14.7 s.
    expect(ttvBucketLowerBound(7)).toBe(120_000);
    expect(ttvBucketUpperBound(7)).toBe(134_695);
    // Ranks 1–3 in bucket 1 [60000, 67348), ranks 4–5 in bucket 7.
    const bins = [
      { bucket: 7, n: 2 },
      { bucket: 1, n: 3 },
    ];
    // median: k = 3 → 3rd of 3 in bucket 1 → 60000 + 7348 × 2.5/3
    expect(histogramPercentile(bins, 0.5)).toBe(Math.round(60000 + (7348 * 2.5) / 3));
    // p90: k = 5 → 2nd of 2 in bucket 7 → 120000 + 14695 × 1.5/2
    expect(histogramPercentile(bins, 0.9)).toBe(Math.round(120000 + (14695 * 1.5) / 2));
    expect(histogramPercentile([], 0.5)).toBeNull();
    expect(histogramPercentile([{ bucket: 3, n: 0 }], 0.5)).toBeNull();
    // The open-ended last bucket reports its lower bound.
    expect(histogramPercentile([{ bucket: TTV_LAST_BUCKET, n: 4 }], 0.5)).toBe(ttvBucketLowerBound(TTV_LAST_BUCKET));
  });

  it("histogram estimates stay within a bucket of the exact nearest-rank value", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    // From 1 minute up (below that, bucket 0 spans [0, 1 min)).
    const values = Array.from({ length: 5000 }, () => Math.round(60_000 * Math.exp(rand() * 10)));
    const sorted = [...values].sort((a, b) => a - b);
    const bins = mergeHistograms([values.map((v) => ({ bucket: ttvBucket(v), n: 1 }))]);
    for (const p of [0.1, 0.5, 0.9, 0.99]) {
      const exact = percentileOfSorted(sorted, p)!;
      const estimate = histogramPercentile(bins, p)!;
      expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.123);
      expect(ttvBucket(estimate)).toBe(ttvBucket(exact));
    }
  });

  it("merges histograms", () => {
    expect(mergeHistograms([[{ bucket: 2, n: 1 }, { bucket: 1, n: 2 }], [{ bucket: 2, n: 3 }]])).toEqual([
      { bucket: 1, n: 2 },
      { bucket: 2, n: 4 },
    ]);
  });
});

describe("time-to-verdict buckets", () => {
  it("six buckets per doubling from one minute, under a minute in bucket 0", () => {
    expect(ttvBucket(-5)).toBe(0);
    expect(ttvBucket(0)).toBe(0);
    expect(ttvBucket(59_999)).toBe(0);
    expect(ttvBucket(60_000)).toBe(1);
    expect(ttvBucket(67_347)).toBe(1);
    expect(ttvBucket(67_348)).toBe(2);
    expect(ttvBucket(120_000)).toBe(7);
    expect(ttvBucket(3_600_000)).toBe(36); // 1 h = 2^5.9 min
    expect(ttvBucket(1e15)).toBe(TTV_LAST_BUCKET);
    expect(ttvBucketUpperBound(TTV_LAST_BUCKET)).toBeNull();
    for (let b = 1; b < TTV_LAST_BUCKET; b++) {
      const width = ttvBucketUpperBound(b)! / ttvBucketLowerBound(b);
      expect(width).toBeGreaterThan(1.12);
      expect(width).toBeLessThan(1.123);
    }
  });
});

describe("backlog aging buckets", () => {
  it("[0,1d) [1d,3d) [3d,7d) [7d,∞)", () => {
    expect(AGING_BUCKETS.map((b) => b.key)).toEqual(["under_1d", "1d_3d", "3d_7d", "over_7d"]);
    expect(agingBucketIndex(-1000)).toBe(0);
    expect(agingBucketIndex(0)).toBe(0);
    expect(agingBucketIndex(DAY_MS - 1)).toBe(0);
    expect(agingBucketIndex(DAY_MS)).toBe(1);
    expect(agingBucketIndex(3 * DAY_MS - 1)).toBe(1);
    expect(agingBucketIndex(3 * DAY_MS)).toBe(2);
    expect(agingBucketIndex(7 * DAY_MS)).toBe(3);
    expect(agingBucketIndex(90 * DAY_MS)).toBe(3);
    expect(agingCutoffs(10 * DAY_MS)).toEqual([9 * DAY_MS, 7 * DAY_MS, 3 * DAY_MS]);
  });
});

describe("due days (UTC)", () => {
  it("a source due on a day is overdue only once that day is over", () => {
    const now = new Date("2026-12-02T23:59:00Z");
    expect(dueDayPassed("2026-12-01T00:00:00.000Z", now)).toBe(true);
    expect(dueDayPassed("2026-12-02T00:00:00.000Z", now)).toBe(false);
    expect(dueDayPassed("2026-12-03", now)).toBe(false);
    expect(dueDayPassed(null, now)).toBe(false);
  });
});

describe("date ranges (UTC days)", () => {
  const now = Date.UTC(2025, 0, 31, 23, 59);
  it("parses real calendar dates only", () => {
    expect(utcDayOfIsoDay("2025-01-31")).toBe(Date.UTC(2025, 0, 31) / DAY_MS);
    expect(utcDayOfIsoDay("2025-02-30")).toBeNull();
    expect(utcDayOfIsoDay("2025-1-3")).toBeNull();
    expect(utcDayOfIsoDay("yesterday")).toBeNull();
    expect(isoDayOfUtcDay(utcDayOfIsoDay("2024-02-29")!)).toBe("2024-02-29");
  });

  it("defaults to the last 30 days including today", () => {
    const r = resolveRange(undefined, undefined, now);
    expect(r).toMatchObject({ from: "2025-01-02", to: "2025-01-31", days: 30 });
    expect(r.startMs).toBe(Date.UTC(2025, 0, 2));
    expect(r.endMs).toBe(Date.UTC(2025, 1, 1));
    expect(daysOf(r)).toHaveLength(30);
    expect(resolveRange(undefined, "2025-01-10", now)).toMatchObject({ from: "2024-12-12", to: "2025-01-10" });
    expect(resolveRange("2025-01-20", undefined, now)).toMatchObject({ from: "2025-01-20", to: "2025-01-31", days: 12 });
  });

  it("rejects reversed, invalid and over-long ranges", () => {
    expect(() => resolveRange("2025-01-05", "2025-01-04", now)).toThrow(/after/);
    expect(() => resolveRange("2025-13-01", undefined, now)).toThrow(/not a date/);
    expect(() => resolveRange("2023-01-01", "2025-01-01", now)).toThrow(/366/);
  });
});

describe("formatting", () => {
  it("durations with at most two units", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(42_000)).toBe("42 s");
    expect(formatDuration(5 * 60_000)).toBe("5 min");
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000)).toBe("3 h 20 min");
    expect(formatDuration(2 * DAY_MS + 4 * 3_600_000)).toBe("2 d 4 h");
    expect(formatDuration(DAY_MS)).toBe("1 d");
  });
  it("percentages", () => {
    expect(formatPercent(0.6)).toBe("60%");
    expect(formatPercent(null)).toBe("—");
  });
});
