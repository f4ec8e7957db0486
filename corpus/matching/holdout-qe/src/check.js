// Checks + word-level diff of same-language related pairs (read-only).
const fs=require('fs'),path=require('path');const root=path.join(__dirname,'..');
const files=fs.readdirSync(root).filter(f=>/^qe-.*\.jsonl$/.test(f));const ids=new Set();let n=0;
const KEYS='id,family,lang,a,b,label,kind,decisive';
for(const f of files){for(const l of fs.readFileSync(path.join(root,f),'utf8').trim().split('\n')){const o=JSON.parse(l);n++;
 if(Object.keys(o).join(',')!==KEYS)console.log('keys',o.id); if(ids.has(o.id))console.log('dup',o.id); ids.add(o.id);
 if(o.label==='related'&&(o.lang==='en'||o.lang==='es')){const A=o.a.replace(/[.,]$/,'').split(' '),B=o.b.replace(/[.,]$/,'').split(' ');
  let i=0;while(i<A.length&&i<B.length&&A[i]===B[i])i++;let j=0;while(j<A.length-i&&j<B.length-i&&A[A.length-1-j]===B[B.length-1-j])j++;
  const da=A.slice(i,A.length-j).join(' '),db=B.slice(i,B.length-j).join(' ');const w=Math.max(A.length-i-j,B.length-i-j);
  if(process.argv[2]||w>3)console.log(o.id,o.kind,w,'['+da+'] -> ['+db+']','  dec:',o.decisive);}
 if(o.a===o.b)console.log('identical',o.id);}}
console.log(n,'lines',ids.size,'ids');
