// Validation and counts for the qh set (reads ../qh-*.jsonl only).
const fs = require("fs"), path = require("path");
const out = path.join(__dirname, "..");
const KINDS = { same: ["reword","low-overlap","format","translation"],
  related: ["number","period","place","entity","subject","object","polarity","negation","comparator","unit","less"],
  different: ["topic","unrelated"] };
const KEYS = "id,family,lang,a,b,label,kind,decisive";
const ids = new Set(), fams = {}, rows = []; let err = 0;
const bad = m => { err++; console.log("ERR", m); };
for (const f of fs.readdirSync(out).filter(f => /^qh-.*\.jsonl$/.test(f)).sort()) {
  fs.readFileSync(path.join(out, f), "utf8").split("\n").filter(Boolean).forEach((l, i) => {
    let o; try { o = JSON.parse(l); } catch (e) { return bad(f + ":" + (i+1) + " parse"); }
    if (Object.keys(o).join(",") !== KEYS) bad(o.id + " keys");
    if (!/^qh-(0[1-9]|1\d|20)\d\d$/.test(o.id)) bad(o.id + " id form");
    if (ids.has(o.id)) bad(o.id + " dup"); ids.add(o.id);
    if (!/^qh-f\d\d\d$/.test(o.family) || o.family.slice(4,6) !== o.id.slice(3,5)) bad(o.id + " family");
    if (!["en","es","en-es","es-en"].includes(o.lang)) bad(o.id + " lang");
    if (!KINDS[o.label] || !KINDS[o.label].includes(o.kind)) bad(o.id + " label/kind");
    if ((o.label === "related") !== (o.decisive.trim() !== "")) bad(o.id + " decisive");
    if (o.label === "related" && !/ \/ /.test(o.decisive)) bad(o.id + " decisive form");
    if (o.kind === "translation" && !o.lang.includes("-")) bad(o.id + " translation mono");
    if (!o.a.trim() || !o.b.trim() || o.a === o.b) bad(o.id + " empty/identical");
    (fams[o.family] = fams[o.family] || []).push(o); rows.push({ ...o, file: f });
  });
}
for (const [k, v] of Object.entries(fams)) {
  if (v.length < 5 || v.length > 7) bad(k + " size " + v.length);
  if (new Set(v.map(o => o.a)).size !== 1) bad(k + " a differs");
  const base = v[0].lang.slice(0, 2); if (v.some(o => o.lang.slice(0, 2) !== base)) bad(k + " a-lang mix");
}
const count = key => { const c = {}; rows.forEach(r => c[key(r)] = (c[key(r)] || 0) + 1); return c; };
if (process.argv[2] === "diff") {
  const tok = s => s.match(/[\p{L}\p{N}%.,'’:-]+/gu) || [];
  rows.filter(r => r.label === "related" && !r.lang.includes("-")).forEach(r => {
    const a = tok(r.a), b = tok(r.b); let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++;
    let j = 0; while (j < a.length - i && j < b.length - i && a[a.length-1-j] === b[b.length-1-j]) j++;
    const da = a.slice(i, a.length - j).join(" "), db = b.slice(i, b.length - j).join(" ");
    const w = Math.max(a.length - i - j, b.length - i - j);
    console.log(`${r.id}\t${w}\t[${da}] -> [${db}]\t|| ${r.decisive}`);
  });
} else {
  console.log(JSON.stringify({ total: rows.length, families: Object.keys(fams).length, errors: err,
    byFile: count(r => r.file), byLang: count(r => r.lang), byLabel: count(r => r.label),
    byLabelKind: count(r => r.label + "/" + r.kind),
    labelLang: count(r => r.label + " x " + r.lang) }, null, 1));
}
process.exitCode = err ? 1 : 0;
