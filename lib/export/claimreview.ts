import { jsonForScript, safeHttpUrl } from "./escape";
import { selectReportClaims } from "./report";
import { isoDayOf, STATUS_LABELS } from "../vocabulary";
import type { ArticleReport, ClaimStatus, ReportClaim } from "./types";

/**
 * Rating scale of our ClaimReview output (schema.org Rating): 1 (worst) .. 5 (best).
 *
 * | status       | ratingValue | alternateName    | emitted            |
 * | ------------ | ----------- | ---------------- | ------------------ |
 * | supported    | 5           | "Supported"      | always             |
 * | disputed     | 1           | "Disputed"       | always             |
 * | needs_source | 3           | "Needs a source" | only on request    |
 * | unreviewed   | -           | -                | never (no verdict) |
 *
 * `alternateName` is the human-readable rating Google shows: the desk's own word for the verdict,
 * never a promise the record cannot back ("supported by evidence" on a claim with none).
 * `needs_source` is not a verdict on the claim's truth, so it is left out unless
 * `includeNeedsSource` is set.
 */
export const CLAIM_REVIEW_SCALE = { bestRating: 5, worstRating: 1 } as const;

export const CLAIM_REVIEW_RATINGS = {
  supported: { ratingValue: 5, alternateName: STATUS_LABELS.supported },
  disputed: { ratingValue: 1, alternateName: STATUS_LABELS.disputed },
  needs_source: { ratingValue: 3, alternateName: STATUS_LABELS.needs_source },
} as const satisfies Record<Exclude<ClaimStatus, "unreviewed">, { ratingValue: number; alternateName: string }>;

export type ClaimReviewOptions = { includeNeedsSource?: boolean };

export type ClaimReviewJsonLd = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url?: string;
  claimReviewed: string;
  /** `url` is left out when the desk knows no address for the organisation (never an empty string). */
  author: { "@type": "Organization"; name: string; url?: string };
  datePublished?: string;
  reviewRating: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance?: { "@type": "CreativeWork"; url: string }[];
  };
};

/** `base` with its fragment replaced by `#claim-ID`, or undefined when `base` is not http(s). */
function claimUrl(base: string | null, claimId: number): string | undefined {
  const href = safeHttpUrl(base);
  if (!href) return undefined;
  const url = new URL(href);
  url.hash = `claim-${claimId}`;
  return url.href;
}

/** Who made the claim: the byline's author, else the publication the article appeared in; never "Unknown". */
function claimAuthor(byline: string | undefined, appearanceUrl: string | undefined): ClaimReviewJsonLd["itemReviewed"]["author"] {
  if (byline) return { "@type": "Person", name: byline };
  if (appearanceUrl) return { "@type": "Organization", name: new URL(appearanceUrl).hostname.replace(/^www\./, "") };
  return undefined;
}

function review(report: ArticleReport, claim: ReportClaim, status: keyof typeof CLAIM_REVIEW_RATINGS): ClaimReviewJsonLd {
  const { article, organization } = report;
  const rating = CLAIM_REVIEW_RATINGS[status];
  const byline = article.byline?.trim();
  const appearanceUrl = safeHttpUrl(article.sourceUrl);
  // The review lives on the public report page; without one there is no page to point at.
  const url = claimUrl(report.reportUrl, claim.id);
  const author = claimAuthor(byline, appearanceUrl ?? undefined);
  const datePublished = isoDayOf(claim.verdictAt) ?? undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(url ? { url } : {}),
    claimReviewed: claim.text.trim(),
    author: { "@type": "Organization", name: organization.name, ...(organization.url ? { url: organization.url } : {}) },
    ...(datePublished ? { datePublished } : {}),
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.ratingValue,
      bestRating: CLAIM_REVIEW_SCALE.bestRating,
      worstRating: CLAIM_REVIEW_SCALE.worstRating,
      alternateName: rating.alternateName,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      ...(appearanceUrl ? { appearance: [{ "@type": "CreativeWork" as const, url: appearanceUrl }] } : {}),
    },
  };
}

/**
 * One schema.org ClaimReview (Google fact-check markup) per selected claim with a verdict, in
 * article order. Fields:
 * - `url`: the public report page (`reportUrl`) with fragment `#claim-ID`; omitted when the report
 *   is not published (there is no public page to point at).
 * - `claimReviewed`: the claim text. `author`: the organisation. `datePublished`: verdict date
 *   (YYYY-MM-DD, UTC; omitted if the claim has no verdict time).
 * - `reviewRating`: see CLAIM_REVIEW_RATINGS / CLAIM_REVIEW_SCALE.
 * - `itemReviewed`: Claim with `author` (Person named by the byline, else the Organization of the
 *   article's site, else omitted),
 *   `datePublished` (article publishedAt, omitted if unknown) and `appearance` (the article
 *   source URL, omitted if there is no http(s) URL).
 */
export function toClaimReview(report: ArticleReport, options: ClaimReviewOptions = {}): ClaimReviewJsonLd[] {
  const out: ClaimReviewJsonLd[] = [];
  for (const claim of selectReportClaims(report)) {
    if (claim.status === "unreviewed") continue;
    if (claim.status === "needs_source" && !options.includeNeedsSource) continue;
    out.push(review(report, claim, claim.status));
  }
  return out;
}

/**
 * `<script type="application/ld+json">` with the items embedded safely (see jsonForScript):
 * text such as `</script>` in a claim cannot end the element.
 */
export function claimReviewScriptTag(items: readonly object[]): string {
  return `<script type="application/ld+json">${jsonForScript(items)}</script>`;
}
