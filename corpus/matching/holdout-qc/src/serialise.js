// Serialiser: reads hand-written src/NN-beat.txt files, assigns ids, writes ../qc-<beat>.jsonl.
// It only assigns ids and serialises; all text comes verbatim from the source files.
const fs = require('fs'), path = require('path');
const dir = __dirname, out = path.join(dir, '..');
const LAB = { same: 'same', rel: 'related', diff: 'different' };
for (const f of fs.readdirSync(dir).filter(f => /^\d\d-.*\.txt$/.test(f)).sort()) {
  const bb = f.slice(0, 2), beat = f.slice(3, -4);
  let fam = 0, n = 0, aText = null, aLang = null; const rows = [];
  for (const raw of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
    const line = raw.trim(); if (!line) continue;
    const parts = line.split(' | ');
    const head = parts[0].split(' ');
    if (head[0] === 'A') { fam++; aLang = head[1]; aText = parts[1]; if (parts.length !== 2) throw new Error(f + ': ' + line); continue; }
    const label = LAB[head[0]], kind = head[1], bLang = head[2];
    if (!label || !kind || !bLang) throw new Error(f + ': ' + line);
    let decisive = '', b;
    if (label === 'related') { if (parts.length !== 3) throw new Error(f + ': ' + line); decisive = parts[1]; b = parts[2]; }
    else { if (parts.length !== 2) throw new Error(f + ': ' + line); b = parts[1]; }
    n++;
    rows.push({ id: `qc-${bb}${String(n).padStart(2, '0')}`, family: `qc-f${bb}${fam}`,
      lang: aLang === bLang ? aLang : `${aLang}-${bLang}`, a: aText, b, label, kind, decisive });
  }
  fs.writeFileSync(path.join(out, `qc-${beat}.jsonl`), rows.map(r => JSON.stringify(r)).join('\n') + '\n');
}
