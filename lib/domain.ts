/** Closed vocabularies shared by the schema, the validators and the UI. */

export const ROLES = ["editor", "lead", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export const CLAIM_STATUSES = ["unreviewed", "supported", "disputed", "needs_source"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const VERDICTS = ["supported", "disputed", "needs_source"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const EVENT_KINDS = [
  "created",
  "verdict",
  "reset",
  "assigned",
  "evidence_added",
  "evidence_removed",
  "comment",
  "merged",
  "split",
  "span_changed",
  "marked_checkworthy",
  "deleted",
  "reused",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: "Unreviewed",
  supported: "Supported",
  disputed: "Disputed",
  needs_source: "Needs a source",
};

export const ROLE_LABELS: Record<Role, string> = { editor: "Editor", lead: "Lead", admin: "Admin" };
