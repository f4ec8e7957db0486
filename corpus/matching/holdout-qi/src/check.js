// Checker and counter: validates the jsonl files and prints counts tables (no text generation).
const fs=require('fs'),path=require('path');const dir=path.join(__dirname,'..');
const K=['id','family','lang','a','b','label','kind','decisive'];
const kinds={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const files=fs.readdirSync(dir).filter(f=>/^qi-.*\.jsonl$/.test(f)).sort();
const ids=new Set(),fam={},c={file:{},lang:{},label:{},lk:{},ll:{}};let err=0,tot=0;const inc=(o,k)=>o[k]=(o[k]||0)+1;
const diffs=[];
for(const f of files){for(const line of fs.readFileSync(path.join(dir,f),'utf8').split('\n').filter(Boolean)){
  let r;try{r=JSON.parse(line)}catch(e){console.log('PARSE',f);err++;continue}
  if(JSON.stringify(Object.keys(r))!==JSON.stringify(K)){console.log('KEYS',r.id);err++}
  if(ids.has(r.id)){console.log('DUP',r.id);err++}ids.add(r.id);
  if(!/^qi-\d{4}$/.test(r.id)||!/^qi-f\d{3}$/.test(r.family)||r.family.slice(4,6)!==r.id.slice(3,5)){console.log('IDFMT',r.id);err++}
  if(!['en','es','en-es','es-en'].includes(r.lang)||!kinds[r.label]||!kinds[r.label].includes(r.kind)){console.log('VAL',r.id);err++}
  if((r.label==='related')!==(r.decisive!=='')||(r.decisive&&!r.decisive.includes(' / '))){console.log('DEC',r.id);err++}
  if(!r.a||!r.b||r.a===r.b){console.log('TEXT',r.id);err++}
  inc(fam,r.family);tot++;inc(c.file,f);inc(c.lang,r.lang);inc(c.label,r.label);inc(c.lk,r.label+'/'+r.kind);inc(c.ll,r.label+'|'+r.lang);
  if(r.label==='related'&&(r.lang==='en'||r.lang==='es')){const A=r.a.split(/\s+/),B=r.b.split(/\s+/);let i=0;while(i<A.length&&A[i]===B[i])i++;let j=0;while(j<A.length-i&&j<B.length-i&&A[A.length-1-j]===B[B.length-1-j])j++;
    diffs.push([r.id,Math.max(A.length-i-j,B.length-i-j),A.slice(i,A.length-j).join(' ')+' => '+B.slice(i,B.length-j).join(' '),r.decisive]);}
}}
for(const[k,v]of Object.entries(fam))if(v<5||v>7){console.log('FAMSIZE',k,v);err++}
console.log('errors',err,'total',tot,'families',Object.keys(fam).length);
const pct=v=>(100*v/tot).toFixed(1)+'%';
for(const t of ['file','lang','label','lk'])console.log('\n'+t+'\n'+Object.entries(c[t]).sort().map(([k,v])=>k+'\t'+v+'\t'+pct(v)).join('\n'));
const L=['en','es','en-es','es-en'];console.log('\nlabel x lang\nlabel\t'+L.join('\t')+'\ttotal');
for(const lab of ['same','related','different'])console.log(lab+'\t'+L.map(l=>c.ll[lab+'|'+l]||0).join('\t')+'\t'+c.label[lab]);
console.log('total\t'+L.map(l=>c.lang[l]).join('\t')+'\t'+tot);
if(process.argv[2]==='diff')for(const d of diffs)console.log(d.join(' | '));
