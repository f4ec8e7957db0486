// Serialiser: reads hand-written sources src/beats/NN-beat.txt, assigns ids, writes pz-<beat>.jsonl.
// It does not generate or alter any claim text.
// Source format: "= <claim A>" opens a family; "lang|label|kind|decisive|<claim B>" adds a pair.
const fs = require('fs'), path = require('path');
const root = path.join(__dirname, '..'), dir = path.join(__dirname, 'beats');
const LANGS = ['en', 'es', 'en-es', 'es-en'];
const KINDS = { same: ['reword', 'low-overlap', 'format', 'translation'],
  related: ['number', 'period', 'place', 'entity', 'subject', 'object', 'polarity', 'negation', 'comparator', 'unit', 'less'],
  different: ['topic', 'unrelated'] };
for (const f of fs.readdirSync(dir).filter(f => /^\d\d-.+\.txt$/.test(f)).sort()) {
  const bb = f.slice(0, 2), beat = f.slice(3, -4);
  let fam = 0, n = 0, a = null, out = [], famSize = {};
  fs.readFileSync(path.join(dir, f), 'utf8').split('\n').forEach((line, i) => {
    line = line.trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('= ')) { fam++; a = line.slice(2).trim(); return; }
    const p = line.split('|');
    if (p.length !== 5 || !a) throw new Error(`${f}:${i + 1} bad line`);
    const [lang, label, kind, decisive, b] = p.map(s => s.trim());
    if (!LANGS.includes(lang) || !KINDS[label] || !KINDS[label].includes(kind)) throw new Error(`${f}:${i + 1} bad value`);
    if ((label === 'related') !== (decisive !== '')) throw new Error(`${f}:${i + 1} decisive`);
    if (label === 'related' && !decisive.includes(' / ')) throw new Error(`${f}:${i + 1} decisive form`);
    n++;
    const family = `pz-f${bb}${fam}`;
    famSize[family] = (famSize[family] || 0) + 1;
    out.push(JSON.stringify({ id: `pz-${bb}${String(n).padStart(2, '0')}`, family, lang, a, b, label, kind, decisive }));
  });
  for (const [k, v] of Object.entries(famSize)) if (v < 5 || v > 7) throw new Error(`${k} has ${v} pairs`);
  if (fam > 9 || n > 99) throw new Error(`${f} too many`);
  fs.writeFileSync(path.join(root, `pz-${beat}.jsonl`), out.join('\n') + '\n');
  console.log(beat, n);
}
