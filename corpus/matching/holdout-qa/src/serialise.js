// Serialiser: assigns ids and writes JSONL. It does not generate any text.
// Source format (src/NN-beat.txt):
//   F <en|es> <base claim A>
//   <lang> <label> <kind> | <claim B> | <decisive or empty>
const fs = require('fs'), path = require('path');
const dir = __dirname, out = path.join(dir, '..');
const LANGS = ['en', 'es', 'en-es', 'es-en'];
const KINDS = { same: ['reword', 'low-overlap', 'format', 'translation'],
  related: ['number', 'period', 'place', 'entity', 'subject', 'object', 'polarity', 'negation', 'comparator', 'unit', 'less'],
  different: ['topic', 'unrelated'] };
const files = fs.readdirSync(dir).filter(f => /^\d\d-[a-z-]+\.txt$/.test(f)).sort();
for (const f of files) {
  const bb = f.slice(0, 2), beat = f.slice(3, -4);
  let fam = 0, n = 0, a = null, alang = null, famCount = 0;
  const rows = [];
  const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
  lines.forEach((ln, i) => {
    ln = ln.trim(); if (!ln || ln.startsWith('#')) return;
    const where = `${f}:${i + 1}`;
    if (ln.startsWith('F ')) {
      if (fam && (famCount < 5 || famCount > 7)) throw new Error(`family size ${famCount} before ${where}`);
      fam++; famCount = 0; alang = ln.slice(2, 4); a = ln.slice(5).trim();
      if (!['en', 'es'].includes(alang) || !a) throw new Error('bad family ' + where);
      return;
    }
    const parts = ln.split('|').map(s => s.trim());
    if (parts.length < 2 || parts.length > 3) throw new Error('bad pair ' + where);
    const [lang, label, kind] = parts[0].split(/\s+/);
    const b = parts[1], decisive = parts[2] || '';
    if (!LANGS.includes(lang) || !lang.startsWith(alang)) throw new Error('lang ' + where);
    if (!KINDS[label] || !KINDS[label].includes(kind)) throw new Error('label/kind ' + where);
    if ((label === 'related') !== (decisive !== '')) throw new Error('decisive ' + where);
    if (label === 'related' && !/ \/ /.test(decisive)) throw new Error('decisive form ' + where);
    if (kind === 'translation' && lang.length !== 5) throw new Error('translation not cross ' + where);
    if (!b) throw new Error('empty b ' + where);
    n++; famCount++;
    rows.push({ id: `qa-${bb}${String(n).padStart(2, '0')}`, family: `qa-f${bb}${fam}`, lang, a, b, label, kind, decisive });
  });
  if (famCount < 5 || famCount > 7) throw new Error(`family size ${famCount} at end of ${f}`);
  fs.writeFileSync(path.join(out, `qa-${beat}.jsonl`), rows.map(r => JSON.stringify(r)).join('\n') + '\n');
  console.log(f, rows.length, 'pairs', fam, 'families');
}
