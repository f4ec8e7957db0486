import fs from "node:fs";
import { openDatabase } from "@/db/connection";
import { prepareDataset, measureRawWrites, measureAppWrites, removeDatabaseFiles } from "./setup";
const file = "data/prof-tmp.db";
(async () => {
const data = await prepareDataset(file, { reviewers: 10, hot: 20, cold: 2000 });
function copy() { removeDatabaseFiles(file + ".x"); fs.copyFileSync(file, file + ".x"); return file + ".x"; }
function dropTriggers(f: string, like: string) { const d = openDatabase(f, { migrate: false }); for (const t of d.$client.prepare(`select name from sqlite_master where type='trigger' and name like '${like}'`).all() as {name:string}[]) d.$client.exec(`drop trigger ${t.name}`); d.$client.close(); }
for (const [label, share, tx, drop] of [["hot50 5k", 0.5, 5000, ""], ["cold only 5k", 0, 5000, ""], ["hot50 20k", 0.5, 20000, ""], ["hot50 20k no fts trig", 0.5, 20000, "%fts%"], ["hot50 20k no dash trig", 0.5, 20000, "dash%"], ["hot50 20k no triggers", 0.5, 20000, "%"]] as const) {
  const f = copy(); if (drop) dropTriggers(f, drop);
  const r = measureRawWrites(f, data, { transactions: tx, hotShare: share });
  console.log(label, "raw", Math.round(r.txPerSecond));
}
for (const [label, share, drop] of [["app hot50 20k", 0.5, ""], ["app hot50 20k no triggers", 0.5, "%"]] as const) {
  const f = copy(); if (drop) dropTriggers(f, drop);
  const r = measureAppWrites(f, data, { transactions: 20000, hotShare: share });
  console.log(label, Math.round(r.txPerSecond));
}
removeDatabaseFiles(file); removeDatabaseFiles(file + ".x");

})();
