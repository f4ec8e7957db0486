import { getDb } from "@/server/db";
import { chunksToWebStream, contentDisposition } from "@/lib/export";
import { bulkExport, bulkFiltersOf, bulkQuerySchema } from "@/services/exports";
import { apiRoute, parseOrThrow } from "@/server/api";

/**
 * GET /api/export?format=csv|json&from=YYYY-MM-DD&to=YYYY-MM-DD&status=&articleId=[&bom=1]
 * Every live claim matching the filters (dates = the claim's creation day, UTC, inclusive),
 * streamed with bounded memory. X-Total-Count is the row count taken just before streaming, for
 * progress; claims added meanwhile may make the body differ slightly.
 */
export const GET = apiRoute("export:bulk", async (req, { user }) => {
  const query = parseOrThrow(bulkQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const file = await bulkExport(getDb(), user, { format: query.format, filters: bulkFiltersOf(query), bom: query.bom === "1" });
  return new Response(chunksToWebStream(file.chunks), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.filename),
      "X-Total-Count": String(file.total),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
