// Prints markdown count tables for README (counting only).
const fs=require('fs');const rows=[];const byFile={};
for(const f of fs.readdirSync('..').filter(f=>f.endsWith('.jsonl')).sort()){const L=fs.readFileSync('../'+f,'utf8').trim().split('\n').map(JSON.parse);byFile[f]=L;rows.push(...L)}
const cnt=(arr,fn)=>{const o={};arr.forEach(r=>{const k=fn(r);o[k]=(o[k]||0)+1});return o};
const pct=n=>(100*n/rows.length).toFixed(1)+' %';
let s='### By file\n\n| file | pairs | families | same | related | different |\n|---|---|---|---|---|---|\n';
for(const[f,L]of Object.entries(byFile)){const c=cnt(L,r=>r.label);s+=`| ${f} | ${L.length} | ${new Set(L.map(r=>r.family)).size} | ${c.same||0} | ${c.related||0} | ${c.different||0} |\n`}
s+=`| **total** | ${rows.length} | ${new Set(rows.map(r=>r.family)).size} | | | |\n\n### By lang\n\n| lang | pairs | share |\n|---|---|---|\n`;
for(const[k,v]of Object.entries(cnt(rows,r=>r.lang)))s+=`| ${k} | ${v} | ${pct(v)} |\n`;
s+='\n### By label\n\n| label | pairs | share |\n|---|---|---|\n';
for(const[k,v]of Object.entries(cnt(rows,r=>r.label)))s+=`| ${k} | ${v} | ${pct(v)} |\n`;
s+='\n### By label / kind\n\n| label | kind | pairs |\n|---|---|---|\n';
for(const[k,v]of Object.entries(cnt(rows,r=>r.label+'|'+r.kind)).sort())s+=`| ${k.split('|')[0]} | ${k.split('|')[1]} | ${v} |\n`;
s+='\n### Label × lang\n\n| label | en | es | en-es | es-en | total |\n|---|---|---|---|---|---|\n';
for(const lab of ['same','related','different']){const c=cnt(rows.filter(r=>r.label===lab),r=>r.lang);s+=`| ${lab} | ${c.en||0} | ${c.es||0} | ${c['en-es']||0} | ${c['es-en']||0} | ${Object.values(c).reduce((a,b)=>a+b)} |\n`}
const c=cnt(rows,r=>r.lang);s+=`| total | ${c.en} | ${c.es} | ${c['en-es']} | ${c['es-en']} | ${rows.length} |\n`;
console.log(s);
