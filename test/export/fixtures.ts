import type { ArticleReport, BulkClaimRow, ReportClaim } from "@/lib/export";

export const T0 = new Date("2025-03-01T09:30:00.000Z");
export const T1 = new Date("2025-03-02T14:05:06.789Z");
export const T2 = new Date("2025-03-03T23:59:59.000Z");
export const GENERATED = new Date("2025-03-04T08:00:00.000Z");

export const TRICKY_TEXT = 'He said "taxes rose 10%, then fell",\nby *half* [sic] <b>bold</b> #1';
export const SCRIPT_TEXT = "<script>alert(1)</script> and </script><!-- closing 🎉";
export const FORMULA_TEXT = "=SUM(A1)";
export const PLUS_TEXT = "+1 more, -2 less\tthen\r\ncarriage";

function claim(p: Partial<ReportClaim> & Pick<ReportClaim, "number" | "id" | "start" | "end" | "text">): ReportClaim {
  return {
    score: 0.5,
    checkworthy: true,
    status: "unreviewed",
    note: null,
    reviewerName: null,
    confirmedByName: null,
    verdictAt: null,
    evidence: [],
    ...p,
  };
}

/**
 * `report` with its claims replaced by `count` copies of `base`, numbered 1 to count, each on a
 * span of its own (`stride` characters apart), then changed by `claim`: long reports for paging.
 */
export function withManyClaims(
  report: ArticleReport,
  base: ReportClaim,
  count: number,
  claim: (i: number) => Partial<ReportClaim>,
  stride = 10,
): ArticleReport {
  report.claims = Array.from({ length: count }, (_, i) => ({
    ...base,
    number: i + 1,
    id: 100 + i,
    start: i * stride,
    end: i * stride + stride / 2,
    ...claim(i),
  }));
  return report;
}

/**
 * English article with hostile text everywhere. Claims deliberately not in article order; their
 * numbers are their places in text order, and claim 4 (not check-worthy, no verdict) is not shown.
 */
export function englishReport(over: Partial<ArticleReport> = {}): ArticleReport {
  return {
    article: {
      id: 7,
      title: 'Budget "facts", <script>alert(1)</script> & more',
      byline: "Jane O'Neil",
      sourceUrl: "https://news.example.com/a/budget (2025)?q=1&x=2",
      publishedAt: "2025-02-28",
      language: "en",
      version: 3,
    },
    claims: [
      claim({
        number: 5,
        id: 15,
        start: 300,
        end: 340,
        text: PLUS_TEXT,
        score: 0.91,
        status: "needs_source",
        reviewerName: "-2 Reviewer",
        verdictAt: T2,
        note: null,
      }),
      claim({
        number: 1,
        id: 11,
        start: 0,
        end: 60,
        text: TRICKY_TEXT,
        score: 0.87,
        status: "supported",
        note: "=SUM(A1)\nsecond line of the note",
        reviewerName: "Ann *Editor*",
        verdictAt: T1,
        evidence: [
          {
            url: "https://stats.example.org/report_(final) v2.pdf",
            title: "+1 Stats [official]",
            quote: "-2 percent <b>bold</b>\nsecond line",
            addedByName: "Bob",
            addedAt: T0,
          },
          {
            url: "javascript:alert(1)",
            title: "@x evil link",
            quote: "click me",
            addedByName: "Mallory <m@x>",
            addedAt: T0,
          },
        ],
      }),
      claim({ number: 4, id: 14, start: 250, end: 260, text: "NOT SELECTED: not check-worthy, no verdict", checkworthy: false }),
      claim({
        number: 2,
        id: 12,
        start: 100,
        end: 150,
        text: SCRIPT_TEXT,
        checkworthy: false, // still selected: it has a verdict
        status: "disputed",
        note: "@x note",
        reviewerName: "Carla",
        confirmedByName: "Dora",
        verdictAt: T2,
      }),
      claim({ number: 3, id: 13, start: 200, end: 208, text: FORMULA_TEXT, score: 0.66 }),
    ],
    history: { changes: 12, lastChangeAt: T2, lastChangeBy: "Carla" },
    generatedAt: GENERATED,
    options: { verifiedOnly: false },
    organization: { name: "ClaimDesk Fact Check", url: "https://factcheck.example.org/" },
    reportUrl: "https://claimdesk.example.org/articles/7/review",
    ...over,
  };
}

export const ES_SUPPORTED = "La inflación bajó al 3,5 % según el señor Muñoz";
export const ES_EMOJI = "¿Niño 🎉 cumpleaños? ¡Sí!";
export const ES_PENDING = "Pendiente de revisión";

/** Spanish article without byline, source URL or publication date. */
export function spanishReport(over: Partial<ArticleReport> = {}): ArticleReport {
  return {
    article: { id: 8, title: "¿El año del agua? ¡Sí!", byline: null, sourceUrl: null, publishedAt: null, language: "es", version: 1 },
    claims: [
      claim({
        number: 1,
        id: 21,
        start: 0,
        end: ES_SUPPORTED.length,
        text: ES_SUPPORTED,
        status: "supported",
        reviewerName: "Begoña Núñez",
        verdictAt: T1,
        note: "Confirmado por el INE; ver «informe».",
        evidence: [
          {
            url: "https://ine.example.es/informe?año=2024",
            title: "Informe anual — inflación",
            quote: "Según el informe, ¿cuánto bajó?",
            addedByName: "Begoña Núñez",
            addedAt: T0,
          },
        ],
      }),
      claim({ number: 2, id: 22, start: 60, end: 85, text: ES_EMOJI, status: "disputed", reviewerName: "Íñigo", verdictAt: T2 }),
      claim({ number: 3, id: 23, start: 90, end: 120, text: ES_PENDING, status: "unreviewed" }),
    ],
    history: { changes: 1, lastChangeAt: T2, lastChangeBy: null },
    generatedAt: GENERATED,
    options: { verifiedOnly: false },
    organization: { name: "Verificación Ñ", url: "https://verifica.example.es/" },
    reportUrl: null,
    ...over,
  };
}

/** The claim texts each report shows, in article order (englishReport leaves claim 4 out). */
export const ENGLISH_SHOWN_TEXTS = [TRICKY_TEXT, SCRIPT_TEXT, FORMULA_TEXT, PLUS_TEXT];
export const SPANISH_SHOWN_TEXTS = [ES_SUPPORTED, ES_EMOJI, ES_PENDING];

const STATUSES = ["unreviewed", "supported", "disputed", "needs_source"] as const;
const TEXTS = [TRICKY_TEXT, SCRIPT_TEXT, FORMULA_TEXT, PLUS_TEXT, ES_SUPPORTED, "@x handle", "plain text"];

/** Deterministic bulk row number `i`; `pad` adds filler characters to the claim text. */
export function bulkRow(i: number, pad = 0): BulkClaimRow {
  const status = STATUSES[i % STATUSES.length];
  return {
    claimId: i + 1,
    number: 1 + Math.floor(i / 97),
    articleId: 1 + (i % 97),
    articleTitle: i % 2 ? `Artículo ${i}, "título"` : `Article ${i}`,
    articleUrl: i % 3 ? `https://news.example.com/${i}` : null,
    language: i % 2 ? "es" : "en",
    start: i * 10,
    end: i * 10 + 9,
    text: TEXTS[i % TEXTS.length] + (pad ? ` ${"x".repeat(pad)}` : ""),
    score: (i % 100) / 100,
    checkworthy: i % 5 !== 0,
    status,
    note: i % 4 === 1 ? "-note, with comma" : null,
    reviewerName: status === "unreviewed" ? null : `Reviewer ${i % 7}`,
    confirmedByName: status === "disputed" && i % 2 ? `Confirmer ${i % 3}` : null,
    verdictAt: status === "unreviewed" ? null : new Date(T0.getTime() + i * 1000),
    createdAt: new Date(T0.getTime() + i),
    updatedAt: new Date(T1.getTime() + i),
    evidenceCount: i % 4,
  };
}

export function* bulkRows(count: number, pad = 0): Generator<BulkClaimRow> {
  for (let i = 0; i < count; i++) yield bulkRow(i, pad);
}

/**
 * Minimal strict RFC 4180 parser: CRLF record separators only (a bare CR or LF outside quotes is
 * an error), `"` quoting with doubled quotes, no text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
          throw new Error(`unexpected character after closing quote at ${i}`);
        }
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (fieldStarted) throw new Error(`quote inside unquoted field at ${i}`);
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      fieldStarted = false;
      i++;
    } else if (c === "\r" || c === "\n") {
      if (c === "\n" || text[i + 1] !== "\n") throw new Error(`bare CR or LF outside quotes at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      fieldStarted = false;
      i += 2;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (fieldStarted || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
}
