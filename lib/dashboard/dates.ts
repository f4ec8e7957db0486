/**
 * Calendar helpers for the dashboard. All day boundaries are UTC: a "day" is the integer
 * `floor(ms / DAY_MS)`, the same expression the SQL summaries use (`at / 86400000`).
 */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** Default window when the URL names none: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;
/** Longest range the dashboard accepts, to keep the throughput chart and the queries bounded. */
export const MAX_RANGE_DAYS = 366;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC day number of a timestamp in ms. */
export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** `YYYY-MM-DD` (UTC) of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of a `YYYY-MM-DD` string, or null when it is not a real calendar date. */
export function isoToDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export function isIsoDate(value: string): boolean {
  return isoToDay(value) !== null;
}

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
  const toDay = to === undefined ? dayNumber(now) : isoToDay(to);
  if (toDay === null) throw new RangeError(`"${to}" is not a date (YYYY-MM-DD).`);
  const fromDay = from === undefined ? toDay - (DEFAULT_RANGE_DAYS - 1) : isoToDay(from);
  if (fromDay === null) throw new RangeError(`"${from}" is not a date (YYYY-MM-DD).`);
  if (fromDay > toDay) throw new RangeError("The start date is after the end date.");
  const days = toDay - fromDay + 1;
  if (days > MAX_RANGE_DAYS) throw new RangeError(`The range is longer than ${MAX_RANGE_DAYS} days.`);
  return {
    from: dayToIso(fromDay),
    to: dayToIso(toDay),
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
