// Prints markdown count tables for README (read-only).
const fs=require('fs'),path=require('path');const root=path.join(__dirname,'..');const rows=[];const byFile={};
for(const f of fs.readdirSync(root).filter(f=>/^qe-.*\.jsonl$/.test(f)).sort()){const ls=fs.readFileSync(path.join(root,f),'utf8').trim().split('\n');byFile[f]=ls.length;ls.forEach(l=>rows.push(JSON.parse(l)));}
const c=k=>{const m={};rows.forEach(r=>{const v=k(r);m[v]=(m[v]||0)+1});return m};const pct=n=>(100*n/rows.length).toFixed(1)+' %';
console.log('| file | pairs |\n|---|---|');for(const[f,n]of Object.entries(byFile))console.log(`| ${f} | ${n} |`);console.log(`| **total** | **${rows.length}** |\n`);
for(const [name,k] of [['lang',r=>r.lang],['label',r=>r.label],['label/kind',r=>r.label+'/'+r.kind]]){console.log(`| ${name} | n | share |\n|---|---|---|`);for(const[v,n]of Object.entries(c(k)).sort())console.log(`| ${v} | ${n} | ${pct(n)} |`);console.log('');}
const L=['en','es','en-es','es-en'];console.log('| label \\ lang | '+L.join(' | ')+' | total |\n|---|'+L.map(()=>'---|').join('')+'---|');
for(const lab of ['same','related','different']){const r=rows.filter(x=>x.label===lab);console.log(`| ${lab} | `+L.map(l=>r.filter(x=>x.lang===l).length).join(' | ')+` | ${r.length} |`);}
console.log('| total | '+L.map(l=>rows.filter(x=>x.lang===l).length).join(' | ')+` | ${rows.length} |`);
console.log('\nfamilies: '+Object.keys(c(r=>r.family)).length+'; sizes: '+JSON.stringify(Object.values(c(r=>r.family)).reduce((m,v)=>(m[v]=(m[v]||0)+1,m),{})));
