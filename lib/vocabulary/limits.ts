/**
 * Every size limit a user can run into, in one place: the validators, the forms (maxLength), the
 * error messages and the docs read them from here.
 */
export const LIMITS = {
  /** A verdict note, a reset note. */
  noteChars: 5000,
  commentChars: 5000,
  evidenceQuoteChars: 5000,
  evidenceTitleChars: 500,
  urlChars: 2000,
  articleTitleChars: 500,
  bylineChars: 300,
  /** 2 MB of text is far beyond any article; more is a mistake or an attack. */
  articleBodyChars: 2_000_000,
  uploadBytes: 5_000_000,
  /**
   * Sentences (claims) one article may hold. A live blog of a thousand entries stays well under
   * it; storing and matching stays a matter of seconds in the background, never of minutes.
   */
  claimsPerArticle: 5_000,
  /** JSON bodies of the API (an article body is the largest). */
  articleRequestBytes: 8_000_000,
  requestBytes: 3_000_000,
  /** A server action's body (Next.js refuses more before our code runs): the largest article text in UTF-8 or upload, and the form around it. */
  actionRequestBytes: 9_000_000,
  smallRequestBytes: 100_000,
  searchQueryChars: 500,
  tokenNameChars: 80,
  userNameChars: 120,
  emailChars: 320,
  passwordMinChars: 10,
  passwordMaxChars: 200,
} as const;

/** "5,000" — limits as people read them. */
export function formatLimit(n: number): string {
  return n.toLocaleString("en-US");
}
