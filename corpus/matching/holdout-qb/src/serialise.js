// Serialiser: reads hand-written src/BB-beat.txt files, assigns ids, writes qb-<beat>.jsonl.
// It does not generate any text: every a/b/decisive string is copied verbatim from the source files.
// Source format: a family starts with "AEN: <claim>" then "AES: <same claim in Spanish>",
// followed by pair lines "label|kind|lang|B text|decisive" (decisive only for related).
// For lang en / en-es the family's AEN text is used as a; for es / es-en the AES text.
const fs = require('fs'), path = require('path');
const dir = __dirname, out = path.join(dir, '..');
const files = fs.readdirSync(dir).filter(f => /^\d\d-[a-z-]+\.txt$/.test(f)).sort();
for (const f of files) {
  const bb = f.slice(0, 2), beat = f.slice(3, -4);
  const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n').map(s => s.trim()).filter(s => s && !s.startsWith('#'));
  let fam = 0, n = 0, aen = null, aes = null; const recs = [];
  for (const l of lines) {
    if (l.startsWith('AEN:')) { fam++; aen = l.slice(4).trim(); aes = null; continue; }
    if (l.startsWith('AES:')) { aes = l.slice(4).trim(); continue; }
    const p = l.split('|').map(s => s.trim());
    if (p.length < 4 || p.length > 5) throw new Error(f + ': bad line: ' + l);
    const [label, kind, lang, b, dec = ''] = p;
    const a = (lang === 'en' || lang === 'en-es') ? aen : aes;
    if (!a) throw new Error(f + ': missing base claim for ' + l);
    n++;
    recs.push({ id: `qb-${bb}${String(n).padStart(2, '0')}`, family: `qb-f${bb}${fam}`, lang, a, b, label, kind, decisive: dec });
  }
  fs.writeFileSync(path.join(out, `qb-${beat}.jsonl`), recs.map(r => JSON.stringify(r)).join('\n') + '\n');
  console.log(f, recs.length);
}
