const fs=require('fs'),path=require('path');const out=path.join(__dirname,'..');
const beats=['politics','economy','health','crime-courts','sport','science','diplomacy','local-government','weather','culture','energy','transport','education','migration','housing','labour','agriculture','technology','environment','finance'];
const KEYS=['id','family','lang','a','b','label','kind','decisive'];
const KINDS={same:['reword','low-overlap','format','translation'],related:['number','period','place','entity','subject','object','polarity','negation','comparator','unit','less'],different:['topic','unrelated']};
const ids=new Set(),fams={},err=[];const cnt={file:{},lang:{},label:{},lk:{},lxl:{}};let total=0;
const inc=(o,k)=>o[k]=(o[k]||0)+1;
const tok=s=>s.toLowerCase().replace(/[.,;:!?¿¡"()]/g,' ').split(/\s+/).filter(Boolean);
function diff(a,b){const A=tok(a),B=tok(b);const m=A.length,n=B.length;const d=Array.from({length:m+1},()=>new Array(n+1).fill(0));
 for(let i=m-1;i>=0;i--)for(let j=n-1;j>=0;j--)d[i][j]=A[i]===B[j]?d[i+1][j+1]+1:Math.max(d[i+1][j],d[i][j+1]);
 return Math.max(m,n)-d[0][0];}
const big=[];
beats.forEach((bt,i)=>{const f=path.join(out,`qf-${bt}.jsonl`);if(!fs.existsSync(f)){err.push('missing '+bt);return;}
 const ls=fs.readFileSync(f,'utf8').split('\n').filter(Boolean);cnt.file[bt]=ls.length;
 ls.forEach((l,k)=>{let o;try{o=JSON.parse(l)}catch(e){err.push(bt+':'+k+' parse');return;}
  total++;
  if(JSON.stringify(Object.keys(o))!==JSON.stringify(KEYS))err.push(o.id+' keys');
  if(ids.has(o.id))err.push('dup '+o.id);ids.add(o.id);
  const bb=String(i+1).padStart(2,'0');
  if(!new RegExp('^qf-'+bb+'\\d\\d$').test(o.id))err.push('id '+o.id);
  if(!new RegExp('^qf-f'+bb+'\\d$').test(o.family))err.push('fam '+o.id);
  if(!['en','es','en-es','es-en'].includes(o.lang))err.push('lang '+o.id);
  if(!KINDS[o.label]||!KINDS[o.label].includes(o.kind))err.push('kind '+o.id+' '+o.label+'/'+o.kind);
  if((o.label==='related')!==(o.decisive!==''))err.push('decisive '+o.id);
  if(o.label==='related'&&!/ \/ /.test(o.decisive))err.push('decisive form '+o.id);
  if(!o.a||!o.b||o.a===o.b)err.push('text '+o.id);
  (fams[o.family]=fams[o.family]||{n:0,a:new Set()}).n++;fams[o.family].a.add(o.a);
  inc(cnt.lang,o.lang);inc(cnt.label,o.label);inc(cnt.lk,o.label+'/'+o.kind);inc(cnt.lxl,o.label+'|'+o.lang);
  if(o.label==='related'&&(o.lang==='en'||o.lang==='es')){const d=diff(o.a,o.b);if(d>3)big.push(o.id+' d='+d+' '+o.kind);}
 });});
for(const[f,v]of Object.entries(fams)){if(v.n<5||v.n>7)err.push('family size '+f+' '+v.n);if(v.a.size!==1)err.push('family a differs '+f);}
console.log(JSON.stringify({total,errors:err,counts:cnt},null,1));
console.log('same-lang related with >3 word diff (reworded):',big.length,'\n'+big.join('\n'));
const rel=Object.entries(cnt.lxl).filter(([k])=>k.startsWith('related|')).reduce((s,[k,v])=>s+((k.endsWith('|en')||k.endsWith('|es'))?v:0),0);
console.log('same-lang related total',rel);
