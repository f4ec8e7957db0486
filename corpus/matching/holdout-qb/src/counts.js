// Counting only (for README tables); no text generation.
const fs=require("fs"),path=require("path");const dir=path.join(__dirname,"..");const R=[];
for(const f of fs.readdirSync(dir).filter(f=>f.endsWith(".jsonl")).sort())for(const l of fs.readFileSync(path.join(dir,f),"utf8").trim().split("\n")){const r=JSON.parse(l);r.f=f;R.push(r)}
const cnt=k=>{const o={};for(const r of R){const v=k(r);o[v]=(o[v]||0)+1}return o};
const tbl=o=>Object.keys(o).sort().map(k=>`| ${k} | ${o[k]} | ${(100*o[k]/R.length).toFixed(1)} % |`).join("\n");
console.log("### By file\n\n| file | pairs |\n|---|---|\n"+Object.entries(cnt(r=>r.f)).map(([k,v])=>`| ${k} | ${v} |`).join("\n")+`\n| **total** | ${R.length} |`);
console.log("\n### By lang\n\n| lang | pairs | share |\n|---|---|---|\n"+tbl(cnt(r=>r.lang)));
console.log("\n### By label\n\n| label | pairs | share |\n|---|---|---|\n"+tbl(cnt(r=>r.label)));
const lk=cnt(r=>r.label+"/"+r.kind);console.log("\n### By label/kind\n\n| label/kind | pairs |\n|---|---|\n"+Object.keys(lk).sort().map(k=>`| ${k} | ${lk[k]} |`).join("\n"));
const L=["en","es","en-es","es-en"];console.log("\n### Label × lang\n\n| label | "+L.join(" | ")+" | total |\n|---|---|---|---|---|---|");
for(const lab of ["same","related","different"]){const row=L.map(l=>R.filter(r=>r.label===lab&&r.lang===l).length);console.log(`| ${lab} | ${row.join(" | ")} | ${row.reduce((a,b)=>a+b)} |`)}
console.log(`| total | ${L.map(l=>R.filter(r=>r.lang===l).length).join(" | ")} | ${R.length} |`);
