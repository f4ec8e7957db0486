/** Date ranges of the dashboard. All day boundaries are UTC (lib/vocabulary/dates.ts). */
import { DAY_MS, isoDayOfUtcDay, utcDayOf, utcDayOfIsoDay } from "../vocabulary";

/** Default window when the URL names none: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;
/** Longest range the dashboard accepts, to keep the throughput chart and the queries bounded. */
export const MAX_RANGE_DAYS = 366;

export type DayRange = {
  /** Inclusive first day, `YYYY-MM-DD`. */
  from: string;
  /** Inclusive last day, `YYYY-MM-DD`. */
  to: string;
  fromDay: number;
  toDay: number;
  /** `[startMs, endMs)`: midnight UTC of `from` up to midnight UTC after `to`. */
  startMs: number;
  endMs: number;
  days: number;
};

/**
 * Resolves optional `from`/`to` strings against `now`: a missing `to` is today, a missing
 * `from` is `DEFAULT_RANGE_DAYS - 1` days before `to`. Throws on an invalid or reversed range.
 */
export function resolveRange(from: string | undefined, to: string | undefined, now: number): DayRange {
  const toDay = to === undefined ? utcDayOf(now) : utcDayOfIsoDay(to);
  if (toDay === null) throw new RangeError(`"${to}" is not a date (YYYY-MM-DD).`);
  const fromDay = from === undefined ? toDay - (DEFAULT_RANGE_DAYS - 1) : utcDayOfIsoDay(from);
  if (fromDay === null) throw new RangeError(`"${from}" is not a date (YYYY-MM-DD).`);
  if (fromDay > toDay) throw new RangeError("The start date is after the end date.");
  const days = toDay - fromDay + 1;
  if (days > MAX_RANGE_DAYS) throw new RangeError(`The range is longer than ${MAX_RANGE_DAYS} days.`);
  return {
    from: isoDayOfUtcDay(fromDay),
    to: isoDayOfUtcDay(toDay),
    fromDay,
    toDay,
    startMs: fromDay * DAY_MS,
    endMs: (toDay + 1) * DAY_MS,
    days,
  };
}

/** Every day of a range, in order. */
export function daysOf(range: Pick<DayRange, "fromDay" | "toDay">): number[] {
  const out: number[] = [];
  for (let d = range.fromDay; d <= range.toDay; d++) out.push(d);
  return out;
}
