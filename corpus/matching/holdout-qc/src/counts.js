// Prints markdown count tables for README (counts only; no text generation).
const fs=require('fs');const rows=[];const files=fs.readdirSync('.').filter(f=>/^qc-.*\.jsonl$/.test(f)).sort();
const byFile={};for(const f of files){const L=fs.readFileSync(f,'utf8').trim().split('\n').map(JSON.parse);byFile[f]=L.length;rows.push(...L);}
const cnt=k=>{const o={};for(const r of rows){const v=k(r);o[v]=(o[v]||0)+1}return o};const N=rows.length;
const pct=n=>(100*n/N).toFixed(1)+' %';
let s='### By file\n\n| file | pairs |\n|---|---|\n';for(const[f,n]of Object.entries(byFile))s+=`| ${f} | ${n} |\n`;s+=`| **total** | **${N}** |\n\n`;
s+='### By lang\n\n| lang | pairs | share |\n|---|---|---|\n';for(const l of['en','es','en-es','es-en'])s+=`| ${l} | ${cnt(r=>r.lang)[l]||0} | ${pct(cnt(r=>r.lang)[l]||0)} |\n`;
s+='\n### By label\n\n| label | pairs | share |\n|---|---|---|\n';for(const l of['same','related','different'])s+=`| ${l} | ${cnt(r=>r.label)[l]} | ${pct(cnt(r=>r.label)[l])} |\n`;
s+='\n### By label / kind\n\n| label/kind | pairs |\n|---|---|\n';const lk=cnt(r=>r.label+'/'+r.kind);for(const k of Object.keys(lk).sort())s+=`| ${k} | ${lk[k]} |\n`;
s+='\n### Label × lang\n\n| label | en | es | en-es | es-en | total |\n|---|---|---|---|---|---|\n';const x=cnt(r=>r.label+'|'+r.lang);
for(const l of['same','related','different'])s+=`| ${l} | ${['en','es','en-es','es-en'].map(g=>x[l+'|'+g]||0).join(' | ')} | ${cnt(r=>r.label)[l]} |\n`;
s+=`| total | ${['en','es','en-es','es-en'].map(g=>cnt(r=>r.lang)[g]||0).join(' | ')} | ${N} |\n`;
console.log(s);
