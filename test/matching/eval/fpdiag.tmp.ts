import { align } from "@/lib/matching/align";
import { compareFrames, THRESHOLDS } from "@/lib/matching/compare";
import { DEV_V16_DIRS, languagesOf, loadPairs } from "@/lib/matching/evaluate";
import { claimFrame } from "@/lib/matching/frame";
import { compareSlots, describe } from "@/lib/matching/slots";
import { softVetoFeatures, softVetoProbability } from "@/lib/matching/soft-veto";
import { anchored } from "@/lib/matching/compare";
const ids = process.argv.slice(2);
for (const p of loadPairs(DEV_V16_DIRS).filter((p) => ids.includes(p.id))) {
  const l = languagesOf(p);
  const a = claimFrame(p.a, l.languageA), b = claimFrame(p.b, l.languageB);
  const al = align(a, b);
  const ruled = compareFrames(a, b, { ...THRESHOLDS, soft: undefined });
  const slots = compareSlots(a, b, al);
  const conflict = slots.find((s) => !s.agrees);
  console.log(p.id, "ruled", ruled.tier, "score", al.score.toFixed(3), "prob", softVetoProbability(softVetoFeatures(a, b, al, conflict, anchored(a, al))).toFixed(3), "|", slots.map((s) => `${s.agrees ? "+" : "-"}${describe(s)}`).join("; "));
  console.log("   a quantities", JSON.stringify(a.units.filter((u) => u.quantity).map((u) => u.quantity)), "b", JSON.stringify(b.units.filter((u) => u.quantity).map((u) => u.quantity)));
}
