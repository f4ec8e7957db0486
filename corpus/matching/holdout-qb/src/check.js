// Validation and counting only; no text generation.
const fs=require('fs'),path=require('path');const dir=path.join(__dirname,'..');
const files=fs.readdirSync(dir).filter(f=>/^qb-.*\.jsonl$/.test(f)).sort();
const KEYS='id,family,lang,a,b,label,kind,decisive';const LANG=['en','es','en-es','es-en'];
const KIND={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const ids=new Set(),fam={},c={file:{},lang:{},label:{},lk:{},lxl:{}};let errs=0;const diffs=[];
const inc=(o,k)=>o[k]=(o[k]||0)+1;
for(const f of files){for(const line of fs.readFileSync(path.join(dir,f),'utf8').split('\n').filter(Boolean)){
 let r;try{r=JSON.parse(line)}catch(e){console.log('PARSE',f);errs++;continue}
 if(Object.keys(r).join()!==KEYS){console.log('KEYS',r.id);errs++}
 if(ids.has(r.id)){console.log('DUP',r.id);errs++}ids.add(r.id);
 if(!/^qb-\d{4}$/.test(r.id)||!/^qb-f\d{3}$/.test(r.family)){console.log('IDFMT',r.id);errs++}
 if(!LANG.includes(r.lang)||!KIND[r.label]||!KIND[r.label].includes(r.kind)){console.log('VAL',r.id);errs++}
 if((r.label==='related')!==(r.decisive.length>0)||(r.decisive&&!/ \/ /.test(r.decisive))){console.log('DEC',r.id);errs++}
 if(!r.a||!r.b||r.a===r.b){console.log('AB',r.id);errs++}
 inc(fam,r.family);inc(c.file,f);inc(c.lang,r.lang);inc(c.label,r.label);inc(c.lk,r.label+'/'+r.kind);inc(c.lxl,r.label+' x '+r.lang);
 if(r.label==='related'&&(r.lang==='en'||r.lang==='es')){const ta=r.a.split(/\s+/),tb=r.b.split(/\s+/);
  let i=0;while(i<ta.length&&i<tb.length&&ta[i]===tb[i])i++;let j=0;while(j<ta.length-i&&j<tb.length-i&&ta[ta.length-1-j]===tb[tb.length-1-j])j++;
  diffs.push([r.id,Math.max(ta.length-i-j,tb.length-i-j),ta.slice(i,ta.length-j).join(' ')+' => '+tb.slice(i,tb.length-j).join(' '),r.decisive]);}
}}
for(const [k,v] of Object.entries(fam))if(v<5||v>7){console.log('FAMSIZE',k,v);errs++}
console.log('errors',errs,'pairs',ids.size,'families',Object.keys(fam).length);
console.log(JSON.stringify(c,null,1));
if(process.argv[2]==='diff')for(const d of diffs)console.log(d.join(' | '));
const small=diffs.filter(d=>d[1]<=3).length;console.log('same-lang related',diffs.length,'span<=3',small);
