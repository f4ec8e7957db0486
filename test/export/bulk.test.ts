import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  BULK_CSV_COLUMNS,
  bulkCsvChunks,
  bulkCsvStream,
  bulkJsonChunks,
  chunksToWebStream,
  STATUS_WORDS,
  type BulkClaimRow,
} from "@/lib/export";
import { bulkRow, bulkRows, collect, FORMULA_TEXT, parseCsv, PLUS_TEXT, TRICKY_TEXT } from "./fixtures";

// The generated rows include claim texts that start with "=", "+" and "@".
const neutralised = [FORMULA_TEXT, PLUS_TEXT, "@x handle"];

const META = { generatedAt: new Date("2025-03-04T08:00:00.000Z") };

function csvTable(csv: string): string[][] {
  const rows = parseCsv(csv);
  expect(rows[0]).toEqual([...BULK_CSV_COLUMNS]);
  for (const r of rows) expect(r).toHaveLength(BULK_CSV_COLUMNS.length);
  return rows.slice(1);
}

describe("bulk CSV", () => {
  it("writes just the header for zero rows", async () => {
    expect(await collect(bulkCsvChunks([]))).toBe(`${BULK_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("writes one row with all columns, quoting and formula neutralisation", async () => {
    const row: BulkClaimRow = { ...bulkRow(1), text: TRICKY_TEXT, note: "=HYPERLINK(\"x\")", articleTitle: "@title" };
    const rows = csvTable(await collect(bulkCsvChunks([row])));
    expect(rows).toHaveLength(1);
    const r = Object.fromEntries(BULK_CSV_COLUMNS.map((c, i) => [c, rows[0][i]]));
    expect(r).toEqual({
      claim_id: "2",
      article_id: "2",
      article_title: "'@title",
      article_url: "https://news.example.com/1",
      language: "es",
      start: "10",
      end: "19",
      text: TRICKY_TEXT,
      checkworthy: "true",
      score: "0.01",
      status: "supported",
      verdict: "Supported",
      note: "'=HYPERLINK(\"x\")",
      reviewer: "Reviewer 1",
      verdict_at: "2025-03-01T09:30:01.000Z",
      evidence_count: "1",
      created_at: "2025-03-01T09:30:00.001Z",
      updated_at: "2025-03-02T14:05:06.790Z",
      number: "1",
      confirmed_by: "",
    });
  });

  it("streams 10,000 rows that parse back exactly (async source too)", async () => {
    async function* source() {
      yield* bulkRows(10_000);
    }
    const rows = csvTable(await collect(bulkCsvChunks(source())));
    expect(rows).toHaveLength(10_000);
    expect(neutralised.every((t) => rows.some((r) => r[7] === `'${t}`))).toBe(true);
    rows.forEach((r, i) => {
      const expected = bulkRow(i);
      expect(r[0]).toBe(String(expected.claimId));
      expect(r[7]).toBe(/^[=+\-@]/.test(expected.text) ? `'${expected.text}` : expected.text);
      expect(r[10]).toBe(expected.status);
      expect(r[11]).toBe(STATUS_WORDS[expected.status]);
      expect(r[14]).toBe(expected.verdictAt ? expected.verdictAt.toISOString() : "");
      expect(r[17]).toBe(expected.updatedAt.toISOString());
    });
  });

  it("is also available as a Node Readable (csv-stringify stream)", async () => {
    const stream = bulkCsvStream(bulkRows(3));
    let out = "";
    for await (const chunk of stream) out += chunk;
    expect(csvTable(out)).toHaveLength(3);
  });

  it("adds a BOM only on request", async () => {
    expect((await collect(bulkCsvChunks([], { bom: true }))).startsWith("\uFEFFclaim_id,")).toBe(true);
  });
});

describe("bulk JSON", () => {
  it("is valid JSON for zero rows", async () => {
    const text = await collect(bulkJsonChunks([], META));
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, generatedAt: "2025-03-04T08:00:00.000Z", claims: [] });
  });

  it("writes one row with documented keys and nulls kept", async () => {
    const text = await collect(bulkJsonChunks([bulkRow(0)], META));
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "generatedAt", "claims"]);
    expect(parsed.claims).toEqual([
      {
        number: 1,
        id: 1,
        articleId: 1,
        articleTitle: "Article 0",
        articleUrl: null,
        language: "en",
        start: 0,
        end: 9,
        text: TRICKY_TEXT,
        checkworthy: false,
        score: 0,
        status: "unreviewed",
        verdict: "Unreviewed",
        note: null,
        reviewer: null,
        verdictAt: null,
        confirmedBy: null,
        evidenceCount: 0,
        createdAt: "2025-03-01T09:30:00.000Z",
        updatedAt: "2025-03-02T14:05:06.789Z",
      },
    ]);
  });

  it("streams 10,000 rows as valid JSON in order, in several chunks", async () => {
    let chunks = 0;
    let text = "";
    for await (const c of bulkJsonChunks(bulkRows(10_000), META)) {
      chunks++;
      text += c;
    }
    expect(chunks).toBeGreaterThan(1);
    const parsed = JSON.parse(text);
    expect(parsed.claims).toHaveLength(10_000);
    expect(parsed.claims.map((c: { id: number }) => c.id)).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 1));
    expect(parsed.claims[4].text).toBe(bulkRow(4).text);
  });
});

describe("bulk streaming behaviour", () => {
  it("pulls rows lazily (backpressure) and closes the source when the consumer stops", async () => {
    for (const make of [(rows: Iterable<BulkClaimRow>) => bulkCsvChunks(rows), (rows: Iterable<BulkClaimRow>) => bulkJsonChunks(rows, META)]) {
      let produced = 0;
      let closed = false;
      function* source() {
        try {
          for (let i = 0; i < 100_000; i++) {
            produced++;
            yield bulkRow(i);
          }
        } finally {
          closed = true;
        }
      }
      for await (const chunk of make(source())) {
        expect(chunk.length).toBeGreaterThan(0);
        break;
      }
      // One ~64 KiB chunk needs a few hundred rows; far from the 100,000 available.
      expect(produced).toBeGreaterThan(0);
      expect(produced).toBeLessThan(5_000);
      await new Promise((r) => setTimeout(r, 20));
      expect(closed).toBe(true);
    }
  });

  it("propagates source errors", async () => {
    function* failing() {
      yield bulkRow(0);
      throw new Error("cursor failed");
    }
    await expect(collect(bulkCsvChunks(failing()))).rejects.toThrow("cursor failed");
    await expect(collect(bulkJsonChunks(failing(), META))).rejects.toThrow("cursor failed");
  });

  it("wraps chunks in a web ReadableStream and closes the source on cancel", async () => {
    const body = await new Response(chunksToWebStream(bulkJsonChunks(bulkRows(50), META))).text();
    expect(JSON.parse(body).claims).toHaveLength(50);

    let closed = false;
    function* source() {
      try {
        for (let i = 0; i < 100_000; i++) yield bulkRow(i);
      } finally {
        closed = true;
      }
    }
    const reader = chunksToWebStream(bulkCsvChunks(source())).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value).startsWith("claim_id,")).toBe(true);
    await reader.cancel();
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Memory: stream 200,000 rows (~150 MB of output) while only counting bytes.

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * Consumes `chunks`, forcing a GC every `every` chunks and recording the largest live heap above
 * the starting point. With `keep`, chunks are retained (the accumulating behaviour the bulk
 * export must not have) to show the gauge detects growth.
 */
async function heapGrowth(chunks: AsyncIterable<string>, keep = false, every = 200) {
  gc();
  const base = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  let bytes = 0;
  let n = 0;
  let peak = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (keep) kept.push(chunk);
    if (++n % every === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
  }
  gc();
  peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  const peakMB = peak / 2 ** 20;
  console.info(`heap growth ${peakMB.toFixed(1)} MB for ${(bytes / 2 ** 20).toFixed(0)} MB of output (keep=${keep})`);
  return { bytes, peakMB, kept: kept.length };
}

const ROWS = 200_000;
const PAD = 600; // bytes of filler per claim text: ~150 MB of output for 200k rows
const MB = 50;

describe("bulk memory", () => {
  it("the heap gauge detects an accumulating consumer (control)", async () => {
    const { peakMB, kept } = await heapGrowth(bulkJsonChunks(bulkRows(ROWS / 2, PAD), META), true);
    expect(kept).toBeGreaterThan(0);
    expect(peakMB).toBeGreaterThan(MB);
  }, 120_000);

  it(`CSV: 200,000 rows stream with heap growth < ${MB} MB`, async () => {
    const { bytes, peakMB } = await heapGrowth(bulkCsvChunks(bulkRows(ROWS, PAD)));
    expect(bytes).toBeGreaterThan(ROWS * PAD);
    expect(peakMB).toBeLessThan(MB);
  }, 120_000);

  it(`JSON: 200,000 rows stream with heap growth < ${MB} MB`, async () => {
    const { bytes, peakMB } = await heapGrowth(bulkJsonChunks(bulkRows(ROWS, PAD), META));
    expect(bytes).toBeGreaterThan(ROWS * PAD);
    expect(peakMB).toBeLessThan(MB);
  }, 120_000);
});
