import { z } from "zod";
import { getDb } from "@/db/client";
import { loadArticleReport } from "@/db/queries/report";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import {
  contentDisposition,
  EXPORT_FORMATS,
  exportFilename,
  renderReport,
  type ExportFormat,
} from "@/lib/export";
import { CAPABILITIES } from "@/lib/permissions";
import { apiRoute, idParam, parseOrThrow } from "@/server/api";

const FORMATS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];
const flag = z.enum(["0", "1", "true", "false"]).optional().transform((v) => v === "1" || v === "true");

const querySchema = z.object({
  format: z.enum(FORMATS, { error: `Unknown export format; use one of ${FORMATS.join(", ")}.` }),
  verified: flag,
  download: flag,
});

/** Where the report points readers (ClaimReview url): the configured public URL, else this host. */
function reportUrl(req: Request, articleId: number): string {
  const base = env().PUBLIC_URL?.trim().replace(/\/+$/, "") || new URL(req.url).origin;
  return `${base}/articles/${articleId}`;
}

/**
 * GET /api/articles/:id/export?format=md|html|pdf|csv|json|claimreview[&verified=1][&download=1]
 * One article's verification report as a file. Printable HTML is served inline (so the browser's
 * print dialog can save it as PDF) unless download=1; it gets its own CSP, as strict as the one
 * the document carries, because here it runs on the app's origin.
 */
export const GET = apiRoute<{ id: string }>(CAPABILITIES.exportArticle, async (req, { params }) => {
  const articleId = idParam(params.id, "article");
  const query = parseOrThrow(querySchema, Object.fromEntries(new URL(req.url).searchParams));
  const report = loadArticleReport(getDb(), articleId, {
    verifiedOnly: query.verified,
    organization: { name: env().CLAIMDESK_ORG_NAME, url: env().CLAIMDESK_ORG_URL },
    reportUrl: reportUrl(req, articleId),
  });
  if (!report) throw new AppError("not_found", "That article does not exist.");

  const disposition = contentDisposition(exportFilename(report.article, query.format, report.generatedAt));
  const headers: Record<string, string> = {
    "Content-Type": EXPORT_FORMATS[query.format].contentType,
    "Content-Disposition": query.format === "html" && !query.download ? disposition.replace(/^attachment/, "inline") : disposition,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (query.format === "html") {
    headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }
  const rendered = await renderReport(report, query.format);
  const body = typeof rendered === "string" ? rendered : new Uint8Array(rendered);
  return new Response(body, { headers });
});
