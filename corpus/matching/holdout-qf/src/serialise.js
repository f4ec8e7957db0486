// Serialiser: reads hand-written src/BB-beat.txt files, assigns ids, writes qf-<beat>.jsonl. Generates no text.
const fs=require('fs'),path=require('path');
const dir=__dirname,out=path.join(dir,'..');
const files=fs.readdirSync(dir).filter(f=>/^\d\d-.*\.txt$/.test(f)).sort();
for(const f of files){
  const bb=f.slice(0,2),beat=f.slice(3,-4);
  const lines=fs.readFileSync(path.join(dir,f),'utf8').split('\n').map(s=>s.trim()).filter(s=>s&&!s.startsWith('#'));
  let fam=0,n=0,a=null,rows=[];
  for(const l of lines){
    if(l.startsWith('A ')){fam++;a=l.slice(2).split(' | ');a={lang:a[0].trim(),text:a.slice(1).join(' | ').trim()};continue;}
    const p=l.split(' | ');
    if(p.length!==5) throw new Error(f+': bad line: '+l);
    n++;
    rows.push({id:`qf-${bb}${String(n).padStart(2,'0')}`,family:`qf-f${bb}${fam}`,lang:p[0].trim(),a:a.text,b:p[4].trim(),label:p[1].trim(),kind:p[2].trim(),decisive:p[3].trim()});
  }
  fs.writeFileSync(path.join(out,`qf-${beat}.jsonl`),rows.map(r=>JSON.stringify(r)).join('\n')+'\n');
}
