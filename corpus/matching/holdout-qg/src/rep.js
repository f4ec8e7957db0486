// editing helper: node rep.js file "old" "new" (exact, unique replacement in a source file)
const fs=require('fs');const [f,a,b]=process.argv.slice(2);let t=fs.readFileSync(f,'utf8');
const n=t.split(a).length-1;if(n!==1){console.error('matches '+n+': '+a);process.exit(1);}fs.writeFileSync(f,t.replace(a,()=>b));
