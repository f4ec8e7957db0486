import { getDb } from "@/server/db";
import { contentDisposition } from "@/lib/export";
import { articleExportQuerySchema, renderArticleReport } from "@/services/exports";
import { apiRoute, idParam, parseOrThrow } from "@/server/api";

/**
 * GET /api/articles/:id/export?format=md|html|pdf|csv|json|claimreview[&verified=1][&download=1]
 * One article's verification report as a file. Printable HTML is served inline (so the browser's
 * print dialog can save it as PDF) unless download=1; it gets its own CSP, as strict as the one
 * the document carries, because here it runs on the app's origin.
 */
export const GET = apiRoute<{ id: string }>("article:export", async (req, { user, params }) => {
  const articleId = idParam(params.id, "article");
  const query = parseOrThrow(articleExportQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const file = await renderArticleReport(getDb(), user, {
    articleId,
    format: query.format,
    verifiedOnly: query.verified,
    origin: new URL(req.url).origin,
  });
  const disposition = contentDisposition(file.filename);
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Content-Disposition": query.format === "html" && !query.download ? disposition.replace(/^attachment/, "inline") : disposition,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (query.format === "html") {
    headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), { headers });
});
