const fs=require('fs');const rows=[];for(const f of fs.readdirSync('..').filter(f=>f.endsWith('.jsonl')))for(const l of fs.readFileSync('../'+f,'utf8').trim().split('\n'))rows.push(JSON.parse(l));
const c=k=>{const o={};rows.forEach(r=>o[r[k]]=(o[r[k]]||0)+1);return o};
console.log(rows.length,c('lang'),c('label'));
