// Serialiser: reads hand-written beat sources, assigns ids/family ids, writes JSONL. Generates no text.
// Source format: "A <lang> | <claim a>" starts a family; "<label> <kind> <lang> | <decisive> | <claim b>" adds a pair.
const fs = require('fs'), path = require('path');
const root = path.join(__dirname, '..');
const beats = ['politics','economy','health','crime-courts','sport','science','diplomacy','local-government','weather','culture','energy','transport','education','migration','housing','labour','agriculture','technology','environment','finance'];
const KINDS = {same:['reword','low-overlap','format','translation'], related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'], different:['topic','unrelated']};
const LANGS = ['en','es','en-es','es-en'];
let errors = 0; const err = m => { errors++; console.error(m); };
beats.forEach((beat, i) => {
  const BB = String(i + 1).padStart(2, '0');
  const file = path.join(__dirname, 'beats', `${BB}-${beat}.txt`);
  const lines = fs.readFileSync(file, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
  const out = []; let fam = 0, a = null, alang = null, famCount = {};
  for (const line of lines) {
    const parts = line.split(' | ');
    const head = parts[0].split(/\s+/);
    if (head[0] === 'A') {
      if (parts.length !== 2) err(`${file}: bad A line: ${line}`);
      fam++; a = parts[1]; alang = head[1]; famCount[fam] = 0;
      continue;
    }
    const [label, kind, lang] = head;
    if (parts.length !== 3) err(`${file}: bad pair line: ${line}`);
    const decisive = parts[1], b = parts[2];
    if (!KINDS[label] || !KINDS[label].includes(kind)) err(`${file}: bad label/kind ${label}/${kind}`);
    if (!LANGS.includes(lang)) err(`${file}: bad lang ${lang}`);
    if (lang.split('-')[0] !== alang) err(`${file}: lang ${lang} does not match family lang ${alang}`);
    const dec = decisive === '-' ? '' : decisive;
    if ((label === 'related') !== (dec !== '')) err(`${file}: decisive mismatch: ${line}`);
    if (label === 'related' && !/ \/ /.test(dec)) err(`${file}: decisive form: ${dec}`);
    famCount[fam]++;
    out.push({id: `qe-${BB}${String(out.length + 1).padStart(2, '0')}`, family: `qe-f${BB}${fam}`, lang, a, b, label, kind, decisive: dec});
  }
  for (const [f, n] of Object.entries(famCount)) if (n < 5 || n > 7) err(`${file}: family ${f} has ${n} pairs`);
  if (fam > 9) err(`${file}: more than 9 families`);
  fs.writeFileSync(path.join(root, `qe-${beat}.jsonl`), out.map(o => JSON.stringify(o)).join('\n') + '\n');
});
console.log(errors ? `${errors} errors` : 'ok');
