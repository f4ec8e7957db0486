import { describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { listLiveClaimViews } from "@/db/claims";
import { DEMO_ARTICLES, readDemoArticleBody } from "@/db/seed/demo-articles";
import { searchExpression } from "@/db/search/filters";
import { checkSearchIndex } from "@/db/search/index";
import { rankedPage } from "@/db/search/rank";
import { searchClaims } from "@/db/search/read";
import type { SearchInput } from "@/lib/search/query";
import type { Actor } from "@/services/actor";
import { recordVerdict } from "@/services/claims";
import { searchParamsSchema, searchInputFromParams } from "@/services/search";
import { setCheckworthy } from "@/services/spans";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

function demo() {
  const t = testDb();
  for (const a of DEMO_ARTICLES) createArticle(t.db, { title: a.title, body: readDemoArticleBody(a), language: a.language }, t.editorId);
  const claims = listLiveClaimViews(t.db, 1).concat(listLiveClaimViews(t.db, 2));
  const find = (text: string) => claims.find((c) => c.text.includes(text))!;
  const editor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  return { ...t, find, editor };
}

const isClaim = (db: Db, id: number) =>
  Boolean(db.$client.prepare("SELECT checkworthy = 1 OR status <> 'unreviewed' FROM claims WHERE id = ?").pluck().get(id));

describe("search ranks the claims above headlines and SEE ALSO lines", () => {
  it("puts the check-worthy claim above the SEE ALSO line that bm25 alone prefers", () => {
    const { db, find } = demo();
    const seeAlso = find("SEE ALSO");
    const crackdown = find("crackdown on gangs");
    expect(seeAlso.checkworthy).toBe(false);
    expect(crackdown.checkworthy).toBe(true);
    const order = searchClaims(db, { q: "gangs" }).results.map((r) => r.claimId);
    expect(order.indexOf(crackdown.id)).toBeLessThan(order.indexOf(seeAlso.id));
    const tiers = order.map((id) => isClaim(db, id));
    expect(tiers).toEqual([...tiers].sort((a, b) => Number(b) - Number(a))); // every claim before every line
  });

  it("hides the other lines with scope 'claims', with an exact total", () => {
    const { db, find } = demo();
    const all = searchClaims(db, { q: "gangs", scope: "all" });
    const claims = searchClaims(db, { q: "gangs", scope: "claims" });
    expect(claims.results.map((r) => r.claimId)).not.toContain(find("SEE ALSO").id);
    expect(claims.total).toBe(all.results.filter((r) => isClaim(db, r.claimId)).length);
    expect(claims.results.map((r) => r.claimId)).toEqual(all.results.map((r) => r.claimId).filter((id) => isClaim(db, id)));
    // Filters alone (no words) keep the same rule, newest first within each group.
    const article = searchClaims(db, { articleId: 2, pageSize: 100 });
    const tiers = article.results.map((r) => isClaim(db, r.claimId));
    expect(tiers).toEqual([...tiers].sort((a, b) => Number(b) - Number(a)));
    expect(searchClaims(db, { articleId: 2, scope: "claims", pageSize: 100 }).total).toBe(tiers.filter(Boolean).length);
  });

  it("counts a line with a verdict as a claim, and follows check-worthiness changes", async () => {
    const { db, find, editor } = demo();
    const seeAlso = find("SEE ALSO");
    await recordVerdict(db, editor, { claimId: seeAlso.id, status: "supported", note: "", version: seeAlso.version });
    expect(searchClaims(db, { q: "gangs", scope: "claims" }).results.map((r) => r.claimId)).toContain(seeAlso.id);
    // The quote starts out as a line, whatever the shipped model scored it.
    const found = find("war against gangs");
    const quote = await setCheckworthy(db, editor, { claimId: found.id, version: found.version, checkworthy: false });
    expect(searchClaims(db, { q: "gangs", scope: "claims" }).results.map((r) => r.claimId)).not.toContain(quote.id);
    await setCheckworthy(db, editor, { claimId: quote.id, version: quote.version, checkworthy: true });
    expect(searchClaims(db, { q: "gangs", scope: "claims" }).results.map((r) => r.claimId)).toContain(quote.id);
    expect(checkSearchIndex(db, { full: true }).differing).toBe(0);
  });
});

describe("search ranks the claims with a verdict first among the claims", () => {
  const hasVerdict = (db: Db, id: number) => db.$client.prepare("SELECT status <> 'unreviewed' FROM claims WHERE id = ?").pluck().get(id) === 1;

  it("lifts a reviewed claim above better text matches, and keeps the lines last", async () => {
    const { db, editor } = demo();
    const before = searchClaims(db, { q: "gangs", scope: "all" }).results;
    const claims = before.filter((r) => isClaim(db, r.claimId));
    expect(claims.length).toBeGreaterThan(1);
    const last = claims[claims.length - 1]!;
    const view = listLiveClaimViews(db, last.articleId).find((c) => c.id === last.claimId)!;
    await recordVerdict(db, editor, { claimId: last.claimId, status: "disputed", note: "Wrong figures.", version: view.version });
    for (const scope of ["all", "claims"] as const) {
      const order = searchClaims(db, { q: "gangs", scope }).results.map((r) => r.claimId);
      expect(order[0]).toBe(last.claimId);
      const tiers = order.map((id) => Number(isClaim(db, id)) + Number(hasVerdict(db, id)));
      expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
    }
    // Filters alone (no words): newest first within each group, the reviewed claims first.
    const filtered = searchClaims(db, { articleId: last.articleId, scope: "all", pageSize: 100 }).results.map((r) => r.claimId);
    expect(filtered[0]).toBe(last.claimId);
  });

  it("puts the reviewed claims first within the window too", () => {
    const { db, editorId } = testDb();
    const articleId = createArticle(db, { title: "Bulk", body: "Placeholder text.", language: "en" }, editorId).id;
    const insert = db.$client.prepare(`INSERT INTO claims (article_id, start, "end", text, score, checkworthy, status, created_at, updated_at) VALUES (?, 0, 1, ?, 0.5, 1, ?, 0, 0)`);
    for (let i = 0; i < 30; i++) insert.run(articleId, i % 5 === 0 ? "Wages rose." : `Wages rose ${i}% in district ${i}, the statistics office said.`, i % 7 === 3 ? "supported" : "unreviewed");
    for (const window of [10, 100]) {
      const ids = rankedPage(db, searchExpression(db, { q: "wages rose" })!, 0, 30, window).ids;
      const verdicts = ids.map((id) => hasVerdict(db, id));
      if (window === 100) expect(verdicts).toEqual([...verdicts].sort((a, b) => Number(b) - Number(a)));
      // Over the window, the window's reviewed claims lead it.
      expect(verdicts[0]).toBe(true);
    }
  });
});

describe("ranking over more matches than the window", () => {
  /** 60 claims saying "wages": every third one a line (not check-worthy); short ones bm25 prefers. */
  function many() {
    const { db, editorId } = testDb();
    const articleId = createArticle(db, { title: "Bulk", body: "Placeholder text.", language: "en" }, editorId).id;
    const insert = db.$client.prepare(`INSERT INTO claims (article_id, start, "end", text, score, checkworthy, created_at, updated_at) VALUES (?, 0, 1, ?, 0.5, ?, 0, 0)`);
    for (let i = 0; i < 60; i++) insert.run(articleId, i % 10 === 0 ? "Wages rose." : `Wages rose ${i}% in district ${i}, the statistics office said.`, i % 3 === 0 ? 0 : 1);
    return db;
  }
  const pageOf = (db: Db, input: SearchInput, offset: number, limit: number, window: number) => rankedPage(db, searchExpression(db, input)!, offset, limit, window);

  it.each([5, 10, 25, 100])("pages through claims then lines without gaps or repeats (window %i)", (window) => {
    const db = many();
    const seen: number[] = [];
    for (let offset = 0; offset < 60; offset += 7) {
      const page = pageOf(db, { q: "wages rose" }, offset, 7, window);
      expect(page.total).toBe(60);
      seen.push(...page.ids);
    }
    expect(new Set(seen).size).toBe(60);
    const tiers = seen.map((id) => isClaim(db, id));
    expect(tiers.indexOf(false)).toBe(40); // the 40 claims, then the 20 lines
    expect(tiers.slice(40).every((t) => !t)).toBe(true);
    // The window's best match comes first: a short claim (ids grow, so the newest short one is in any window).
    const first = db.$client.prepare("SELECT text FROM claims WHERE id = ?").pluck().get(seen[0]);
    if (window >= 10) expect(first).toBe("Wages rose.");
  });

  it("lists a word found in every claim newest first, claims before lines", () => {
    const db = many();
    const seen: number[] = [];
    for (let offset = 0; offset < 60; offset += 9) {
      const page = pageOf(db, { q: "wages" }, offset, 9, 10);
      expect(page.order).toBe("newest");
      seen.push(...page.ids);
    }
    const claims = seen.filter((id) => isClaim(db, id));
    expect(seen).toEqual([...claims, ...seen.filter((id) => !isClaim(db, id))]);
    expect(claims).toEqual([...claims].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(60);
  });

  it("hides the lines over the window too", () => {
    const db = many();
    const page = pageOf(db, { q: "wages rose", scope: "claims" }, 0, 100, 10);
    expect(page.total).toBe(40);
    expect(page.ids.every((id) => isClaim(db, id))).toBe(true);
    expect(page.order).toBe("bm25-window");
  });
});

describe("the scope parameter", () => {
  it("is optional in the API (every line) and on by default on the page", () => {
    expect(searchParamsSchema.parse({ q: "gangs" }).scope).toBeUndefined();
    expect(searchParamsSchema.parse({ q: "gangs", scope: "claims" }).scope).toBe("claims");
    expect(searchParamsSchema.safeParse({ q: "gangs", scope: "headlines" }).error?.issues[0]?.message).toBe("scope must be one of claims, all.");
    expect(searchInputFromParams({ q: "gangs" }).scope).toBe("claims");
    expect(searchInputFromParams({ q: "gangs", scope: "all" }).scope).toBe("all");
    expect(searchInputFromParams({ q: "gangs", scope: "nonsense" }).scope).toBe("claims");
  });
});
