/**
 * Lists the errors of the current code on the dev data in force (DEV_DIRS in lib/matching/evaluate.ts;
 * never a held-out directory): false "same" and missed "same", with score and the deciding
 * slot, for studying kinds of failure.
 * `npx tsx test/matching/eval/errors.ts [fp|fn] [en|es|cross|within] [AUTHOR]` (the last: an author, the two-letter prefix of its pair ids)
 */
import { DEV_DIRS, authorOf, comparePairs, loadPairs } from "@/lib/matching/evaluate";

const want = process.argv[2];
const lang = process.argv[3];
const author = process.argv[4];
for (const { pair, c } of comparePairs(loadPairs(DEV_DIRS))) {
  if (lang && (lang === "cross" ? !pair.lang.includes("-") : lang === "within" ? pair.lang.includes("-") : pair.lang !== lang)) continue;
  if (author && authorOf(pair) !== author) continue;
  const fp = c.tier === "same" && pair.label !== "same";
  const fn = c.tier !== "same" && pair.label === "same";
  if ((want === "fp" && !fp) || (want === "fn" && !fn) || (!want && !fp && !fn)) continue;
  console.log(`${fp ? "FP" : "FN"} ${pair.id} ${pair.lang} ${pair.label}:${pair.kind} score ${c.score} ${c.tier} | ${c.reason ?? ""}\n  a: ${pair.a}\n  b: ${pair.b}${pair.decisive ? `\n  decisive: ${pair.decisive}` : ""}`);
}
