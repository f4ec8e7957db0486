import { DEV_V16_DIRS, comparePairs, loadPairs } from "@/lib/matching/evaluate";
const ids = process.argv.slice(2);
for (const { pair, c } of comparePairs(loadPairs(DEV_V16_DIRS).filter((p) => ids.includes(p.id)))) console.log(pair.id, pair.label, c.tier, c.score, c.reason);
