import { describe, expect, it } from "vitest";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

describe("claim_events is append-only in the database", () => {
  function setup() {
    const t = testDb();
    const { id } = createArticle(t.db, { title: "T", body: "The minister said 40% of roads were paved in 2023.", language: "en" }, t.editorId);
    return { ...t, articleId: id, sqlite: t.db.$client };
  }

  it("records a created event per claim", async () => {
    const { sqlite } = setup();
    const claims = sqlite.prepare("select count(*) as n from claims").get() as { n: number };
    const events = sqlite.prepare("select count(*) as n from claim_events where kind = 'created'").get() as { n: number };
    expect(claims.n).toBeGreaterThan(0);
    expect(events.n).toBe(claims.n);
  });

  it("refuses a raw UPDATE of a history row", async () => {
    const { sqlite } = setup();
    expect(() => sqlite.prepare("update claim_events set note = 'rewritten'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("update claim_events set kind = 'verdict' where id = 1").run()).toThrow(/append-only/);
  });

  it("refuses a raw DELETE of a history row", async () => {
    const { sqlite } = setup();
    const before = (sqlite.prepare("select count(*) as n from claim_events").get() as { n: number }).n;
    expect(() => sqlite.prepare("delete from claim_events").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("delete from claim_events where id = 1").run()).toThrow(/append-only/);
    expect((sqlite.prepare("select count(*) as n from claim_events").get() as { n: number }).n).toBe(before);
  });

  it("refuses INSERT OR REPLACE, REPLACE and an upsert onto an existing history row", async () => {
    const { sqlite, editorId } = setup();
    const first = sqlite.prepare("select * from claim_events where id = 1").get();
    const rewrite = [
      "insert or replace into claim_events (id, claim_id, actor_id, at, kind, note) values (1, 1, ?, 0, 'verdict', 'rewritten')",
      "replace into claim_events (id, claim_id, actor_id, at, kind, note) values (1, 1, ?, 0, 'verdict', 'rewritten')",
      "insert into claim_events (id, claim_id, actor_id, at, kind, note) values (1, 1, ?, 0, 'verdict', 'x') on conflict(id) do update set note = 'rewritten'",
    ];
    for (const sql of rewrite) expect(() => sqlite.prepare(sql).run(editorId), sql).toThrow(/append-only/);
    expect(sqlite.prepare("select * from claim_events where id = 1").get()).toEqual(first);
  });

  it("still allows appending", async () => {
    const { sqlite, editorId } = setup();
    const claimId = (sqlite.prepare("select id from claims limit 1").get() as { id: number }).id;
    sqlite
      .prepare("insert into claim_events (claim_id, actor_id, at, kind, from_status, to_status, note) values (?, ?, ?, 'verdict', 'unreviewed', 'supported', 'ok')")
      .run(claimId, editorId, Date.now());
    expect((sqlite.prepare("select count(*) as n from claim_events where kind = 'verdict'").get() as { n: number }).n).toBe(1);
  });

  it("runs with WAL, foreign keys and a busy timeout", async () => {
    const { sqlite } = setup();
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(() =>
      sqlite.prepare("insert into claim_events (claim_id, actor_id, at, kind) values (999999, 1, 0, 'verdict')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
