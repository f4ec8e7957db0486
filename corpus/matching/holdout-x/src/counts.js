// Counts and checks over the serialised px-*.jsonl files (prints markdown tables).
const fs=require('fs'),path=require('path');const d=path.join(__dirname,'..');
const files=fs.readdirSync(d).filter(f=>/^px-.*\.jsonl$/.test(f)).sort();
const KEYS='id,family,lang,a,b,label,kind,decisive';const rows=[];const byFile={};const errs=[];
for(const f of files){const ls=fs.readFileSync(path.join(d,f),'utf8').trim().split('\n');byFile[f]=ls.length;
 for(const l of ls){const r=JSON.parse(l);if(Object.keys(r).join()!==KEYS)errs.push('keys '+r.id);
  if(!['en','es','en-es','es-en'].includes(r.lang))errs.push('lang '+r.id);
  if((r.label==='related')!==(r.decisive!==''))errs.push('decisive '+r.id);
  if(r.a===r.b)errs.push('a==b '+r.id);rows.push(r);}}
const ids=new Set(rows.map(r=>r.id));if(ids.size!==rows.length)errs.push('dup ids');
const fam={};rows.forEach(r=>fam[r.family]=(fam[r.family]||0)+1);Object.entries(fam).forEach(([k,v])=>{if(v<5||v>7)errs.push('fam '+k)});
const cnt=k=>{const m={};rows.forEach(r=>{const v=k(r);m[v]=(m[v]||0)+1});return m};
const pct=n=>(100*n/rows.length).toFixed(1)+' %';
const tab=(t,m)=>`| ${t} | n | share |\n|---|---|---|\n`+Object.entries(m).sort().map(([k,v])=>`| ${k} | ${v} | ${pct(v)} |`).join('\n');
let o=`| file | pairs |\n|---|---|\n`+files.map(f=>`| ${f} | ${byFile[f]} |`).join('\n')+`\n| total | ${rows.length} |\n\n`;
o+=tab('lang',cnt(r=>r.lang))+'\n\n'+tab('label',cnt(r=>r.label))+'\n\n'+tab('label/kind',cnt(r=>r.label+'/'+r.kind))+'\n\n';
const L=['same','related','different'],G=['en','es','en-es','es-en'];
o+='| label \\ lang | '+G.join(' | ')+' | total |\n|---|'+G.map(()=>'---|').join('')+'---|\n';
for(const l of L)o+=`| ${l} | `+G.map(g=>rows.filter(r=>r.label===l&&r.lang===g).length).join(' | ')+` | ${rows.filter(r=>r.label===l).length} |\n`;
o+='| total | '+G.map(g=>rows.filter(r=>r.lang===g).length).join(' | ')+` | ${rows.length} |\n`;
o+=`\nfamilies: ${Object.keys(fam).length}; checks: ${errs.length?errs.join(', '):'all passed'}\n`;
console.log(o);
