/**
 * Query-time stemming against the index's own vocabulary (`claims_fts_terms`, an fts5vocab table
 * over claims_fts, migration 0008): a typed word's other forms are the indexed words that share
 * its Snowball stem (lib/search/stemming.ts).
 *
 * Why at query time and not in the index: FTS5's built-in `porter` tokenizer stems English only,
 * and a JavaScript stemmer inside the index would have to run in the triggers — as a function
 * registered on each connection, so any connection that has not registered it (the sqlite3
 * shell, a backup tool, a second process) could no longer insert or edit a claim. Stemming the
 * query keeps the index plain SQL, keeps snippets highlighting the very words matched, and leaves
 * claim memory's candidate search (db/matches.ts) exactly as it was.
 *
 * Cost: fts5vocab reads each term's document list to count it, so a scan costs about what a
 * count of those words costs; a scan reads only the words starting with the stem's prefix, at
 * most MAX_SCANNED of them, and steps over the meta column's word-like tokens (`len`, `les`,
 * `sdisputed` …), whose lists are the longest in the index.
 */
import { classifyVariants, isStemmable, searchStem, stemPrefix, type WordVariants } from "@/lib/search/stemming";
import { CLAIM_STATUSES, LANGUAGES, type Language } from "@/lib/vocabulary";
import type { Db } from "../connection";
import { sqlColumn } from "../sql";

/** Vocabulary entries read per prefix: far more than any word has forms, few enough to stay cheap. */
const MAX_SCANNED = 300;
/** Forms kept per word, so a query stays a short FTS5 expression. */
const MAX_VARIANTS = 24;
/** The last character a term can hold: a prefix's range is [prefix, prefix + END). */
const END = "\u{10ffff}";

/** The meta column's tokens made of letters, sorted: the scans step over them. */
const META_WORDS = [...CLAIM_STATUSES.map((s) => `s${s.replace(/_/g, "")}`), ...LANGUAGES.map((l) => `l${l}`), "lnone"].sort();

/** The term ranges for a prefix: [prefix, prefix + END) with every meta token cut out. */
export function prefixRanges(prefix: string): [string, string][] {
  const ranges: [string, string][] = [];
  let from = prefix;
  for (const token of META_WORDS) {
    if (!token.startsWith(prefix) || token < from) continue;
    ranges.push([from, token]);
    // The next term after a token is the token plus the smallest character a term can hold.
    from = `${token}0`;
  }
  ranges.push([from, prefix + END]);
  return ranges;
}

function scan(db: Db, prefix: string): string[] {
  const out: string[] = [];
  for (const [lo, hi] of prefixRanges(prefix)) {
    if (out.length >= MAX_SCANNED) break;
    out.push(...sqlColumn<string>(db, "SELECT term FROM claims_fts_terms WHERE term >= ? AND term < ? LIMIT ?", lo, hi, MAX_SCANNED - out.length));
  }
  return out;
}

/**
 * The indexed forms of `word` (accent-folded, lowercase) for the languages searched: one language
 * when the search is filtered by language, both otherwise.
 */
export function wordVariants(db: Db, word: string, languages: readonly Language[] = LANGUAGES): WordVariants {
  if (!isStemmable(word)) return { any: [word], only: {} };
  const prefixes = [...new Set(languages.map((l) => stemPrefix(word, searchStem(word, l))).filter((p): p is string => p !== null))].sort();
  // A prefix that starts with another one adds nothing to the scan.
  const scans = prefixes.filter((p, i) => !prefixes.slice(0, i).some((q) => p.startsWith(q)));
  const candidates = new Set(scans.flatMap((p) => scan(db, p)));
  const variants = classifyVariants(word, candidates, languages);
  let room = MAX_VARIANTS - variants.any.length;
  variants.any = variants.any.slice(0, MAX_VARIANTS);
  for (const l of Object.keys(variants.only) as Language[]) {
    variants.only[l] = variants.only[l]!.slice(0, Math.max(0, room));
    room -= variants.only[l]!.length;
  }
  return variants;
}
