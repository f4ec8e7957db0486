import { z } from "zod";
import type { BulkFilters } from "@/db/report/bulk";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/export";
import { queryValue } from "@/lib/query-string";
import { CLAIM_STATUSES, DAY_MS, utcDayOfIsoDay } from "@/lib/vocabulary";

/** Export input from a query string or the command line. */

const FORMATS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];
const flag = z.enum(["0", "1", "true", "false"]).optional().transform((v) => v === "1" || v === "true");

/** `GET /api/articles/:id/export?format=…&verified=1&download=1` */
export const articleExportQuerySchema = z.object({
  format: z.enum(FORMATS, { error: `Unknown export format; use one of ${FORMATS.join(", ")}.` }),
  verified: flag,
  download: flag,
});

const day = (what: string) =>
  z.preprocess(queryValue, z.string().refine((v) => utcDayOfIsoDay(v) !== null, `${what} must be a real date written as YYYY-MM-DD.`).optional());

export const BULK_FORMATS = ["csv", "json"] as const;
export type BulkFormat = (typeof BULK_FORMATS)[number];

export const bulkQuerySchema = z
  .object({
    format: z.preprocess(queryValue, z.enum(BULK_FORMATS, { error: 'format must be "csv" or "json".' }).default("csv")),
    from: day("from"),
    to: day("to"),
    status: z.preprocess(queryValue, z.enum(CLAIM_STATUSES, { error: `status must be one of: ${CLAIM_STATUSES.join(", ")}.` }).optional()),
    articleId: z.preprocess(
      queryValue,
      z.coerce.number({ error: "articleId must be a positive whole number." }).int("articleId must be a positive whole number.").positive("articleId must be a positive whole number.").max(Number.MAX_SAFE_INTEGER).optional(),
    ),
    bom: z.preprocess(queryValue, z.enum(["0", "1"], { error: 'bom must be "0" or "1".' }).optional()),
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: "The start date (from) is after the end date (to).", path: ["from"] });

export type BulkQuery = z.output<typeof bulkQuerySchema>;

/** Whole UTC days: `from` at 00:00:00.000 and `to` through 23:59:59.999. */
export function bulkFiltersOf(q: Pick<BulkQuery, "from" | "to" | "status" | "articleId">): BulkFilters {
  const dayStart = (iso: string) => utcDayOfIsoDay(iso)! * DAY_MS;
  return {
    from: q.from ? new Date(dayStart(q.from)) : undefined,
    to: q.to ? new Date(dayStart(q.to) + DAY_MS - 1) : undefined,
    status: q.status,
    articleId: q.articleId,
  };
}
