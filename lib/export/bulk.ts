import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import { CLAIM_CSV_COLUMNS, claimCsvCells, CSV_OPTIONS, csvCell, type CsvCell } from "./csv";
import { claimJsonFacts, type ClaimJsonFacts } from "./json";
import type { Language } from "../vocabulary";
import type { BulkClaimRow } from "./types";

/**
 * Streaming bulk export of many claims (any number of rows, bounded memory): rows are pulled
 * from the (async) iterable one at a time, with backpressure, and turned into text chunks; no
 * array of rows or of output is ever accumulated. Chunks are batched to about CHUNK_TARGET
 * characters. Stopping early (break / return / cancel) calls `return()` on the source iterator,
 * so a DB cursor behind it gets closed.
 */

type Rows = AsyncIterable<BulkClaimRow> | Iterable<BulkClaimRow>;

/** Approximate size of yielded chunks (characters). */
export const CHUNK_TARGET = 64 * 1024;

/**
 * Column order of the bulk CSV (stable; append new columns at the end only). `number` is the
 * claim's number in its article (ReportClaim.number), beside `claim_id` and `article_id`.
 */
export const BULK_CSV_COLUMNS = [
  "claim_id",
  "article_id",
  "article_title",
  "article_url",
  "language",
  ...CLAIM_CSV_COLUMNS,
  "evidence_count",
  "created_at",
  "updated_at",
  "number",
  "confirmed_by",
] as const;

function csvRecord(r: BulkClaimRow): string[] {
  const cells: CsvCell[] = [
    r.claimId,
    r.articleId,
    r.articleTitle,
    r.articleUrl,
    r.language,
    ...claimCsvCells(r),
    r.evidenceCount,
    r.createdAt,
    r.updatedAt,
    r.number,
    r.confirmedByName,
  ];
  return cells.map(csvCell); // same formula neutralisation as toCsv
}

async function* mapRows<T>(rows: Rows, fn: (row: BulkClaimRow) => T): AsyncGenerator<T> {
  for await (const row of rows) yield fn(row);
}

/** Joins small string chunks into ~CHUNK_TARGET pieces (holds at most one piece). */
async function* batch(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = "";
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= CHUNK_TARGET) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

export type BulkCsvOptions = { bom?: boolean /** default false */ };

/**
 * Bulk CSV as a Node Readable of UTF-8 strings: header row (always, also for zero rows), then
 * one record per row; RFC 4180 with CRLF, formula cells neutralised. See BULK_CSV_COLUMNS.
 * Built with csv-stringify's stream API; source errors destroy the returned stream.
 */
export function bulkCsvStream(rows: Rows, options: BulkCsvOptions = {}): Readable {
  const stringifier = stringify({
    ...CSV_OPTIONS,
    bom: options.bom ?? false,
    header: true,
    columns: [...BULK_CSV_COLUMNS],
  });
  stringifier.setEncoding("utf8");
  return pipeline(Readable.from(mapRows(rows, csvRecord)), stringifier, () => {
    // Errors are reported by destroying `stringifier`, which its consumer sees.
  });
}

/** Bulk CSV as string chunks (header first). Same content as bulkCsvStream. */
export async function* bulkCsvChunks(rows: Rows, options: BulkCsvOptions = {}): AsyncGenerator<string> {
  yield* batch(bulkCsvStream(rows, options));
}

export type BulkJsonMeta = { generatedAt: Date };

/** One claim of the bulk JSON (keys in this order, nulls kept, ISO-8601 times). */
export type BulkJsonClaim = {
  /** The claim's number in its article (as in the article's exports and on the desk); `id` is the database id. */
  number: number;
  id: number;
  articleId: number;
  articleTitle: string;
  articleUrl: string | null;
  language: Language;
} & ClaimJsonFacts & {
  evidenceCount: number;
  createdAt: string;
  updatedAt: string;
};

export function bulkJsonClaim(r: BulkClaimRow): BulkJsonClaim {
  return {
    number: r.number,
    id: r.claimId,
    articleId: r.articleId,
    articleTitle: r.articleTitle,
    articleUrl: r.articleUrl,
    language: r.language,
    ...claimJsonFacts(r),
    evidenceCount: r.evidenceCount,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function* jsonPieces(rows: Rows, meta: BulkJsonMeta): AsyncGenerator<string> {
  yield `{"schemaVersion":1,"generatedAt":${JSON.stringify(meta.generatedAt.toISOString())},"claims":[`;
  let first = true;
  for await (const row of rows) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(bulkJsonClaim(row))}`;
    first = false;
  }
  yield first ? "]}\n" : "\n]}\n";
}

/**
 * Bulk JSON as string chunks: `{"schemaVersion":1,"generatedAt":"…","claims":[` + one
 * BulkJsonClaim per line + `]}`. The concatenation is valid JSON, also for zero rows.
 */
export async function* bulkJsonChunks(rows: Rows, meta: BulkJsonMeta): AsyncGenerator<string> {
  yield* batch(jsonPieces(rows, meta));
}

/**
 * Wraps string chunks in a web ReadableStream of UTF-8 bytes, pull-based (one chunk per pull, so
 * backpressure reaches the source) and closing the source on cancel. For Route Handlers:
 * `new Response(chunksToWebStream(bulkCsvChunks(rows)), { headers })`.
 */
export function chunksToWebStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}
