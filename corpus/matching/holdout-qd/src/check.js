// Validation only: parses output, checks schema rules, and prints word-level diffs of same-language related pairs.
const fs=require('fs');const K=['id','family','lang','a','b','label','kind','decisive'];
const KIND={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const ids=new Set(),fam={};let err=0,rows=[];
for(const f of fs.readdirSync('..').filter(f=>f.endsWith('.jsonl'))){const bb=null;
 fs.readFileSync('../'+f,'utf8').split('\n').forEach((l,i)=>{if(!l)return;let r;try{r=JSON.parse(l)}catch(e){console.log('PARSE',f,i);err++;return}
 if(JSON.stringify(Object.keys(r))!==JSON.stringify(K)){console.log('KEYS',r.id);err++}
 if(ids.has(r.id)){console.log('DUP',r.id);err++}ids.add(r.id);
 if(!/^qd-(0[1-9]|1\d|20)\d\d$/.test(r.id)||!/^qd-f(0[1-9]|1\d|20)\d$/.test(r.family)||r.family.slice(4,6)!==r.id.slice(3,5)){console.log('IDFMT',r.id,r.family);err++}
 if(!['en','es','en-es','es-en'].includes(r.lang)){console.log('LANG',r.id);err++}
 if(!KIND[r.label]||!KIND[r.label].includes(r.kind)){console.log('KIND',r.id,r.label,r.kind);err++}
 if((r.label==='related')!==(r.decisive.length>0)||(r.decisive&&!/ \/ /.test(r.decisive))){console.log('DEC',r.id);err++}
 if(r.kind==='translation'&&!r.lang.includes('-')){console.log('TRANS-SAMELANG',r.id);err++}
 fam[r.family]=fam[r.family]||{n:0,a:new Set()};fam[r.family].n++;fam[r.family].a.add(r.a);rows.push(r);});}
for(const[k,v]of Object.entries(fam)){if(v.n<5||v.n>7||v.a.size!==1){console.log('FAM',k,v.n,v.a.size);err++}}
console.log('errors',err,'rows',rows.length,'families',Object.keys(fam).length);
if(process.argv[2]==='diff')for(const r of rows.filter(r=>r.label==='related'&&!r.lang.includes('-'))){
 const a=r.a.split(' '),b=r.b.split(' ');let p=0;while(p<a.length&&p<b.length&&a[p]===b[p])p++;let s=0;while(s<a.length-p&&s<b.length-p&&a[a.length-1-s]===b[b.length-1-s])s++;
 const da=a.slice(p,a.length-s).join(' '),db=b.slice(p,b.length-s).join(' ');const n=Math.max(a.length-p-s,b.length-p-s);
 console.log(r.id,n,'['+da+'] -> ['+db+']','|| '+r.decisive);}
