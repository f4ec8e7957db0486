// Serialiser: reads hand-written src/BB-beat.txt files, assigns ids, writes qi-<beat>.jsonl. Generates no text.
const fs=require('fs'),path=require('path');
const beats=['politics','economy','health','crime-courts','sport','science','diplomacy','local-government','weather','culture','energy','transport','education','migration','housing','labour','agriculture','technology','environment','finance'];
const kinds={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const langs=['en','es','en-es','es-en'];
const out=path.join(__dirname,'..');
beats.forEach((beat,i)=>{
  const BB=String(i+1).padStart(2,'0');
  const f=path.join(__dirname,BB+'-'+beat+'.txt');
  if(!fs.existsSync(f)){console.error('missing',f);return;}
  const lines=fs.readFileSync(f,'utf8').split('\n').map(s=>s.trim()).filter(s=>s&&!s.startsWith('#'));
  let fam=0,n=0,AE=null,AS=null,recs=[];
  for(const l of lines){
    if(l==='F'){fam++;AE=AS=null;continue;}
    if(l.startsWith('AE ')){AE=l.slice(3).trim();continue;}
    if(l.startsWith('AS ')){AS=l.slice(3).trim();continue;}
    const parts=l.split(' :: ');
    const [lang,label,kind]=parts[0].split(/\s+/);
    const b=(parts[1]||'').trim(), dec=(parts[2]||'').trim();
    if(!langs.includes(lang)) throw Error(f+': bad lang '+l);
    if(!kinds[label]||!kinds[label].includes(kind)) throw Error(f+': bad label/kind '+l);
    if((label==='related')!==(dec!=='')) throw Error(f+': decisive mismatch '+l);
    if(label==='related'&&!/ \/ /.test(dec)) throw Error(f+': decisive form '+l);
    const a=lang.startsWith('en')?AE:AS;
    if(!a||!b) throw Error(f+': missing text '+l);
    n++;
    recs.push({id:'qi-'+BB+String(n).padStart(2,'0'),family:'qi-f'+BB+fam,lang,a,b,label,kind,decisive:label==='related'?dec:''});
  }
  fs.writeFileSync(path.join(out,'qi-'+beat+'.jsonl'),recs.map(r=>JSON.stringify(r)).join('\n')+'\n');
  console.log(beat,recs.length);
});
