import { jsonForScript, safeHttpUrl } from "./escape";
import { selectReportClaims } from "./report";
import { isoDayOf } from "../vocabulary";
import type { ArticleReport, ClaimStatus, ReportClaim } from "./types";

/**
 * Rating scale of our ClaimReview output (schema.org Rating): 1 (worst) .. 5 (best).
 *
 * | status       | ratingValue | alternateName                 | emitted            |
 * | ------------ | ----------- | ----------------------------- | ------------------ |
 * | supported    | 5           | "Supported by evidence"       | always             |
 * | disputed     | 1           | "Disputed"                    | always             |
 * | needs_source | 3           | "Needs a source (unverified)" | only on request    |
 * | unreviewed   | -           | -                             | never (no verdict) |
 *
 * `needs_source` is not a verdict on the claim's truth, so it is left out unless
 * `includeNeedsSource` is set. `alternateName` is the human-readable rating Google shows.
 */
export const CLAIM_REVIEW_SCALE = { bestRating: 5, worstRating: 1 } as const;

export const CLAIM_REVIEW_RATINGS = {
  supported: { ratingValue: 5, alternateName: "Supported by evidence" },
  disputed: { ratingValue: 1, alternateName: "Disputed" },
  needs_source: { ratingValue: 3, alternateName: "Needs a source (unverified)" },
} as const satisfies Record<Exclude<ClaimStatus, "unreviewed">, { ratingValue: number; alternateName: string }>;

export type ClaimReviewOptions = { includeNeedsSource?: boolean };

export type ClaimReviewJsonLd = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url?: string;
  claimReviewed: string;
  author: { "@type": "Organization"; name: string; url: string };
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
    author: { "@type": "Person" | "Organization"; name: string };
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

function review(report: ArticleReport, claim: ReportClaim, status: keyof typeof CLAIM_REVIEW_RATINGS): ClaimReviewJsonLd {
  const { article, organization } = report;
  const rating = CLAIM_REVIEW_RATINGS[status];
  const byline = article.byline?.trim();
  const appearanceUrl = safeHttpUrl(article.sourceUrl);
  const url = claimUrl(report.reportUrl, claim.id) ?? claimUrl(article.sourceUrl, claim.id);
  const datePublished = isoDayOf(claim.verdictAt) ?? undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(url ? { url } : {}),
    claimReviewed: claim.text.trim(),
    author: { "@type": "Organization", name: organization.name, url: organization.url },
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
      author: byline ? { "@type": "Person", name: byline } : { "@type": "Organization", name: "Unknown" },
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      ...(appearanceUrl ? { appearance: [{ "@type": "CreativeWork" as const, url: appearanceUrl }] } : {}),
    },
  };
}

/**
 * One schema.org ClaimReview (Google fact-check markup) per selected claim with a verdict, in
 * article order. Fields:
 * - `url`: `reportUrl` with fragment `#claim-ID`; falls back to the article's source URL with the
 *   same fragment; omitted when neither is an http(s) URL.
 * - `claimReviewed`: the claim text. `author`: the organisation. `datePublished`: verdict date
 *   (YYYY-MM-DD, UTC; omitted if the claim has no verdict time).
 * - `reviewRating`: see CLAIM_REVIEW_RATINGS / CLAIM_REVIEW_SCALE.
 * - `itemReviewed`: Claim with `author` (Person named by the byline, else Organization "Unknown"),
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
