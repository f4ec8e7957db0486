import { getDb } from "@/db/client";
import { resolveDatabasePath } from "@/db/connection";
import { getArticle } from "@/db/queries/articles";
import { bulkFiltersOf, bulkQuerySchema, bulkRowCount, iterateBulkRows, streamBulkRows } from "@/db/queries/report";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { bulkCsvChunks, bulkJsonChunks, chunksToWebStream, contentDisposition, EXPORT_FORMATS, exportFilename } from "@/lib/export";
import { CAPABILITIES } from "@/lib/permissions";
import { apiRoute, parseOrThrow } from "@/server/api";

/**
 * GET /api/export?format=csv|json&from=YYYY-MM-DD&to=YYYY-MM-DD&status=&articleId=[&bom=1]
 * Every live claim matching the filters (dates = the claim's creation day, UTC, inclusive),
 * streamed with bounded memory. X-Total-Count is the row count taken just before streaming, for
 * progress; claims added meanwhile may make the body differ slightly.
 *
 * The rows come from a private read-only connection (streamBulkRows): the stream pauses between
 * pulls, and an open cursor on the shared app connection would make every other request's
 * writes fail until the download ends.
 */
export const GET = apiRoute(CAPABILITIES.bulkExport, (req) => {
  const query = parseOrThrow(bulkQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const filters = bulkFiltersOf(query);
  const db = getDb();
  if (filters.articleId !== undefined && !getArticle(db, filters.articleId)) {
    throw new AppError("not_found", `There is no article ${filters.articleId}.`);
  }
  const total = bulkRowCount(db, filters);
  const generatedAt = new Date();
  const file = resolveDatabasePath(env().DATABASE_URL);
  // An in-memory database has no file to reopen; only tests run that way.
  const rows = file === ":memory:" ? iterateBulkRows(db, filters) : streamBulkRows(file, filters);
  const chunks = query.format === "csv" ? bulkCsvChunks(rows, { bom: query.bom === "1" }) : bulkJsonChunks(rows, { generatedAt });

  return new Response(chunksToWebStream(chunks), {
    headers: {
      "Content-Type": EXPORT_FORMATS[query.format].contentType,
      "Content-Disposition": contentDisposition(exportFilename({ id: 0, title: "claims" }, query.format, generatedAt)),
      "X-Total-Count": String(total),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
