// Prints markdown count tables for the README from the built jsonl files.
const fs=require('fs'),path=require('path');const dir=path.join(__dirname,'..');let all=[];
for(const f of fs.readdirSync(dir).filter(x=>x.endsWith('.jsonl')).sort())fs.readFileSync(path.join(dir,f),'utf8').split('\n').filter(Boolean).forEach(l=>{const o=JSON.parse(l);o._f=f;all.push(o)});
const N=all.length,p=v=>(100*v/N).toFixed(1)+' %';const cnt=k=>{const c={};all.forEach(o=>{const v=k(o);c[v]=(c[v]||0)+1});return c};
const t=(title,c)=>{console.log(`\n**${title}**\n\n| value | pairs | share |\n|---|---:|---:|`);Object.keys(c).sort().forEach(k=>console.log(`| ${k} | ${c[k]} | ${p(c[k])} |`));};
t('By file',cnt(o=>o._f));t('By lang',cnt(o=>o.lang));t('By language group',cnt(o=>o.lang.length>2?'cross-lingual':o.lang));t('By label',cnt(o=>o.label));t('By label/kind',cnt(o=>o.label+'/'+o.kind));
const L=['en','es','en-es','es-en'],B=['same','related','different'];console.log('\n**Label × lang**\n\n| label | '+L.join(' | ')+' | total |\n|---|'+L.map(()=>'---:|').join('')+'---:|');
for(const b of B){const r=L.map(l=>all.filter(o=>o.label===b&&o.lang===l).length);console.log(`| ${b} | ${r.join(' | ')} | ${r.reduce((x,y)=>x+y)} |`);}
const r=L.map(l=>all.filter(o=>o.lang===l).length);console.log(`| total | ${r.join(' | ')} | ${N} |`);
console.log(`\nTotal: ${N} pairs in ${new Set(all.map(o=>o.family)).size} families.`);
