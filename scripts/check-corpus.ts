/** Validate annotated corpus files: `npx tsx scripts/check-corpus.ts DIR...` prints counts or errors. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseAnnotatedArticle } from "../lib/checkworthiness/corpus-format";

let failed = 0;
const totals = { articles: 0, segments: 0, positive: 0 };
const ids = new Set<string>();
for (const dir of process.argv.slice(2)) {
  const files = statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => join(dir, f)) : [dir];
  for (const file of files) {
    try {
      const a = parseAnnotatedArticle(readFileSync(file, "utf8"), file);
      if (ids.has(a.id)) throw new Error(`${file}: duplicate id ${a.id}`);
      ids.add(a.id);
      const pos = a.segments.filter((s) => s.label === 1).length;
      totals.articles++;
      totals.segments += a.segments.length;
      totals.positive += pos;
      console.log(`${a.id}\t${a.language}\t${a.beat}\t${a.style}\t${a.segments.length} segments\t${pos} check-worthy`);
    } catch (e) {
      failed++;
      console.error(String(e instanceof Error ? e.message : e));
    }
  }
}
console.log(`total: ${totals.articles} articles, ${totals.segments} segments, ${totals.positive} check-worthy`);
process.exit(failed ? 1 : 0);
