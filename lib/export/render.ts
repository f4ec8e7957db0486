import { toClaimReview } from "./claimreview";
import { toCsv } from "./csv";
import type { ExportFormat } from "./filename";
import { toHtml } from "./html";
import { toJson } from "./json";
import { toMarkdown } from "./markdown";
import { toPdf } from "./pdf";
import type { ArticleReport } from "./types";

/** One article's report in the given format: text, or bytes for PDF. Used by the route and the CLI. */
export async function renderReport(report: ArticleReport, format: ExportFormat): Promise<string | Buffer> {
  switch (format) {
    case "md":
      return toMarkdown(report);
    case "html":
      return toHtml(report);
    case "pdf":
      return toPdf(report);
    case "csv":
      return toCsv(report);
    case "json":
      return `${JSON.stringify(toJson(report), null, 2)}\n`;
    case "claimreview":
      return `${JSON.stringify(toClaimReview(report), null, 2)}\n`;
  }
}
