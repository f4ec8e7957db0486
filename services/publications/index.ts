import { createHash } from "node:crypto";
import { findArticle } from "@/db/articles";
import type { Db } from "@/db/connection";
import {
  articleBySlug,
  findPublication,
  insertPublication,
  insertWithdrawal,
  latestPublication,
  latestWithdrawal,
  listPublications,
  publishBlockers,
  setSlug,
  slugTaken,
  verdictChangedSince,
  type PublicationListItem,
} from "@/db/publications";
import { loadArticleReport } from "@/db/report/article";
import { writeTransaction, type Conn } from "@/db/transaction";
import { AppError } from "@/lib/errors";
import { parsePublished, sameContent, serializePublished, slugify, toPublishedReport, type PublishedReport } from "@/lib/export";
import { cleanText } from "@/lib/text-policy";
import { LIMITS } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { publicBase, reportOptions } from "../exports";

/**
 * Sign-off and publication of verified reports. A publication is a frozen snapshot: the JSON is
 * rendered once, inside the transaction that checks the blockers, and its bytes are what the
 * public page, `report.json` and the SHA-256 refer to from then on.
 */

export const BLOCKER_REASONS = {
  no_verdict: "A check-worthy claim has no verdict.",
  awaiting_confirmation: "The verdict awaits a second reviewer's confirmation.",
  needs_recheck: "The claim's text changed since its verdict: it needs a recheck.",
} as const;

export type PublishBlocker = { claimId: number; reason: string; code: keyof typeof BLOCKER_REASONS };

export function reportPath(slug: string, version?: number): string {
  return version === undefined ? `/reports/${slug}` : `/reports/${slug}/v/${version}`;
}

/** A slug for the article's public address, unique across the desk (title-2, title-3, … on clashes). */
function uniqueSlug(db: Conn, title: string, articleId: number): string {
  const base = slugify(title) || `article-${articleId}`;
  if (!slugTaken(db, base)) return base;
  for (let n = 2; n < 1000; n += 1) if (!slugTaken(db, `${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${articleId}`;
}

export type PublishResult = { version: number; url: string; sha256: string };

export async function publishReport(db: Db, actor: Actor, input: { articleId: number; note: string; origin: string | null }): Promise<PublishResult> {
  requireCapability(actor, "article:publish");
  const note = cleanText(input.note, "The note", LIMITS.noteChars);
  return writeTransaction(db, (tx) => {
    const article = findArticle(tx, input.articleId);
    if (!article) throw new AppError("not_found", "That article does not exist.");
    const blockers: PublishBlocker[] = publishBlockers(tx, article.id).map((b) => ({ claimId: b.claimId, code: b.reason, reason: BLOCKER_REASONS[b.reason] }));
    if (blockers.length > 0) {
      throw new AppError("conflict", `Not ready to publish: ${blockers.length === 1 ? "1 claim needs" : `${blockers.length} claims need`} attention first.`, { blockers });
    }
    const previousRow = latestPublication(tx, article.id);
    const previous = previousRow ? parsePublished(previousRow.reportJson) : null;
    const slug = article.slug ?? uniqueSlug(tx, article.title, article.id);
    if (!article.slug) setSlug(tx, article.id, slug);
    const version = (previousRow?.version ?? 0) + 1;
    const path = reportPath(slug, version);
    const base = publicBase(input.origin);
    const now = new Date();
    const report = loadArticleReport(tx, article.id, { ...reportOptions(true, input.origin, path), generatedAt: now });
    if (!report || report.claims.length === 0) {
      throw new AppError("conflict", "Nothing to publish yet: no claim of this article has a verdict.", { blockers: [] });
    }
    const published = toPublishedReport(report, { slug, version, url: base ? `${base}${path}` : path, publishedAt: now.toISOString(), publishedBy: actor.name, note }, previous);
    // A withdrawn report may be put back as it was; otherwise an identical version would only add
    // a "correction" that corrects nothing to the public record, which can never be taken back.
    if (previous && sameContent(previous, published) && !readPublicationStatus(tx, article.id)?.withdrawnAt) {
      const last = previous.publication.version;
      throw new AppError("conflict", `Nothing has changed since version ${last}: readers already see these verdicts. Publish again once a verdict, note, piece of evidence or the text changes.`, { blockers: [] });
    }
    const text = serializePublished(published);
    const sha256 = createHash("sha256").update(text, "utf8").digest("hex");
    insertPublication(tx, { articleId: article.id, version, articleVersion: article.version, note, reportJson: text, sha256, publishedBy: actor.id, publishedAt: now });
    return { version, url: path, sha256 };
  });
}

export async function withdrawReport(db: Db, actor: Actor, input: { articleId: number; reason: string }): Promise<PublicationStatus> {
  requireCapability(actor, "report:withdraw");
  const reason = cleanText(input.reason, "The reason", LIMITS.noteChars);
  if (!reason) throw new AppError("bad_request", "Say why the report is withdrawn: readers will see the reason.");
  writeTransaction(db, (tx) => {
    if (!findArticle(tx, input.articleId)) throw new AppError("not_found", "That article does not exist.");
    const status = readPublicationStatus(tx, input.articleId);
    if (!status) throw new AppError("conflict", "This article's report has not been published; there is nothing to withdraw.");
    if (status.withdrawnAt) throw new AppError("conflict", "This report is already withdrawn.");
    insertWithdrawal(tx, { articleId: input.articleId, reason, withdrawnBy: actor.id, withdrawnAt: new Date() });
  });
  return readPublicationStatus(db, input.articleId)!;
}

export type PublicationStatus = {
  version: number;
  publishedAt: string;
  url: string;
  changedSincePublished: boolean;
  /** Set while the newest publication is withdrawn (a later publication lifts it). */
  withdrawnAt: string | null;
  withdrawalReason: string | null;
};

/** The article's newest publication as the desk sees it, or null when it was never published. */
export function readPublicationStatus(db: Conn, articleId: number): PublicationStatus | null {
  const latest = latestPublication(db, articleId);
  if (!latest) return null;
  const slug = articleSlug(db, articleId);
  const withdrawal = latestWithdrawal(db, articleId);
  const withdrawn = withdrawal && withdrawal.withdrawnAt.getTime() >= latest.publishedAt.getTime() ? withdrawal : null;
  return {
    version: latest.version,
    publishedAt: latest.publishedAt.toISOString(),
    url: reportPath(slug, latest.version),
    changedSincePublished: verdictChangedSince(db, articleId, latest.publishedAt),
    withdrawnAt: withdrawn?.withdrawnAt.toISOString() ?? null,
    withdrawalReason: withdrawn?.reason ?? null,
  };
}

function articleSlug(db: Conn, articleId: number): string {
  const article = findArticle(db, articleId);
  if (!article?.slug) throw new Error(`Article ${articleId} has publications but no slug`);
  return article.slug;
}

export async function getPublications(db: Db, actor: Actor, articleId: number): Promise<{ status: PublicationStatus | null; versions: PublicationListItem[] }> {
  requireCapability(actor, "article:read");
  if (!findArticle(db, articleId)) throw new AppError("not_found", "That article does not exist.");
  return { status: readPublicationStatus(db, articleId), versions: listPublications(db, articleId) };
}

export type PublicReport = {
  /** The stored bytes, served as report.json. */
  text: string;
  sha256: string;
  report: PublishedReport;
  latestVersion: number;
  withdrawal: { at: string; reason: string } | null;
};

/**
 * A published version for anonymous readers (no actor: the public pages). Unknown slugs, unknown
 * versions and articles that were never published are all the same 404.
 */
export function readPublicReport(db: Conn, input: { slug: string; version?: number }): PublicReport {
  const notFound = () => new AppError("not_found", "There is no published report at this address.");
  const article = articleBySlug(db, input.slug);
  if (!article) throw notFound();
  const latest = latestPublication(db, article.id);
  if (!latest) throw notFound();
  const row = input.version === undefined ? latest : findPublication(db, article.id, input.version);
  if (!row) throw notFound();
  const status = readPublicationStatus(db, article.id);
  return {
    text: row.reportJson,
    sha256: row.sha256,
    report: parsePublished(row.reportJson),
    latestVersion: latest.version,
    withdrawal: status?.withdrawnAt ? { at: status.withdrawnAt, reason: status.withdrawalReason ?? "" } : null,
  };
}
export * from "./schemas";
