/**
 * UTC calendar helpers. A "UTC day" is the integer `floor(ms / DAY_MS)`, the same expression the
 * SQL summaries use (`at / 86400000`); an "ISO day" is its `YYYY-MM-DD` spelling.
 */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC day number of a timestamp in ms. */
export function utcDayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** `YYYY-MM-DD` (UTC) of a day number. */
export function isoDayOfUtcDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of a `YYYY-MM-DD` string, or null when it is not a real calendar date. */
export function utcDayOfIsoDay(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** True for a real calendar date written `YYYY-MM-DD` (so not 2024-02-30). */
export function isIsoDay(value: string): boolean {
  return utcDayOfIsoDay(value) !== null;
}

/** `YYYY-MM-DD` (UTC) of a moment, or null. */
export function isoDayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** True once the UTC day of `due` (an ISO moment or day) is over: a source due today is not overdue yet. */
export function dueDayPassed(due: string | null, now: Date = new Date()): boolean {
  return due !== null && due.slice(0, 10) < isoDayOf(now)!;
}

/** ISO-8601 (UTC) of a moment, or null. */
export function isoTimeOf(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/**
 * The `YYYY-MM-DD` a loosely written date stands for ("2024-09-13T10:00:00+02:00",
 * "Sep 13, 2024"), or null when it is not a real calendar date.
 */
export function isoDayFromText(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match) {
    const day = `${match[1]}-${match[2]}-${match[3]}`;
    return isIsoDay(day) ? day : null;
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

const HUMAN_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const HUMAN_TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** "1 December 2026" (UTC) for a moment or an ISO string: how readers and printed reports see dates. */
export function humanDay(value: Date | string): string {
  return HUMAN_DAY.format(typeof value === "string" ? new Date(value) : value);
}

/** "1 December 2026, 14:06 UTC". */
export function humanTime(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return `${HUMAN_DAY.format(date)}, ${HUMAN_TIME.format(date)} UTC`;
}
