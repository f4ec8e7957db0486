import type { ReportArticle } from "./types";

/** Export formats with their response content type and file extension. */
export const EXPORT_FORMATS = {
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
  pdf: { contentType: "application/pdf", extension: "pdf" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  json: { contentType: "application/json", extension: "json" },
  claimreview: { contentType: "application/ld+json", extension: "jsonld" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);
}

const MAX_SLUG = 60;

/** Lower-case ASCII slug: accents removed, anything else non-alphanumeric collapsed to "-". */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "");
}

/**
 * `claimdesk-<slug>-<YYYYMMDD>.<ext>` (UTC date), e.g. `claimdesk-el-ano-del-agua-20250301.pdf`.
 * Only [a-z0-9.-], so it is safe in a Content-Disposition header without further quoting rules;
 * an article title without ASCII letters/digits falls back to `article-<id>`.
 */
export function exportFilename(article: Pick<ReportArticle, "id" | "title">, format: ExportFormat, generatedAt: Date): string {
  const slug = slugify(article.title) || `article-${article.id}`;
  const date = generatedAt.toISOString().slice(0, 10).replace(/-/g, "");
  return `claimdesk-${slug}-${date}.${EXPORT_FORMATS[format].extension}`;
}

/** `attachment; filename="…"` for a name from exportFilename. */
export function contentDisposition(filename: string): string {
  return `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}
