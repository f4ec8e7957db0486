// Serialiser: reads the hand-written source files NN-<beat>.txt, assigns ids, writes ../qh-<beat>.jsonl.
// Source format: "A <lang>|<claim a>" starts a family; each following line is
// "<label>|<kind>|<lang>|<decisive>|<claim b>". No text is generated here.
const fs = require("fs"), path = require("path");
const dir = __dirname, out = path.join(dir, "..");
for (const f of fs.readdirSync(dir).filter(f => /^\d\d-.*\.txt$/.test(f)).sort()) {
  const bb = f.slice(0, 2), beat = f.slice(3, -4);
  let fam = 0, n = 0, a = null, lines = [];
  for (const raw of fs.readFileSync(path.join(dir, f), "utf8").split("\n")) {
    if (!raw.trim()) continue;
    if (raw.startsWith("A ")) { fam++; a = raw.slice(raw.indexOf("|") + 1); continue; }
    const p = raw.split("|");
    if (p.length !== 5) throw new Error(f + ": bad line " + raw);
    const [label, kind, lang, decisive, b] = p;
    n++;
    lines.push(JSON.stringify({ id: `qh-${bb}${String(n).padStart(2, "0")}`, family: `qh-f${bb}${fam}`,
      lang, a, b, label, kind, decisive }));
  }
  fs.writeFileSync(path.join(out, `qh-${beat}.jsonl`), lines.join("\n") + "\n");
}
