import fs from "node:fs";
import { openDatabase } from "@/db/connection";
import { prepareDataset, measureRawWrites, removeDatabaseFiles } from "./setup";
(async () => {
const file = "data/prof-tmp.db";
const data = await prepareDataset(file, { reviewers: 10, hot: 20, cold: 2000 });
const copy = () => { removeDatabaseFiles(file + ".x"); fs.copyFileSync(file, file + ".x"); return file + ".x"; };
const drop = (f: string, like: string) => { const d = openDatabase(f, { migrate: false }); for (const t of d.$client.prepare(`select name from sqlite_master where type='trigger' and name like '${like}'`).all() as {name:string}[]) d.$client.exec(`drop trigger ${t.name}`); d.$client.close(); };
for (const [label, share, like] of [["all triggers, 50% hot", 0.5, ""], ["all triggers, cold only", 0, ""], ["no FTS triggers, 50% hot", 0.5, "%fts%"], ["no dash triggers, 50% hot", 0.5, "dash%"], ["no triggers, 50% hot", 0.5, "%"]] as const) {
  const f = copy(); if (like) drop(f, like);
  const r = measureRawWrites(f, data, { transactions: 20000, hotShare: share });
  console.log(label.padEnd(28), "tx/s", Math.round(r.txPerSecond), " tx/CPU-s", Math.round(r.txPerCpuSecond), " µs CPU/tx", Math.round(1e6 / r.txPerCpuSecond));
}
removeDatabaseFiles(file); removeDatabaseFiles(file + ".x");
})();
