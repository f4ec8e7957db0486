import { align } from "@/lib/matching/align";
import { DEV_V16_DIRS, languagesOf, loadPairs } from "@/lib/matching/evaluate";
import { claimFrame } from "@/lib/matching/frame";
import { residueOf } from "@/lib/matching/accounting";
for (const p of loadPairs(DEV_V16_DIRS).filter((p) => process.argv.slice(2).includes(p.id))) {
  const l = languagesOf(p); const a = claimFrame(p.a, l.languageA), b = claimFrame(p.b, l.languageB); const al = align(a, b);
  console.log(p.id, al.score, al.pairs.map((q) => `${a.units[q.a]!.text}=${b.units[q.b]!.text}(${q.weight})`).join(" "));
  console.log("  A units", a.units.map((u) => u.text + (u.implied ? "*" : "")).join("|"), "\n  B units", b.units.map((u) => u.text).join("|"));
  const r = residueOf(a, b, al); console.log("  residue", r.a.map((u) => u.text), r.b.map((u) => u.text));
}
