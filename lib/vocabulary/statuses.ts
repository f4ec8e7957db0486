/** Closed vocabularies shared by the schema, the validators, the services and the UI. */

export const ROLES = ["editor", "lead", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export const CLAIM_STATUSES = ["unreviewed", "supported", "disputed", "needs_source"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const VERDICTS = ["supported", "disputed", "needs_source"] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Every kind of history event, with how it is named to people (timeline, as-of view). The one
 * list of kinds: EVENT_KINDS and EventKind are read off its keys, so a new kind is one line here.
 */
export const EVENT_LABELS = {
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
  // Article versions (re-anchoring a claim into a new text):
  moved: "Moved in a new version",
  text_changed: "Text changed in a new version",
  orphaned: "Gone from a new version",
  restored: "Restored",
  rechecked: "Verdict rechecked",
  // The two-person rule:
  confirmed: "Verdict confirmed",
  sent_back: "Verdict sent back",
  // Check-worthiness: a lead rescored the article with the model in use.
  rescored: "Rescored",
} satisfies Record<string, string>;
export type EventKind = keyof typeof EVENT_LABELS;

/** The kinds in the order above (object keys keep it), as the tuple the schema's enum takes. */
export const EVENT_KINDS = Object.keys(EVENT_LABELS) as [EventKind, ...EventKind[]];

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
