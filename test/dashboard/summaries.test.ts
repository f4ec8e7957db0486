import { describe, expect, it } from "vitest";
import { dumpDashboardSummaries, rebuildDashboardSummaries } from "@/db/dashboard/summaries";
import { TTV_BUCKET_LOWER_BOUNDS, TTV_LAST_BUCKET } from "@/lib/dashboard";
import type { ClaimStatus } from "@/lib/vocabulary";
import { DAY, Desk, HOUR, MIN, jan, referenceDesk } from "./fixture";

/** The trigger-maintained summaries must equal a from-scratch recomputation. */
function expectConsistent(desk: Desk, when = "") {
  const maintained = dumpDashboardSummaries(desk.db);
  rebuildDashboardSummaries(desk.db);
  const rebuilt = dumpDashboardSummaries(desk.db);
  for (const table of Object.keys(rebuilt)) {
    expect(maintained[table], `${table} ${when}`).toEqual(rebuilt[table]);
  }
}

describe("summary tables kept by triggers", () => {
  it("hold the bucket edges of lib/dashboard/ttv-buckets.ts", () => {
    const rows = referenceDesk().db.$client.prepare("SELECT bucket, lo_ms, hi_ms FROM dash_ttv_buckets ORDER BY bucket").all();
    expect(rows).toEqual(
      TTV_BUCKET_LOWER_BOUNDS.map((lo, bucket) => ({
        bucket,
        lo_ms: lo,
        hi_ms: bucket === TTV_LAST_BUCKET ? null : TTV_BUCKET_LOWER_BOUNDS[bucket + 1],
      })),
    );
  });

  it("match a from-scratch rebuild after the reference history", () => {
    const { desk } = referenceDesk();
    expectConsistent(desk);
  });

  it("stay consistent through verdict changes, resets, reassignments, deletes and moves", () => {
    const { desk, db, users, articles, claims } = referenceDesk();
    const sql = db.$client;
    const { alice, bob, carol } = users;
    const steps: [string, () => void][] = [
      ["verdict change", () => desk.verdict(claims.c1, bob, jan(20, 9), "disputed")],
      ["reused verdict on an unreviewed claim", () => desk.verdict(claims.c4, alice, jan(20, 10), "supported", { reused: true })],
      ["reset", () => desk.reset(claims.c2, carol, jan(21, 9))],
      ["verdict after reset (first verdict stays)", () => desk.verdict(claims.c2, alice, jan(21, 10), "needs_source", { eventFirst: false })],
      ["reassignment", () => desk.assign(claims.c8, carol, bob, jan(30, 19))],
      ["unassignment", () => desk.assign(claims.c12, carol, null, jan(30, 20))],
      ["soft delete of a reviewed claim", () => desk.softDelete(claims.c1, carol, jan(22, 9))],
      ["soft delete of an open claim", () => desk.softDelete(claims.c9, carol, jan(22, 9))],
      ["restore", () => desk.restore(claims.c7)],
      ["not check-worthy any more", () => desk.markCheckworthy(claims.c3, carol, jan(23, 9), false)],
      ["check-worthy after all", () => desk.markCheckworthy(claims.c5, carol, jan(23, 9), true)],
      ["article language change", () => sql.prepare("UPDATE articles SET language = 'es' WHERE id = ?").run(articles.a1)],
      ["article date change", () => sql.prepare("UPDATE articles SET created_at = ? WHERE id = ?").run(jan(1), articles.a3)],
      ["claim moved to another article", () => sql.prepare("UPDATE claims SET article_id = ? WHERE id = ?").run(articles.a4, claims.c10)],
      ["claim created_at corrected", () => sql.prepare("UPDATE claims SET created_at = ? WHERE id = ?").run(jan(27), claims.c11)],
      ["first verdict cleared", () => sql.prepare("UPDATE claims SET first_verdict_at = NULL WHERE id = ?").run(claims.c13)],
      ["first verdict set again", () => sql.prepare("UPDATE claims SET first_verdict_at = ? WHERE id = ?").run(jan(25), claims.c13)],
      ["new article and claims", () => {
        const a = desk.article({ title: "Fresh", createdAt: jan(31, 8), createdBy: carol });
        const c = desk.claim({ articleId: a, createdAt: jan(31, 8), assigneeId: alice, actorId: carol });
        desk.verdict(c, alice, jan(31, 9), "supported");
        desk.claim({ articleId: a, createdAt: jan(31, 8), actorId: carol, checkworthy: false });
      }],
      ["hard delete of a claim without history", () => {
        const id = Number(
          sql.prepare(`INSERT INTO claims (article_id, start, "end", text, score, checkworthy, status, created_at, updated_at)
                       VALUES (?, 0, 1, 'x', 1, 1, 'needs_source', ?, ?)`).run(articles.a2, jan(30), jan(30)).lastInsertRowid,
        );
        sql.prepare("DELETE FROM claims WHERE id = ?").run(id);
      }],
      ["article without claims deleted", () => sql.prepare("DELETE FROM articles WHERE id = ?").run(articles.a4 + 1000)],
      ["status-only update without an event", () => sql.prepare("UPDATE claims SET status = 'disputed' WHERE id = ?").run(claims.c14)],
    ];
    for (const [name, step] of steps) {
      step();
      expectConsistent(desk, `after: ${name}`);
    }
  });

  it("stay consistent through a long random history", () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const desk = new Desk();
    const people = [desk.user("R1"), desk.user("R2"), desk.user("R3"), desk.user("Lead", "lead")];
    const articleIds: number[] = [];
    const claimIds: number[] = [];
    let t = jan(1);
    const statuses: ClaimStatus[] = ["supported", "disputed", "needs_source"];
    for (let i = 0; i < 600; i++) {
      t += Math.floor(rand() * 6 * HOUR);
      const r = rand();
      if (articleIds.length === 0 || r < 0.05) {
        articleIds.push(desk.article({ title: `A${i}`, language: rand() < 0.3 ? "es" : "en", createdAt: t, createdBy: people[3] }));
      } else if (claimIds.length < 5 || r < 0.2) {
        claimIds.push(
          desk.claim({ articleId: pick(articleIds), createdAt: t - Math.floor(rand() * DAY), checkworthy: rand() < 0.8, assigneeId: rand() < 0.7 ? pick(people) : null, actorId: people[3] }),
        );
      } else if (r < 0.55) {
        desk.verdict(pick(claimIds), pick(people), t, pick(statuses), { reused: rand() < 0.15, eventFirst: rand() < 0.5 });
      } else if (r < 0.62) {
        desk.reset(pick(claimIds), people[3], t);
      } else if (r < 0.72) {
        desk.assign(pick(claimIds), people[3], rand() < 0.8 ? pick(people) : null, t);
      } else if (r < 0.77) {
        desk.softDelete(pick(claimIds), people[3], t);
      } else if (r < 0.8) {
        desk.restore(pick(claimIds));
      } else if (r < 0.84) {
        desk.markCheckworthy(pick(claimIds), people[3], t, rand() < 0.5);
      } else if (r < 0.86) {
        desk.db.$client.prepare("UPDATE articles SET language = ? WHERE id = ?").run(rand() < 0.5 ? "es" : "en", pick(articleIds));
      } else if (r < 0.88) {
        desk.db.$client.prepare("UPDATE claims SET article_id = ? WHERE id = ?").run(pick(articleIds), pick(claimIds));
      } else {
        desk.event(pick(claimIds), pick(people), t, pick(["comment", "evidence_added"] as const));
      }
      if (i % 50 === 49) expectConsistent(desk, `after random step ${i}`);
    }
    expectConsistent(desk, "at the end");
    expect(claimIds.length).toBeGreaterThan(50);
  });

  it("an UPDATE that touches unrelated columns changes nothing", () => {
    const { desk, db, claims } = referenceDesk();
    const before = dumpDashboardSummaries(db);
    db.$client.prepare("UPDATE claims SET text = 'changed', version = version + 1, updated_at = ? WHERE id = ?").run(jan(31, 11, 59), claims.c4);
    expect(dumpDashboardSummaries(db)).toEqual(before);
    expectConsistent(desk);
  });

  it("count verdicts at the minute they happen, not later", () => {
    const { desk, db, users, claims } = referenceDesk();
    const rowFor = () =>
      db.$client.prepare("SELECT n FROM dash_verdict_daily WHERE day = ? AND actor_id = ? AND status = 'supported'").get(
        Math.floor(jan(31, 11) / DAY),
        users.alice,
      ) as { n: number } | undefined;
    expect(rowFor()).toBeUndefined();
    desk.verdict(claims.c8, users.alice, jan(31, 11) + 5 * MIN, "supported");
    expect(rowFor()).toEqual({ n: 1 });
  });
});
