// Assigns ids/family ids and serialises src/BB-beat.txt to ../py-<beat>.jsonl. No text generation.
const fs=require('fs'),path=require('path');
const beats=['politics','economy','health','crime-courts','sport','science','diplomacy','local-government','weather','culture','energy','transport','education','migration','housing','labour','agriculture','technology','environment','finance'];
const L={'=':'same','~':'related','!':'different'};
beats.forEach((beat,i)=>{const bb=String(i+1).padStart(2,'0');const f=path.join(__dirname,bb+'-'+beat+'.txt');
 if(!fs.existsSync(f))return;let fam=0,n=0,a=null,al=null;const out=[];
 for(const raw of fs.readFileSync(f,'utf8').split('\n')){const l=raw.trim();if(!l||l.startsWith('#'))continue;
  let m=l.match(/^A (en|es): (.+)$/);if(m){fam++;a=m[2];al=m[1];continue;}
  m=l.match(/^([=~!]) (\S+) (en|es): (.+)$/);if(!m)throw new Error(f+': '+l);
  let[,s,kind,bl,b]=m,dec='';if(s==='~'){const k=b.lastIndexOf(' || ');if(k<0)throw new Error('no decisive: '+l);dec=b.slice(k+4).trim();b=b.slice(0,k).trim();}
  n++;out.push(JSON.stringify({id:`py-${bb}${String(n).padStart(2,'0')}`,family:`py-f${bb}${fam}`,lang:al===bl?al:al+'-'+bl,a,b,label:L[s],kind,decisive:dec}));}
 fs.writeFileSync(path.join(__dirname,'..','py-'+beat+'.jsonl'),out.join('\n')+'\n');});
