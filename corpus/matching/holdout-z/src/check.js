// Checks and counts only; writes src/counts.md. Does not touch claim text.
const fs=require("fs"),path=require("path");const root=path.join(__dirname,"..");
const files=fs.readdirSync(root).filter(f=>f.endsWith(".jsonl")).sort();let rows=[],byFile=[],ids=new Set(),err=[];
const K=["id","family","lang","a","b","label","kind","decisive"];
const KINDS={same:["reword","low-overlap","format","translation"],related:["number","period","place","entity","subject","object","polarity","negation","comparator","unit","less"],different:["topic","unrelated"]};
for(const f of files){const ls=fs.readFileSync(path.join(root,f),"utf8").trim().split("\n");byFile.push([f,ls.length]);for(const l of ls){const r=JSON.parse(l);rows.push(r);
 if(JSON.stringify(Object.keys(r))!==JSON.stringify(K))err.push("keys "+r.id);if(ids.has(r.id))err.push("dup "+r.id);ids.add(r.id);
 if(!/^pz-(0[1-9]|1\d|20)\d\d$/.test(r.id))err.push("id "+r.id);if(!/^pz-f(0[1-9]|1\d|20)\d$/.test(r.family)||r.family.slice(4,6)!==r.id.slice(3,5))err.push("fam "+r.id);
 if(!["en","es","en-es","es-en"].includes(r.lang))err.push("lang "+r.id);if(!(KINDS[r.label]||[]).includes(r.kind))err.push("kind "+r.id);
 if((r.label==="related")!==(r.decisive!==""))err.push("dec "+r.id);if(!r.a||!r.b)err.push("empty "+r.id)}}
const fam={};rows.forEach(r=>fam[r.family]=(fam[r.family]||0)+1);Object.entries(fam).forEach(([k,v])=>{if(v<5||v>7)err.push("famsize "+k)});
const famA={};rows.forEach(r=>{if(famA[r.family]&&famA[r.family]!==r.a)err.push("a differs "+r.id);famA[r.family]=r.a});
const tok=s=>s.replace(/[.,]$/,"").split(/\s+/);
function dlen(a,b){a=tok(a);b=tok(b);let i=0;while(i<a.length&&i<b.length&&a[i]===b[i])i++;let j=0;while(j<a.length-i&&j<b.length-i&&a[a.length-1-j]===b[b.length-1-j])j++;return Math.max(a.length-i-j,b.length-i-j)}
const sl=rows.filter(r=>r.label==="related"&&r.lang.length===2);const hard=sl.filter(r=>dlen(r.a,r.b)<=3).length;
console.log("errors:",err.length?err:"none","| families:",Object.keys(fam).length,"| same-language related:",sl.length,"of which span<=3 words:",hard);
const N=rows.length,pct=n=>(100*n/N).toFixed(1)+" %";const cnt=f=>{const m={};rows.forEach(r=>{const k=f(r);m[k]=(m[k]||0)+1});return m};
let md="### Pairs by file\n\n| file | pairs |\n|---|---|\n"+byFile.map(([f,n])=>`| ${f} | ${n} |`).join("\n")+`\n| **total** | **${N}** |\n\n`;
const tab=(t,m,o)=>{md+=`### ${t}\n\n| value | pairs | share |\n|---|---|---|\n`+o.filter(k=>m[k]).map(k=>`| ${k} | ${m[k]} | ${pct(m[k])} |`).join("\n")+"\n\n"};
tab("By lang",cnt(r=>r.lang),["en","es","en-es","es-en"]);tab("By label",cnt(r=>r.label),["same","related","different"]);
const lk=cnt(r=>r.label+" / "+r.kind);tab("By label / kind",lk,["same","related","different"].flatMap(l=>KINDS[l].map(k=>l+" / "+k)));
const L=["en","es","en-es","es-en"];md+="### Label × lang\n\n| label | "+L.join(" | ")+" | total |\n|---|"+L.map(()=>"---|").join("")+"---|\n";
for(const b of ["same","related","different"]){const row=L.map(l=>rows.filter(r=>r.label===b&&r.lang===l).length);md+=`| ${b} | ${row.join(" | ")} | ${row.reduce((x,y)=>x+y)} |\n`}
md+="| total | "+L.map(l=>rows.filter(r=>r.lang===l).length).join(" | ")+` | ${N} |\n`;
fs.writeFileSync(path.join(__dirname,"counts.md"),md);console.log(md);
