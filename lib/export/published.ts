import { toClaimReview, type ClaimReviewJsonLd } from "./claimreview";
import { toJson, type ReportJson, type ReportJsonClaim } from "./json";
import type { ArticleReport, ClaimStatus } from "./types";

/**
 * A published verified report: the JSON export of the article at publication time, plus who
 * signed it off, the corrections since the previous version and the ClaimReview items. It is
 * serialised once (`serializePublished`) and those bytes are what the public page, the
 * `report.json` download and the SHA-256 refer to, forever.
 */
export type Correction = {
  /** The claim's number (ReportClaim.number), as the report and the desk show it. */
  number: number;
  claimId: number;
  text: string;
  /** The claim's text in the previous version, when the article's new text changed it (absent in versions published before it was kept). */
  previousText?: string;
  /** null: the claim was not in the previous version's report (absent in versions published before it was kept). */
  from: ClaimStatus | null;
  /** null: the claim is no longer in the report. */
  to: ClaimStatus | null;
  reason: string | null;
  at: string | null;
};

export type PublishedReport = ReportJson & {
  publication: {
    slug: string;
    version: number;
    /** The public page of this version (absolute when the desk knows its address). */
    url: string;
    publishedAt: string;
    publishedBy: string;
    note: string;
    organization: { name: string; url: string };
    /** Version this one corrects, or null for the first. */
    supersedes: number | null;
  };
  corrections: Correction[];
  claimReview: ClaimReviewJsonLd[];
};

export type PublicationMeta = Omit<PublishedReport["publication"], "supersedes" | "organization">;

/**
 * What a reader must be told changed since the previous published version, claim by claim: a
 * verdict changed, a claim's text changed under its verdict (the article was edited), a claim left
 * the report or joined it. In the order of the new report, removed claims last.
 */
export function correctionsSince(previous: Pick<PublishedReport, "claims"> | null, now: ReportJsonClaim[]): Correction[] {
  if (!previous) return [];
  const earlier = new Map(previous.claims.map((c) => [c.id, c]));
  const current = new Set(now.map((c) => c.id));
  const out: Correction[] = [];
  for (const after of now) {
    const before = earlier.get(after.id);
    if (before && before.status === after.status && before.text === after.text) continue;
    out.push({
      number: after.number,
      claimId: after.id,
      text: after.text,
      ...(before && before.text !== after.text ? { previousText: before.text } : {}),
      from: before?.status ?? null,
      to: after.status,
      reason: after.note,
      at: after.verdictAt,
    });
  }
  for (const before of previous.claims) {
    if (current.has(before.id)) continue;
    out.push({ number: before.number, claimId: before.id, text: before.text, from: before.status, to: null, reason: null, at: null });
  }
  return out;
}

export function toPublishedReport(report: ArticleReport, meta: PublicationMeta, previous: PublishedReport | null): PublishedReport {
  const json = toJson(report);
  return {
    ...json,
    publication: { ...meta, organization: report.organization, supersedes: previous?.publication.version ?? null },
    corrections: correctionsSince(previous, json.claims),
    claimReview: toClaimReview(report),
  };
}

/**
 * Whether a new version would tell readers nothing new: the same article facts and the same claims
 * (text, verdicts, notes, reviewers, evidence). Only the publication's own fields would differ.
 */
export function sameContent(previous: Pick<PublishedReport, "article" | "claims">, next: Pick<PublishedReport, "article" | "claims">): boolean {
  return JSON.stringify([previous.article, previous.claims]) === JSON.stringify([next.article, next.claims]);
}

/** The exact text stored, served and hashed. */
export function serializePublished(report: PublishedReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function parsePublished(text: string): PublishedReport {
  return JSON.parse(text) as PublishedReport;
}
