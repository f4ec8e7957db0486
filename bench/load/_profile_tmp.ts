import { openDatabase } from "@/db/connection";
import { prepareDataset, removeDatabaseFiles } from "./setup";
(async () => {
const file = "data/prof-tmp.db";
await prepareDataset(file, { reviewers: 2, hot: 20, cold: 100 });
const db = openDatabase(file, { migrate: false });
const c = db.$client;
const sqls = {
  update: `update "claims" set "status" = ?, "verdict_by" = ?, "verdict_at" = ?, "first_verdict_at" = ?, "version" = "claims"."version" + 1, "updated_at" = ? where ("claims"."id" = ? and "claims"."version" = ?)`,
  insert: `insert into "claim_events" ("id", "claim_id", "actor_id", "at", "kind", "from_status", "to_status", "note", "payload") values (null, ?, ?, ?, ?, ?, ?, ?, ?)`,
  select: `select * from claims where id = ? and deleted_at is null`,
};
for (const [k, sql] of Object.entries(sqls)) {
  const n = 2000; const t = performance.now();
  for (let i = 0; i < n; i++) c.prepare(sql);
  console.log(k, "prepare µs", ((performance.now() - t) * 1000 / n).toFixed(1));
}
c.close(); removeDatabaseFiles(file);
})();
