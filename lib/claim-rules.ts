import type { ClaimStatus, Verdict } from "./vocabulary";
import { AppError } from "./errors";
import { cleanText } from "./text-policy";
import { parseHttpOnlyUrl } from "./import/http-url";

/** A verdict other than "supported" must say why. */
export function noteRequired(status: Verdict): boolean {
  return status === "disputed" || status === "needs_source";
}

export const MAX_NOTE_CHARS = 5000;

export function assertVerdictNote(status: Verdict, note: string | null | undefined): string | null {
  const trimmed = cleanText(note, "The note", MAX_NOTE_CHARS);
  if (noteRequired(status) && !trimmed) {
    throw new AppError("bad_request", status === "disputed" ? "Say why the claim is disputed: a note is required." : "Say what source is missing: a note is required.");
  }
  return trimmed || null;
}

/** Whether a write made against `seenVersion` may proceed on a claim now at `currentVersion`. */
export function versionMatches(seenVersion: number, currentVersion: number): boolean {
  return seenVersion === currentVersion;
}

/** The status a claim shows at a moment: the last status-setting event at or before it. */
export function statusAsOf(
  events: { at: Date; toStatus: ClaimStatus | null; id: number }[],
  moment: Date,
): ClaimStatus | null {
  let status: ClaimStatus | null = null;
  let last: { at: number; id: number } | null = null;
  for (const e of events) {
    if (e.toStatus === null || e.at.getTime() > moment.getTime()) continue;
    const key = { at: e.at.getTime(), id: e.id };
    if (!last || key.at > last.at || (key.at === last.at && key.id > last.id)) {
      last = key;
      status = e.toStatus;
    }
  }
  return status;
}

/** Only http(s) links are kept as evidence; anything else could run script when clicked. */
export function assertEvidenceUrl(raw: string): string {
  return parseHttpOnlyUrl(raw, { invalid: "The evidence URL is not a valid URL.", notHttp: "Evidence links must be http:// or https:// URLs." }).href;
}

/**
 * An article's review progress, by the dashboard's rule (db/dashboard/summaries.ts): of its
 * check-worthy claims, how many have a verdict. A line that is not check-worthy counts in neither,
 * even with a verdict, so the desk and the dashboard always show the same figures.
 */
export function reviewProgress(claims: readonly { checkworthy: boolean; status: string }[]): { reviewed: number; checkworthy: number } {
  const checkworthy = claims.filter((c) => c.checkworthy);
  return { reviewed: checkworthy.filter((c) => c.status !== "unreviewed").length, checkworthy: checkworthy.length };
}
