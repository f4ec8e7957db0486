// Serialiser: reads hand-written sources in src/beats/NN-beat.txt, assigns ids and writes qg-<beat>.jsonl.
// It only assigns ids, picks the family's written base claim (EN: or ES: line) as "a", and serialises.
const fs=require('fs'),path=require('path');
const dir=path.join(__dirname,'beats'),out=path.join(__dirname,'..');
for(const f of fs.readdirSync(dir).filter(x=>x.endsWith('.txt')).sort()){
  const m=f.match(/^(\d\d)-(.+)\.txt$/);const BB=m[1],beat=m[2];
  const lines=fs.readFileSync(path.join(dir,f),'utf8').split('\n').map(s=>s.trim()).filter(s=>s&&!s.startsWith('//'));
  let fam=0,n=0,EN=null,ES=null;const rows=[];
  for(const L of lines){
    if(L==='@'){fam++;EN=ES=null;continue;}
    if(L.startsWith('EN:')){EN=L.slice(3).trim();continue;}
    if(L.startsWith('ES:')){ES=L.slice(3).trim();continue;}
    const p=L.split('|');if(p.length!==5)throw new Error(f+': bad line '+L);
    const [lang,label,kind,decisive,b]=p.map(s=>s.trim());
    const a=lang.startsWith('en')?EN:ES; if(!a)throw new Error(f+': no base for '+L);
    n++;rows.push({id:`qg-${BB}${String(n).padStart(2,'0')}`,family:`qg-f${BB}${fam}`,lang,a,b,label,kind,decisive});
  }
  fs.writeFileSync(path.join(out,`qg-${beat}.jsonl`),rows.map(r=>JSON.stringify(r)).join('\n')+'\n');
}
