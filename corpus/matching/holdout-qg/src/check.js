// Checks: parse, keys, ids, allowed values, decisive rule, family sizes; counts; word diff for same-language related pairs.
const fs=require('fs'),path=require('path');const dir=path.join(__dirname,'..');
const KEYS=['id','family','lang','a','b','label','kind','decisive'];
const KINDS={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const LANGS=['en','es','en-es','es-en'];let all=[],err=[];const ids=new Set(),fam={};
for(const f of fs.readdirSync(dir).filter(x=>x.endsWith('.jsonl')).sort()){
  fs.readFileSync(path.join(dir,f),'utf8').split('\n').filter(Boolean).forEach((l,i)=>{let o;try{o=JSON.parse(l)}catch(e){err.push(f+':'+i+' parse');return}
    o._f=f;all.push(o);const k=Object.keys(o).filter(x=>x!=='_f');if(k.join()!==KEYS.join())err.push(o.id+' keys');
    if(!/^qg-\d{4}$/.test(o.id))err.push(o.id+' id form');if(ids.has(o.id))err.push(o.id+' dup');ids.add(o.id);
    if(!/^qg-f\d{3}$/.test(o.family)||o.family.slice(4,6)!==o.id.slice(3,5))err.push(o.id+' family');
    if(!LANGS.includes(o.lang))err.push(o.id+' lang');if(!KINDS[o.label]||!KINDS[o.label].includes(o.kind))err.push(o.id+' kind '+o.label+'/'+o.kind);
    if((o.label==='related')!==(o.decisive.length>0))err.push(o.id+' decisive');if(o.label==='related'&&!/ \/ /.test(o.decisive))err.push(o.id+' decisive form');
    if(o.label==='same'&&((o.lang.length>2)!==(o.kind==='translation')))err.push(o.id+' translation kind vs lang');
    if(!o.a||!o.b||o.a===o.b)err.push(o.id+' empty/identical');fam[o.family]=(fam[o.family]||0)+1;});
}
for(const [k,v] of Object.entries(fam))if(v<5||v>7)err.push(k+' size '+v);
const tab=(key)=>{const c={};all.forEach(o=>{const v=key(o);c[v]=(c[v]||0)+1});return c};
const pct=c=>Object.fromEntries(Object.entries(c).map(([k,v])=>[k,v+' ('+(100*v/all.length).toFixed(1)+'%)']));
const out={total:all.length,families:Object.keys(fam).length,errors:err,byFile:tab(o=>o._f),lang:pct(tab(o=>o.lang)),label:pct(tab(o=>o.label)),labelKind:tab(o=>o.label+'/'+o.kind),labelLang:tab(o=>o.label+' x '+o.lang),langGroup:pct(tab(o=>o.lang.length>2?'cross':o.lang))};
if(process.argv[2]==='diff'){const tok=s=>s.replace(/[.,;:]/g,' ').split(/\s+/).filter(Boolean);
  all.filter(o=>o.label==='related'&&o.lang.length===2).forEach(o=>{const A=tok(o.a),B=tok(o.b);let p=0;while(p<A.length&&p<B.length&&A[p]===B[p])p++;let s=0;while(s<A.length-p&&s<B.length-p&&A[A.length-1-s]===B[B.length-1-s])s++;
    const da=A.slice(p,A.length-s).join(' '),db=B.slice(p,B.length-s).join(' ');const n=Math.max(A.length-p-s,B.length-p-s);
    console.log((n>3||n===0?'** ':'   ')+n+'\t'+o.id+'\t['+o.decisive+']\t'+da+' => '+db);});}
else console.log(JSON.stringify(out,null,1));
