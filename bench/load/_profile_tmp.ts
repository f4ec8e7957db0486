import fs from "node:fs";
import type Database from "better-sqlite3";
import { openDatabase } from "@/db/connection";
import { prepareDataset, measureAppWrites, measureRawWrites, removeDatabaseFiles } from "./setup";
import { recordVerdict } from "@/db/queries/claims";

function cachePrepare(c: Database.Database) {
  const orig = c.prepare.bind(c);
  const cache = new Map<string, Database.Statement>();
  (c as any).prepare = (sql: string) => {
    let s = cache.get(sql);
    if (s && !s.busy) { if (s.reader) { s.raw(false); s.pluck(false); s.expand(false); } return s; }
    s = orig(sql); cache.set(sql, s!); return s;
  };
}
(async () => {
const file = "data/prof-tmp.db";
const data = await prepareDataset(file, { reviewers: 10, hot: 20, cold: 2000 });
const copy = () => { removeDatabaseFiles(file + ".x"); fs.copyFileSync(file, file + ".x"); return file + ".x"; };
for (let rep = 0; rep < 2; rep++) {
  const r = measureRawWrites(copy(), data, { transactions: 10000, hotShare: 0.5 });
  console.log("raw", Math.round(r.txPerSecond), "per CPU s", Math.round(r.txPerCpuSecond));
  const a = measureAppWrites(copy(), data, { transactions: 10000, hotShare: 0.5 });
  console.log("app", Math.round(a.txPerSecond), "per CPU s", Math.round(a.txPerCpuSecond));
  // with prepare cache
  const f = copy();
  const db = openDatabase(f, { migrate: false });
  cachePrepare(db.$client);
  const versions = new Map<number, number>((db.$client.prepare("SELECT id, version FROM claims").all() as any[]).map((r) => [r.id, r.version]));
  const t0 = performance.now(); const c0 = process.cpuUsage();
  for (let i = 0; i < 10000; i++) {
    const claimId = Math.random() < 0.5 ? data.hot[Math.floor(Math.random() * 20)] : data.cold[Math.floor(Math.random() * 2000)];
    const v = recordVerdict(db, { id: data.reviewers[i % 10].id, name: "x", role: "editor" }, { claimId, status: (["supported", "disputed", "needs_source"] as const)[i % 3], note: `n ${i}`, version: versions.get(claimId)! });
    versions.set(claimId, v.version);
  }
  const cu = process.cpuUsage(c0);
  console.log("app+stmt cache", Math.round(10000 / ((performance.now() - t0) / 1000)), "per CPU s", Math.round(10000 / ((cu.user + cu.system) / 1e6)));
  db.$client.close();
}
removeDatabaseFiles(file); removeDatabaseFiles(file + ".x");
})();
