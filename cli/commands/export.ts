import fs from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { openCliDatabase } from "../db";
import { bulkFiltersOf, bulkQuerySchema, iterateBulkRows, loadArticleReport } from "@/db/queries/report";
import { env } from "@/lib/env";
import {
  bulkCsvChunks,
  bulkJsonChunks,
  isExportFormat,
  renderReport,
  type BulkClaimRow,
  type ExportFormat,
} from "@/lib/export";

const USAGE = `Usage:
  export --format md|html|pdf|csv|json|claimreview --article ID [--verified] [--out FILE]
  export --format csv|json [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status S] [--bom] [--out FILE]
With --article: that article's verification report. Without: every live claim (bulk, streamed;
dates = the day a claim was added, UTC, inclusive). Without --out the data goes to stdout and
nothing else does.
`;

function fail(message: string): number {
  process.stderr.write(`export: ${message}\n\n${USAGE}`);
  return 1;
}

/**
 * Writes with backpressure. stdout is never ended (the process may still write); a file left
 * half-written by an error is removed. A closed stdout pipe (`| head`) is a normal end.
 */
async function writeOut(source: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, out: string | undefined): Promise<void> {
  const target: Writable = out ? fs.createWriteStream(out) : process.stdout;
  try {
    await pipeline(Readable.from(source, { objectMode: false }), target, { end: Boolean(out) });
  } catch (error) {
    if (!out && (error as NodeJS.ErrnoException).code === "EPIPE") return;
    if (out) fs.rmSync(out, { force: true });
    throw error;
  }
}

/** `export …`: one article's report, or the bulk CSV/JSON of all claims. Returns the exit code. */
export async function exportCommand(args: string[]): Promise<number> {
  try {
    return await runExport(args);
  } catch (error) {
    process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function runExport(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: "string" },
        article: { type: "string" },
        out: { type: "string" },
        verified: { type: "boolean", default: false },
        from: { type: "string" },
        to: { type: "string" },
        status: { type: "string" },
        bom: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format;
  if (!isExportFormat(format)) return fail(format ? `unknown format "${format}".` : "--format is required.");
  const out = values.out && values.out !== "-" ? values.out : undefined;

  if (values.article !== undefined) {
    const articleId = Number(values.article);
    if (!Number.isSafeInteger(articleId) || articleId <= 0) return fail(`--article must be a positive whole number, not "${values.article}".`);
    if (values.from || values.to || values.status || values.bom) return fail("--from, --to, --status and --bom are for the bulk export: leave out --article.");
    const db = openCliDatabase();
    try {
      const publicUrl = env().PUBLIC_URL?.trim().replace(/\/+$/, "");
      const report = loadArticleReport(db, articleId, {
        verifiedOnly: values.verified,
        organization: { name: env().CLAIMDESK_ORG_NAME, url: env().CLAIMDESK_ORG_URL },
        reportUrl: publicUrl ? `${publicUrl}/articles/${articleId}` : null,
      });
      if (!report) {
        process.stderr.write(`export: there is no article ${articleId}.\n`);
        return 1;
      }
      await writeOut([await renderReport(report, format)], out);
      if (out) process.stderr.write(`Wrote ${format} report of article ${articleId} to ${out}.\n`);
      return 0;
    } finally {
      db.$client.close();
    }
  }

  if (format !== "csv" && format !== "json") {
    return fail(`a ${format} export is of one article: add --article ID (the bulk export is csv or json).`);
  }
  if (values.verified) return fail("--verified is for one article's report; for the bulk export use --status.");
  const query = bulkQuerySchema.safeParse({ format, from: values.from, to: values.to, status: values.status });
  if (!query.success) return fail(query.error.issues[0]?.message ?? "invalid filters.");

  const db = openCliDatabase();
  // The cursor keeps the connection busy until it is closed; nothing else runs on it meanwhile.
  const cursor = iterateBulkRows(db, bulkFiltersOf(query.data));
  try {
    let rows = 0;
    function* counted(): Generator<BulkClaimRow> {
      for (const row of cursor) {
        rows++;
        yield row;
      }
    }
    const chunks = format === "csv" ? bulkCsvChunks(counted(), { bom: values.bom }) : bulkJsonChunks(counted(), { generatedAt: new Date() });
    await writeOut(chunks, out);
    if (out) process.stderr.write(`Exported ${rows.toLocaleString("en-US")} claims as ${format} to ${out}.\n`);
    return 0;
  } finally {
    // After an early stop (closed pipe, write error) the stream chain closes the cursor only
    // asynchronously; close it now, or the connection refuses to close.
    cursor.return();
    db.$client.close();
  }
}
