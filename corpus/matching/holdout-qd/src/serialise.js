// Serialiser: reads hand-written beat sources (src/BB-beat.txt), assigns ids and writes JSONL.
// It does not generate any text. Source format, one item per line:
//   F <lang-of-a> <claim A>                      starts a family
//   <S|R|D> <kind> <lang-of-b> <claim B>[ || <A-part / B-part>]
const fs = require('fs'), path = require('path');
const dir = __dirname, out = path.join(dir, '..');
const LAB = {S: 'same', R: 'related', D: 'different'};
for (const f of fs.readdirSync(dir).filter(f => /^\d\d-[a-z-]+\.txt$/.test(f)).sort()) {
  const bb = f.slice(0, 2), beat = f.slice(3, -4);
  let fam = 0, n = 0, a = null, alang = null; const rows = [];
  for (const raw of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
    const line = raw.trim(); if (!line || line.startsWith('#')) continue;
    let m;
    if ((m = line.match(/^F (en|es) (.+)$/))) { fam++; a = m[2]; alang = m[1]; continue; }
    m = line.match(/^([SRD]) ([a-z-]+) (en|es) (.+)$/);
    if (!m) throw new Error(f + ': bad line: ' + line);
    let [b, dec] = m[4].split(' || ');
    n++;
    rows.push({id: `qd-${bb}${String(n).padStart(2, '0')}`, family: `qd-f${bb}${fam}`,
      lang: alang === m[3] ? alang : `${alang}-${m[3]}`, a, b: b.trim(), label: LAB[m[1]], kind: m[2],
      decisive: (dec || '').trim()});
  }
  fs.writeFileSync(path.join(out, `qd-${beat}.jsonl`), rows.map(r => JSON.stringify(r)).join('\n') + '\n');
}
