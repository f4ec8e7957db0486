/**
 * What a search asks, as FTS5 terms: the user's words (parseSearchQuery) and date ranges
 * (dateCoverTokens). Pure functions; db/search runs the expressions against the index.
 */
import { stripAccents } from "../matching/normalize";
import { stopwordsFor } from "../matching/tokenize";
import { DAY_MS, LIMITS, type ClaimStatus, type Language } from "../vocabulary";

const MAX_TERMS = 16;

export type SearchFilters = {
  status?: ClaimStatus;
  articleId?: number;
  reviewerId?: number;
  /** Inclusive UTC days, YYYY-MM-DD, on the claim's creation date. */
  from?: string;
  to?: string;
  language?: Language;
};

export type SearchInput = SearchFilters & { q?: string; page?: number; pageSize?: number };

type Chunk = { words: string[]; phrase: boolean; prefix: boolean; negated: boolean; or: boolean };

function words(text: string): string[] {
  return stripAccents(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Splits what the user typed into phrases, words, OR, -exclusions and trailing-* prefixes. */
function chunks(input: string): Chunk[] {
  const out: Chunk[] = [];
  const re = /(-?)"([^"]*)"?(\*?)|(\S+)/g;
  let pendingOr = false;
  for (const m of input.slice(0, LIMITS.searchQueryChars).matchAll(re)) {
    if (m[4] === "OR") {
      pendingOr = out.length > 0;
      continue;
    }
    let negated = m[1] === "-";
    let prefix = m[3] === "*";
    let raw = m[2];
    const phrase = raw !== undefined;
    if (!phrase) {
      raw = m[4]!;
      if (raw.startsWith("-") && raw.length > 1) {
        negated = true;
        raw = raw.slice(1);
      }
      if (raw.endsWith("*")) prefix = true;
    }
    const ws = words(raw);
    if (ws.length === 0) continue;
    out.push({ words: ws, phrase, prefix, negated, or: pendingOr && !negated });
    pendingOr = false;
  }
  return out;
}

function quote(ws: string[], prefix: boolean): string {
  return `"${ws.join(" ").replace(/"/g, '""')}"${prefix ? "*" : ""}`;
}

/**
 * The FTS5 expression for what the user typed, or "" when nothing searchable remains.
 * - words are ANDed (`gang members`); `"exact phrase"`; `OR` between words; `-word` excludes;
 *   `word*` matches a prefix; case and accents are ignored;
 * - each word becomes a quoted FTS5 string made only of letters and digits, so nothing the user
 *   types is ever FTS5 syntax (`74,000` becomes the phrase "74 000", as the index has it);
 * - stopwords (the, of, en, la, …) are dropped from bare words unless nothing else is left.
 */
export function parseSearchQuery(input: string, language?: Language): string {
  const all = chunks(input);
  const stop = stopwordsFor(language);
  const isStop = (c: Chunk) => !c.phrase && !c.prefix && c.words.length === 1 && stop.has(c.words[0]!);
  let positive = all.filter((c) => !c.negated);
  if (positive.some((c) => !isStop(c))) positive = positive.filter((c) => !isStop(c));
  positive = positive.slice(0, MAX_TERMS);
  if (positive.length === 0) return "";
  // OR binds looser than the implicit AND: a b OR c d = (a AND b) OR (c AND d).
  const groups: string[][] = [];
  for (const c of positive) {
    const term = quote(c.words, c.prefix);
    if (c.or && groups.length > 0) groups.push([term]);
    else if (groups.length === 0) groups.push([term]);
    else groups[groups.length - 1]!.push(term);
  }
  const expr = groups.map((g) => (g.length === 1 ? g[0]! : `(${g.join(" AND ")})`)).join(" OR ");
  const negatives = all.filter((c) => c.negated && !isStop(c)).slice(0, MAX_TERMS).map((c) => quote(c.words, c.prefix));
  return negatives.length ? `(${expr}) NOT (${negatives.join(" OR ")})` : expr;
}

function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The fewest day / month / year tokens that cover [from, to] exactly (inclusive day numbers):
 * whole years as `y2024`, whole months as `m202403`, the remaining days as `d20240315`.
 */
export function dateCoverTokens(from: number, to: number): string[] {
  const tokens: string[] = [];
  let day = from;
  while (day <= to) {
    const { y, m, d } = ymd(day);
    if (m === 1 && d === 1) {
      const nextYear = Math.floor(Date.UTC(y + 1, 0, 1) / DAY_MS);
      if (nextYear - 1 <= to) {
        tokens.push(`y${y}`);
        day = nextYear;
        continue;
      }
    }
    if (d === 1) {
      const nextMonth = Math.floor(Date.UTC(y, m, 1) / DAY_MS);
      if (nextMonth - 1 <= to) {
        tokens.push(`m${y}${pad(m)}`);
        day = nextMonth;
        continue;
      }
    }
    tokens.push(`d${y}${pad(m)}${pad(d)}`);
    day += 1;
  }
  return tokens;
}

