import fs from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { openCliDatabase } from "../db";
import { isAppError } from "@/lib/errors";
import { isExportFormat } from "@/lib/export";
import { bulkExport, bulkFiltersOf, bulkQuerySchema, renderArticleReport } from "@/services/exports";

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
      const file = await renderArticleReport(db, null, { articleId, format, verifiedOnly: values.verified, origin: null });
      await writeOut([file.body], out);
      if (out) process.stderr.write(`Wrote ${format} report of article ${articleId} to ${out}.\n`);
      return 0;
    } catch (error) {
      if (isAppError(error) && error.code === "not_found") {
        process.stderr.write(`export: there is no article ${articleId}.\n`);
        return 1;
      }
      throw error;
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
  try {
    const file = await bulkExport(db, null, { format, filters: bulkFiltersOf(query.data), bom: values.bom });
    await writeOut(file.chunks, out);
    if (out) process.stderr.write(`Exported ${file.total.toLocaleString("en-US")} claims as ${format} to ${out}.\n`);
    return 0;
  } finally {
    db.$client.close();
  }
}
