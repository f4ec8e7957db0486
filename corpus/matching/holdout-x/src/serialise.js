// Assigns ids and serialises hand-written sources src/NN-beat.txt -> px-beat.jsonl. Generates no text.
const fs=require('fs'),path=require('path');
const dir=__dirname,out=path.join(dir,'..');
const L={s:'same',r:'related',d:'different'};
const KINDS={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const files=fs.readdirSync(dir).filter(f=>/^\d\d-.+\.txt$/.test(f)).sort();
const ids=new Set();let errs=[];
for(const f of files){
  const bb=f.slice(0,2),beat=f.slice(3,-4);
  let fam=0,n=0,a=null,alang=null,famsize={},rows=[];
  for(const raw of fs.readFileSync(path.join(dir,f),'utf8').split('\n')){
    const line=raw.trim(); if(!line||line.startsWith('#'))continue;
    const p=line.split(' | ');
    if(p[0].startsWith('@')){fam++;alang=p[0].split(' ')[1];a=p[1];continue;}
    const [lab,kind,blang]=p[0].split(' ');const label=L[lab];
    const lang=alang===blang?alang:alang+'-'+blang;
    const dec=label==='related'?(p[2]||''):'';
    if(label==='related'&&!dec.includes(' / '))errs.push(f+': no decisive: '+line);
    if(label!=='related'&&p.length>2)errs.push(f+': extra field: '+line);
    if(!KINDS[label]||!KINDS[label].includes(kind))errs.push(f+': bad kind: '+line);
    if(kind==='translation'&&alang===blang)errs.push(f+': mono translation: '+line);
    n++;const id=`px-${bb}${String(n).padStart(2,'0')}`,family=`px-f${bb}${fam}`;
    if(ids.has(id))errs.push('dup '+id);ids.add(id);famsize[family]=(famsize[family]||0)+1;
    rows.push({id,family,lang,a,b:p[1],label,kind,decisive:dec});
  }
  for(const [k,v] of Object.entries(famsize))if(v<5||v>7)errs.push(`${k} size ${v}`);
  fs.writeFileSync(path.join(out,`px-${beat}.jsonl`),rows.map(r=>JSON.stringify(r)).join('\n')+'\n');
}
if(errs.length){console.error(errs.join('\n'));process.exit(1);}
console.log('ok',ids.size);
