/** Closed vocabularies shared by the schema, the validators, the services and the UI. */

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
  // Article versions (re-anchoring a claim into a new text):
  "moved",
  "text_changed",
  "orphaned",
  "restored",
  "rechecked",
  // The two-person rule:
  "confirmed",
  "sent_back",
  // Check-worthiness: a lead rescored the article with the model in use.
  "rescored",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How each history event is named to people (timeline, as-of view). */
export const EVENT_LABELS: Record<EventKind, string> = {
  created: "Created",
  verdict: "Verdict",
  reset: "Reset",
  assigned: "Assignment",
  evidence_added: "Evidence added",
  evidence_removed: "Evidence removed",
  comment: "Comment",
  merged: "Merged",
  split: "Split",
  span_changed: "Span changed",
  marked_checkworthy: "Check-worthiness changed",
  deleted: "Removed",
  reused: "Reused earlier verdict",
  moved: "Moved in a new version",
  text_changed: "Text changed in a new version",
  orphaned: "Gone from a new version",
  restored: "Restored",
  rechecked: "Verdict rechecked",
  confirmed: "Verdict confirmed",
  sent_back: "Verdict sent back",
  rescored: "Rescored",
};

/** Which verdicts need a second reviewer's confirmation (a desk setting). */
export const TWO_PERSON_RULES = ["disputed", "all", "off"] as const;
export type TwoPersonRule = (typeof TWO_PERSON_RULES)[number];

/** A trained check-worthiness model: running, finished (it may be the one in use) or failed. */
export const MODEL_STATUSES = ["training", "ready", "failed"] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/** Where an article version's text came from. */
export const VERSION_SOURCES = ["import", "paste", "upload", "url"] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: "Unreviewed",
  supported: "Supported",
  disputed: "Disputed",
  needs_source: "Needs a source",
};

/** Order used in tables, summaries and stacks: settled verdicts first, then the open ones. */
export const STATUS_ORDER: readonly ClaimStatus[] = ["supported", "disputed", "needs_source", "unreviewed"];

/** A symbol per status, so status never depends on colour alone. */
export const STATUS_ICONS: Record<ClaimStatus, string> = { unreviewed: "○", supported: "✓", disputed: "✗", needs_source: "?" };

export const LANGUAGE_LABELS: Record<Language, string> = { en: "English", es: "Spanish" };

export const ROLE_LABELS: Record<Role, string> = { editor: "Editor", lead: "Lead", admin: "Admin" };

/** One explanation of a check-worthiness score: weight > 0 raised the score, < 0 lowered it. */
export type ScoreReason = { label: string; weight: number };
