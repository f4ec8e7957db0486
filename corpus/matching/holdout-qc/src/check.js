const fs=require('fs');const files=fs.readdirSync('.').filter(f=>/^qc-.*\.jsonl$/.test(f)).sort();
const KINDS={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const keys='id,family,lang,a,b,label,kind,decisive';const ids=new Set();const fam={};const C={file:{},lang:{},label:{},lk:{},lxl:{}};let all=[];
const inc=(o,k)=>o[k]=(o[k]||0)+1;
for(const f of files){for(const l of fs.readFileSync(f,'utf8').trim().split('\n')){const r=JSON.parse(l);
 if(Object.keys(r).join(',')!==keys)console.log('KEYS',r.id);
 if(ids.has(r.id))console.log('DUP',r.id);ids.add(r.id);
 if(!/^qc-(0[1-9]|1\d|20)\d\d$/.test(r.id))console.log('ID',r.id);
 if(!['en','es','en-es','es-en'].includes(r.lang))console.log('LANG',r.id);
 if(!(KINDS[r.label]||[]).includes(r.kind))console.log('KIND',r.id,r.label,r.kind);
 if((r.label==='related')!==(r.decisive.length>0))console.log('DEC',r.id);
 if(r.label==='related'&&!/ \/ /.test(r.decisive))console.log('DECFMT',r.id);
 if(r.kind==='translation'&&!r.lang.includes('-'))console.log('TRL',r.id);
 if(!r.a||!r.b||r.a===r.b)console.log('TXT',r.id);
 inc(fam,r.family);inc(C.file,f);inc(C.lang,r.lang);inc(C.label,r.label);inc(C.lk,r.label+'/'+r.kind);inc(C.lxl,r.label+'|'+r.lang);all.push(r);}}
for(const[k,v]of Object.entries(fam))if(v<5||v>7)console.log('FAM',k,v);
console.log('total',all.length,'families',Object.keys(fam).length);
if(process.argv[2]==='diff'){for(const r of all)if(r.label==='related'&&!r.lang.includes('-')){
 const a=r.a.split(/\s+/),b=r.b.split(/\s+/);let i=0;while(i<a.length&&i<b.length&&a[i]===b[i])i++;let j=0;while(j<a.length-i&&j<b.length-i&&a[a.length-1-j]===b[b.length-1-j])j++;
 const da=a.slice(i,a.length-j).join(' '),db=b.slice(i,b.length-j).join(' ');const w=Math.max(a.length-i-j,b.length-i-j);
 console.log((w<=3?'H':'R'+w).padEnd(4),r.id,r.kind.padEnd(10),'['+r.decisive+'] :: "'+da+'" -> "'+db+'"');}}
else console.log(JSON.stringify(C,null,1));
