import type { Db } from "@/db/connection";
import { loadArticleReport, type ReportOptions } from "@/db/report/article";
import { bulkRowCount, streamBulkRows, type BulkFilters } from "@/db/report/bulk";
import { findArticle } from "@/db/articles";
import { latestPublication } from "@/db/publications";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import {
  bulkCsvChunks,
  bulkJsonChunks,
  EXPORT_FORMATS,
  exportFilename,
  renderReport,
  type ArticleReport,
  type ExportFormat,
} from "@/lib/export";
import { requireCapability, type Actor } from "../actor";

export * from "./schemas";
import type { BulkFormat } from "./schemas";

/** The desk's public address: PUBLIC_URL when set, else the host the request came to, else none. */
export function publicBase(origin: string | null): string | null {
  return env().PUBLIC_URL?.trim().replace(/\/+$/, "") || origin || null;
}

/**
 * Report options, written once for the app and the CLI: the publishing organisation comes from
 * the environment. Readers (and ClaimReview's `url`) are pointed at the public report page when
 * there is one (`publicPath`, e.g. /reports/SLUG); a sign-in page is no address for a reader.
 */
export function reportOptions(verifiedOnly: boolean, origin: string | null, publicPath: string | null): ReportOptions {
  const base = publicBase(origin);
  return {
    verifiedOnly,
    // Unset, the organisation is the desk at its public address (a frozen report must not name
    // an address that only worked on the machine it was published from).
    organization: { name: env().CLAIMDESK_ORG_NAME, url: env().CLAIMDESK_ORG_URL?.trim() || (base ? `${base}/` : "") },
    reportUrl: base && publicPath ? `${base}${publicPath}` : null,
  };
}

/** /reports/SLUG when the article's report has been published, else null. */
function publishedPath(db: Db, articleId: number): string | null {
  const article = findArticle(db, articleId);
  return article?.slug && latestPublication(db, articleId) ? `/reports/${article.slug}` : null;
}

/** `actor: null` is the CLI, whose user owns the database file. */
export async function getArticleReport(db: Db, actor: Actor | null, input: { articleId: number; verifiedOnly: boolean; origin: string | null }): Promise<ArticleReport> {
  if (actor) requireCapability(actor, "article:export");
  const report = loadArticleReport(db, input.articleId, reportOptions(input.verifiedOnly, input.origin, publishedPath(db, input.articleId)));
  if (!report) throw new AppError("not_found", "That article does not exist.");
  return report;
}

export type ReportFile = { body: string | Buffer; contentType: string; filename: string };

/** One article's report as a file in the given format. */
export async function renderArticleReport(
  db: Db,
  actor: Actor | null,
  input: { articleId: number; format: ExportFormat; verifiedOnly: boolean; origin: string | null },
): Promise<ReportFile> {
  const report = await getArticleReport(db, actor, input);
  return {
    body: await renderReport(report, input.format),
    contentType: EXPORT_FORMATS[input.format].contentType,
    filename: exportFilename(report.article, input.format, report.generatedAt),
  };
}

export type BulkExport = { total: number; chunks: AsyncIterable<string>; contentType: string; filename: string };

/**
 * Every live claim matching the filters, streamed with bounded memory from a private read-only
 * connection (the stream pauses between pulls; an open cursor on the shared connection would make
 * every other request's writes fail until the download ends). `total` is the row count taken just
 * before streaming, for progress; claims added meanwhile may make the body differ slightly.
 */
export async function bulkExport(db: Db, actor: Actor | null, input: { format: BulkFormat; filters: BulkFilters; bom?: boolean }): Promise<BulkExport> {
  if (actor) requireCapability(actor, "export:bulk");
  const { filters } = input;
  if (filters.articleId !== undefined && !findArticle(db, filters.articleId)) {
    throw new AppError("not_found", `There is no article ${filters.articleId}.`);
  }
  const total = bulkRowCount(db, filters);
  const generatedAt = new Date();
  const rows = streamBulkRows(db, filters);
  return {
    total,
    chunks: input.format === "csv" ? bulkCsvChunks(rows, { bom: input.bom }) : bulkJsonChunks(rows, { generatedAt }),
    contentType: EXPORT_FORMATS[input.format].contentType,
    filename: exportFilename({ id: 0, title: "claims" }, input.format, generatedAt),
  };
}
