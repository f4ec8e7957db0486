/**
 * What a search asks, as FTS5 terms: the user's words (parseSearchQuery) and date ranges
 * (dateCoverTokens). Pure functions; db/search runs the expressions against the index.
 */
import { stripAccents } from "../matching/normalize";
import { stopwordsFor } from "../matching/tokenize";
import { DAY_MS, LIMITS, type ClaimStatus, type Language } from "../vocabulary";
import { isStemmable, type WordVariants } from "./stemming";

const MAX_TERMS = 16;

export type SearchFilters = {
  status?: ClaimStatus;
  articleId?: number;
  reviewerId?: number;
  /** Inclusive UTC days, YYYY-MM-DD, on the claim's creation date. */
  from?: string;
  to?: string;
  language?: Language;
  /**
   * "claims" keeps the claims (check-worthy, or with a verdict) and leaves out the other lines —
   * headlines, bylines, "SEE ALSO" lines; "all" (the default) lists those too, after the claims.
   */
  scope?: SearchScope;
};

export const SEARCH_SCOPES = ["claims", "all"] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

export type SearchInput = SearchFilters & { q?: string; page?: number; pageSize?: number };

type Chunk = { words: string[]; phrase: boolean; prefix: boolean; negated: boolean; or: boolean };

/** The words of a text as the index holds them: letters and digits, lowercase, accents folded. */
export function foldedWords(text: string): string[] {
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
    const ws = foldedWords(raw);
    if (ws.length === 0) continue;
    out.push({ words: ws, phrase, prefix, negated, or: pendingOr && !negated });
    pendingOr = false;
  }
  return out;
}

function quote(ws: string[], prefix: boolean): string {
  return `"${ws.join(" ").replace(/"/g, '""')}"${prefix ? "*" : ""}`;
}

/** The columns words are searched in (the meta column holds filter tokens only). */
export const TEXT_COLUMNS = "{text notes evidence}";

/** A word's other forms in the index (lib/search/stemming.ts); without one, words match as typed. */
export type VariantLookup = (word: string) => WordVariants;

export type TextQuery = {
  /** The words on the text columns alone, every variant everywhere: what bm25 ranks and snippets highlight. */
  text: string;
  /** What a match must satisfy: as `text`, but a variant only one language relates to counts only in that language's claims. */
  match: string;
  /** Whether `match` says more than `text` (language-bound variants). */
  bound: boolean;
  /** A single word or phrase (no AND / OR / NOT). */
  single: boolean;
};

const anyOf = (terms: string[]) => (terms.length === 1 ? terms[0]! : `(${terms.join(" OR ")})`);

/** One typed chunk as FTS5: inside the text column filter (`text`), and as a whole match (`match`). */
function chunkTerms(c: Chunk, lookup: VariantLookup | undefined): { text: string; match: string; bound: boolean } {
  const single = !c.phrase && !c.prefix && c.words.length === 1;
  if (!single || !lookup || !isStemmable(c.words[0]!)) {
    const t = quote(c.words, c.prefix);
    return { text: t, match: `${TEXT_COLUMNS} : ${t}`, bound: false };
  }
  const v = lookup(c.words[0]!);
  const q = (w: string) => quote([w], false);
  const bound = (Object.entries(v.only) as [Language, string[]][]).filter(([, ws]) => ws.length > 0);
  const text = anyOf([...v.any, ...bound.flatMap(([, ws]) => ws)].map(q));
  const everywhere = `${TEXT_COLUMNS} : ${anyOf(v.any.map(q))}`;
  if (bound.length === 0) return { text, match: everywhere, bound: false };
  const parts = [everywhere, ...bound.map(([l, ws]) => `(${TEXT_COLUMNS} : ${anyOf(ws.map(q))} AND meta : "l${l}")`)];
  return { text, match: `(${parts.join(" OR ")})`, bound: true };
}

/**
 * The FTS5 expressions for what the user typed, or null when nothing searchable remains.
 * - words are ANDed (`gang members`); `"exact phrase"`; `OR` between words; `-word` excludes;
 *   `word*` matches a prefix; case and accents are ignored;
 * - with a lookup, a bare word also matches its other forms ("gangs" finds "gang"; "subió" finds
 *   "subir"): quoted phrases and prefixes match as typed;
 * - each word becomes a quoted FTS5 string made only of letters and digits, so nothing the user
 *   types is ever FTS5 syntax (`74,000` becomes the phrase "74 000", as the index has it);
 * - stopwords (the, of, en, la, …) are dropped from bare words unless nothing else is left.
 */
export function textQuery(input: string, language?: Language, lookup?: VariantLookup): TextQuery | null {
  const all = chunks(input);
  const stop = stopwordsFor(language);
  const isStop = (c: Chunk) => !c.phrase && !c.prefix && c.words.length === 1 && stop.has(c.words[0]!);
  let positive = all.filter((c) => !c.negated);
  if (positive.some((c) => !isStop(c))) positive = positive.filter((c) => !isStop(c));
  positive = positive.slice(0, MAX_TERMS);
  if (positive.length === 0) return null;
  // OR binds looser than the implicit AND: a b OR c d = (a AND b) OR (c AND d).
  type Terms = ReturnType<typeof chunkTerms>;
  const groups: Terms[][] = [];
  for (const c of positive) {
    const terms = chunkTerms(c, lookup);
    if (groups.length === 0 || c.or) groups.push([terms]);
    else groups[groups.length - 1]!.push(terms);
  }
  const join = (key: "text" | "match") => groups.map((g) => (g.length === 1 ? g[0]![key] : `(${g.map((t) => t[key]).join(" AND ")})`)).join(" OR ");
  const negatives = all.filter((c) => c.negated && !isStop(c)).slice(0, MAX_TERMS).map((c) => chunkTerms(c, lookup));
  const not = (expr: string, key: "text" | "match") => (negatives.length ? `(${expr}) NOT (${negatives.map((t) => t[key]).join(" OR ")})` : expr);
  return {
    text: not(join("text"), "text"),
    match: not(join("match"), "match"),
    bound: groups.some((g) => g.some((t) => t.bound)) || negatives.some((t) => t.bound),
    single: positive.length === 1 && negatives.length === 0,
  };
}

/** The words as an FTS5 expression inside the text column filter, as typed (no stemming); "" for nothing. */
export function parseSearchQuery(input: string, language?: Language): string {
  return textQuery(input, language)?.text ?? "";
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

