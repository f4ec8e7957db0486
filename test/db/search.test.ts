import { describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { listLiveClaimViews as listArticleClaims } from "@/db/claims";
import { checkSearchIndex, rebuildSearchIndex } from "@/db/search/index";
import { RANK_WINDOW, searchClaims } from "@/db/search/read";
import { MARK_END, MARK_START, snippetParts } from "@/lib/highlight";
import { dateCoverTokens, parseSearchQuery } from "@/lib/search/query";
import type { Actor } from "@/services/actor";
import { assignClaim, recordVerdict, resetArticle } from "@/services/claims";
import { addEvidence, removeEvidence } from "@/services/evidence";
import { retireClaim, setClaimSpan, splitClaim } from "@/services/spans";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

const DAY = 86_400_000;

const BODY_EN = [
  "Police arrested 74,000 suspected gang members since March 2022.",
  "The minister said 40% of roads were paved in 2023.",
  "Exports rose 12% last year, officials said.",
].join(" ");
const BODY_ES = "El presidente Bukele construyó una megacárcel con capacidad para 40.000 reclusos. La oposición lo niega rotundamente.";

function setup() {
  const t = testDb();
  const editor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
  const en = createArticle(t.db, { title: "Crime and roads", body: BODY_EN, language: "en" }, t.editorId, new Date("2024-03-10T12:00:00Z"));
  const es = createArticle(t.db, { title: "Cárceles", body: BODY_ES, language: "es" }, t.editorId, new Date("2024-04-02T09:00:00Z"));
  const claimsEn = listArticleClaims(t.db, en.id);
  const claimsEs = listArticleClaims(t.db, es.id);
  const find = (text: string) => [...claimsEn, ...claimsEs].find((c) => c.text.includes(text))!;
  return { ...t, editor, lead, en: en.id, es: es.id, find };
}

function indexRow(db: Db, id: number) {
  return db.$client.prepare("SELECT rowid AS id, text, notes, evidence, meta FROM claims_fts WHERE rowid = ?").get(id) as
    | { id: number; text: string; notes: string; evidence: string; meta: string }
    | undefined;
}

function ids(db: Db, q: string, filters: Parameters<typeof searchClaims>[1] = {}) {
  return searchClaims(db, { q, ...filters }).results.map((r) => r.claimId);
}

function expectInSync(db: Db) {
  expect(checkSearchIndex(db, { full: true })).toMatchObject({ differing: 0 });
  const { indexed, live } = checkSearchIndex(db);
  expect(indexed).toBe(live);
}

describe("search index triggers", () => {
  it("indexes every claim of a new article with its filter tokens", async () => {
    const { db, en, es, find } = setup();
    const row = indexRow(db, find("gang members").id)!;
    expect(row.text).toContain("74,000 suspected gang members");
    expect(row.notes).toBe("");
    expect(row.meta.split(" ")).toEqual(["sunreviewed", `a${en}`, "len", "cw1", "d20240310", "m202403", "y2024"]);
    expect(indexRow(db, find("megacárcel").id)!.meta).toContain(`a${es} les`);
    expectInSync(db);
  });

  it("follows verdicts (notes, status, reviewer), assignment and resets in the same transaction", async () => {
    const { db, editor, lead, en, find } = setup();
    const claim = find("gang members");
    await recordVerdict(db, editor, { claimId: claim.id, status: "disputed", note: "Ministry figures count detentions, not convictions.", version: claim.version });
    let row = indexRow(db, claim.id)!;
    expect(row.notes).toBe("Ministry figures count detentions, not convictions.");
    expect(row.meta).toMatch(/^sdisputed /);
    expect(row.meta).toContain(` r${editor.id}`);
    expect(ids(db, "convictions")).toEqual([claim.id]);
    expect(searchClaims(db, { q: "convictions" }).results[0]).toMatchObject({ snippetField: "notes", status: "disputed" });

    await assignClaim(db, lead, { claimId: claim.id, userId: lead.id });
    expect(indexRow(db, claim.id)!.meta).toContain(` r${lead.id}`);
    await recordVerdict(db, lead, { claimId: claim.id, status: "supported", note: "Confirmed with the prosecutor's office.", version: claim.version + 2 });
    row = indexRow(db, claim.id)!;
    expect(row.notes.split("\n")).toEqual(["Ministry figures count detentions, not convictions.", "Confirmed with the prosecutor's office."]);
    expect(row.meta).toMatch(/^ssupported /);

    await resetArticle(db, lead, { articleId: en, note: "Re-check after the correction." });
    expect(indexRow(db, claim.id)!.meta).toMatch(/^sunreviewed /);
    // Reset notes are not verdict notes.
    expect(ids(db, "correction")).toEqual([]);
    expectInSync(db);
  });

  it("follows evidence added and removed (titles only)", async () => {
    const { db, editor, find } = setup();
    const claim = find("roads were paved");
    const a = await addEvidence(db, editor, { claimId: claim.id, ...{ url: "https://example.org/report", title: "Road census 2023", quote: "asphalt statistics" } });
    await addEvidence(db, editor, { claimId: claim.id, ...{ url: "https://example.org/untitled" } });
    expect(indexRow(db, claim.id)!.evidence).toBe("Road census 2023");
    expect(ids(db, "census")).toEqual([claim.id]);
    expect(ids(db, "asphalt")).toEqual([]); // quotes are not indexed
    await removeEvidence(db, editor, { claimId: claim.id, evidenceId: a.id });
    expect(indexRow(db, claim.id)!.evidence).toBe("");
    expect(ids(db, "census")).toEqual([]);
    expectInSync(db);
  });

  it("follows span edits, splits and retired claims", async () => {
    const { db, editor, find } = setup();
    const claim = find("Exports rose");
    const start = BODY_EN.indexOf("Exports rose");
    await setClaimSpan(db, editor, { claimId: claim.id, version: claim.version, start, end: start + "Exports rose 12%".length });
    expect(indexRow(db, claim.id)!.text).toBe("Exports rose 12%");
    expect(ids(db, "officials")).toEqual([]);

    const roads = find("roads were paved");
    const { created } = await splitClaim(db, editor, { claimId: roads.id, version: roads.version, at: BODY_EN.indexOf("40% of roads") });
    expect(ids(db, "roads")).toEqual([created.id]);

    const gang = find("gang members");
    await addEvidence(db, editor, { claimId: gang.id, ...{ url: "https://example.org/a", title: "Prison census" } });
    await recordVerdict(db, editor, { claimId: gang.id, status: "supported", note: "Matches the census.", version: gang.version + 1 });
    await retireClaim(db, editor, { claimId: gang.id, version: gang.version + 2 });
    expect(indexRow(db, gang.id)).toBeUndefined();
    expect(ids(db, "gang")).toEqual([]);
    expectInSync(db);

    // Brought back (no code path does it today, the trigger still covers it): notes and evidence return.
    db.$client.prepare("UPDATE claims SET deleted_at = NULL WHERE id = ?").run(gang.id);
    expect(indexRow(db, gang.id)).toMatchObject({ notes: "Matches the census.", evidence: "Prison census" });
    expectInSync(db);
  });

  it("is rolled back with the change that failed", async () => {
    const { db, editor, find } = setup();
    const claim = find("gang members");
    const before = indexRow(db, claim.id);
    expect(() =>
      db.transaction(() => {
        db.$client.prepare("UPDATE claims SET text = 'rewritten', status = 'supported' WHERE id = ?").run(claim.id);
        db.$client.prepare("INSERT INTO claim_events (claim_id, actor_id, at, kind, note) VALUES (?, ?, ?, 'verdict', 'temporary note')").run(claim.id, editor.id, Date.now());
        expect(indexRow(db, claim.id)!.text).toBe("rewritten");
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(indexRow(db, claim.id)).toEqual(before);
    // A stale version is refused before anything is written, index included.
    await expect(recordVerdict(db, editor, { claimId: claim.id, status: "supported", version: claim.version + 5 })).rejects.toThrow();
    expect(indexRow(db, claim.id)).toEqual(before);
  });

  it("gives claims loaded before their article (foreign keys off) the article's language", async () => {
    const { db, editorId } = testDb();
    const sqlite = db.$client;
    sqlite.pragma("foreign_keys = OFF");
    sqlite
      .prepare("INSERT INTO claims (id, article_id, start, \"end\", text, score, checkworthy, status, created_at, updated_at) VALUES (1, 7, 0, 9, 'Rent rose', 0.9, 1, 'unreviewed', ?, ?)")
      .run(Date.UTC(2024, 0, 5), Date.UTC(2024, 0, 5));
    expect(indexRow(db, 1)!.meta).toContain(" lnone ");
    sqlite.prepare("INSERT INTO articles (id, title, body, language, created_by, created_at) VALUES (7, 'T', 'Rent rose', 'es', ?, 0)").run(editorId);
    expect(indexRow(db, 1)!.meta).toBe("sunreviewed a7 les cw1 d20240105 m202401 y2024");
    sqlite.prepare("UPDATE articles SET language = 'en' WHERE id = 7").run();
    expect(indexRow(db, 1)!.meta).toContain(" len ");
    sqlite.pragma("foreign_keys = ON");
    expectInSync(db);
  });

  it("rebuilds to exactly what the triggers maintain", async () => {
    const { db, editor, lead, find } = setup();
    const gang = find("gang members");
    await recordVerdict(db, editor, { claimId: gang.id, status: "needs_source", note: "Which registry?", version: gang.version });
    await addEvidence(db, lead, { claimId: gang.id, ...{ url: "https://example.org/x", title: "Registry extract" } });
    await assignClaim(db, lead, { claimId: find("Exports").id, userId: editor.id });
    const snapshot = () => db.$client.prepare("SELECT rowid, text, notes, evidence, meta FROM claims_fts ORDER BY rowid").all();
    const incremental = snapshot();
    const { claims } = rebuildSearchIndex(db);
    expect(claims).toBe(incremental.length);
    expect(snapshot()).toEqual(incremental);
    // The rebuilt table keeps the migration's definition and triggers keep working on it.
    await recordVerdict(db, editor, { claimId: find("Exports").id, status: "supported", note: "Customs data.", version: find("Exports").version + 1 });
    expect(ids(db, "customs")).toEqual([find("Exports").id]);
    expectInSync(db);
  });
});

describe("search queries", () => {
  it("parses words, phrases, OR, exclusions and prefixes into quoted FTS5 terms", async () => {
    expect(parseSearchQuery("gang members")).toBe('("gang" AND "members")');
    expect(parseSearchQuery('"state of emergency" Bukele')).toBe('("state of emergency" AND "bukele")');
    expect(parseSearchQuery("prison OR cárcel")).toBe('"prison" OR "carcel"');
    expect(parseSearchQuery("gang -Argentina")).toBe('("gang") NOT ("argentina")');
    expect(parseSearchQuery("reelect*")).toBe('"reelect"*');
    expect(parseSearchQuery("74,000 arrested")).toBe('("74 000" AND "arrested")');
    expect(parseSearchQuery("the gangs of El Salvador", "en")).toBe('("gangs" AND "el" AND "salvador")');
    expect(parseSearchQuery("the of")).toBe('("the" AND "of")'); // only stopwords: kept
    expect(parseSearchQuery("  !!! ")).toBe("");
    expect(parseSearchQuery("-gang")).toBe("");
  });

  it.each([
    'foo" OR bar',
    '"unterminated phrase',
    "budget) OR (1=1",
    "NEAR(inflation wages, 5)",
    "text:inflation ^start meta:sdisputed",
    "'; DROP TABLE claims_fts; --",
    "{text notes} : gang",
    "* ** -* \"\"",
    "Ελλάδα 東京 محمد",
  ])("never lets the user write FTS5 syntax: %s", (q) => {
    const { db } = setup();
    const expr = parseSearchQuery(q);
    if (expr) expect(expr).toMatch(/^[("][^:{}^]*$/);
    expect(() => searchClaims(db, { q })).not.toThrow();
  });

  it("matches with accents folded, ranks by bm25 and highlights with control-character markers", async () => {
    const { db, find } = setup();
    const results = searchClaims(db, { q: "megacarcel" }).results;
    expect(results.map((r) => r.claimId)).toEqual([find("megacárcel").id]);
    expect(results[0]!.snippet).toContain(`${MARK_START}megacárcel${MARK_END}`);
    expect(results[0]).toMatchObject({ articleTitle: "Cárceles", status: "unreviewed", language: "es", snippetField: "text" });
    expect(ids(db, '"gang members"')).toEqual([find("gang members").id]);
    expect(ids(db, '"members gang"')).toEqual([]);
  });

  it("ranks a match in the claim text above one in a note only", async () => {
    const { db, editor, find } = setup();
    const roads = find("roads were paved");
    await recordVerdict(db, editor, { claimId: roads.id, status: "disputed", note: "Exports are irrelevant here; the road data is from 2021.", version: roads.version });
    // A claim with a verdict ranks before the unreviewed ones, whatever bm25 says …
    expect(ids(db, "exports")).toEqual([roads.id, find("Exports rose").id]);
    // … so compare two reviewed claims: the match in the text wins.
    const exportsRose = find("Exports rose");
    await recordVerdict(db, editor, { claimId: exportsRose.id, status: "supported", note: "", version: exportsRose.version });
    expect(ids(db, "exports")).toEqual([exportsRose.id, roads.id]);
  });

  it("filters by status, article, reviewer, language and creation date, with exact totals", async () => {
    const { db, editor, lead, en, es, find } = setup();
    const gang = find("gang members");
    await recordVerdict(db, editor, { claimId: gang.id, status: "supported", version: gang.version });
    await assignClaim(db, lead, { claimId: find("roads").id, userId: lead.id });
    const all = (f: Parameters<typeof searchClaims>[1]) => searchClaims(db, { pageSize: 100, ...f });
    expect(all({ status: "supported" }).results.map((r) => r.claimId)).toEqual([gang.id]);
    expect(all({ q: "40", status: "unreviewed" }).total).toBe(2); // "40%" and "40.000"
    expect(all({ q: "40", articleId: es }).results.map((r) => r.claimId)).toEqual([find("megacárcel").id]);
    expect(all({ reviewerId: editor.id }).results.map((r) => r.claimId)).toEqual([gang.id]);
    expect(all({ reviewerId: lead.id }).results.map((r) => r.claimId)).toEqual([find("roads").id]);
    expect(all({ language: "es" }).total).toBe(listArticleClaims(db, es).length);
    expect(all({ q: "40", language: "en" }).results.map((r) => r.claimId)).toEqual([find("roads").id]);
    expect(all({ from: "2024-04-01" }).total).toBe(listArticleClaims(db, es).length);
    expect(all({ to: "2024-03-10" }).total).toBe(listArticleClaims(db, en).length);
    expect(all({ from: "2024-03-11", to: "2024-04-01" }).total).toBe(0);
    expect(all({ q: "40", from: "2024-03-10", to: "2024-03-10" }).results.map((r) => r.claimId)).toEqual([find("roads").id]);
    expect(all({ from: "2025-01-01" }).total).toBe(0);
    expect(all({}).total).toBe(0); // nothing asked
  });

  it("uses the complement of a long date range and agrees with the direct filter", async () => {
    const { db, editorId } = testDb();
    const start = Date.UTC(2024, 0, 1);
    for (let d = 0; d < 60; d++) {
      createArticle(db, { title: `Day ${d}`, body: `Turnout rose ${d + 1}% in the district.`, language: "en" }, editorId, new Date(start + d * DAY + 3_600_000));
    }
    // 2024-01-03 … 2024-02-27: 56 of 60 days, so the 4 days outside are excluded instead.
    const r = searchClaims(db, { q: "turnout", from: "2024-01-03", to: "2024-02-27", pageSize: 100 });
    expect(r.total).toBe(56);
    const days = new Set(r.results.map((x) => new Date(x.createdAt).toISOString().slice(0, 10)));
    expect(days.has("2024-01-02")).toBe(false);
    expect(days.has("2024-01-03")).toBe(true);
    expect(days.has("2024-02-27")).toBe(true);
    expect(days.has("2024-02-28")).toBe(false);
    // Without text the range is listed directly (nothing to exclude from).
    expect(searchClaims(db, { from: "2024-01-03", to: "2024-02-27" }).total).toBe(56);
  });

  it("pages through results without gaps or repeats", async () => {
    const { db, editorId } = testDb();
    const body = Array.from({ length: 45 }, (_, i) => `Ridership grew ${i + 1}% on line ${i + 1}.`).join(" ");
    createArticle(db, { title: "Transit", body, language: "en" }, editorId);
    const seen: number[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = searchClaims(db, { q: "ridership", page });
      expect(r.total).toBe(45);
      seen.push(...r.results.map((x) => x.claimId));
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    expect(searchClaims(db, { q: "ridership", page: 4 }).results).toEqual([]);
  });

  it(`ranks the ${RANK_WINDOW} most recent matches by bm25 when there are more, then lists older ones newest first`, async () => {
    const { db, editorId } = testDb();
    const articleId = createArticle(db, { title: "Bulk", body: "Placeholder text.", language: "en" }, editorId).id;
    const insert = db.$client.prepare(
      `INSERT INTO claims (article_id, start, "end", text, score, checkworthy, created_at, updated_at) VALUES (?, 0, 1, ?, 0.9, 1, ?, ?)`,
    );
    const n = RANK_WINDOW + 30;
    db.$client.transaction(() => {
      for (let i = 0; i < n; i++) {
        // Every 500th claim is short: bm25 prefers it.
        const text = i % 500 === 0 ? "Wages rose." : `Wages rose ${i}% in district ${i} according to the regional statistics office.`;
        insert.run(articleId, text, Date.now(), Date.now());
      }
    })();
    const first = searchClaims(db, { q: "wages rose" });
    expect(first.total).toBe(n);
    expect(first.order).toBe("bm25-window");
    expect(first.results[0]!.text).toBe("Wages rose.");
    const pages = Math.ceil(n / 100);
    const seen = new Set<number>();
    for (let page = 1; page <= pages; page++) for (const r of searchClaims(db, { q: "wages rose", page, pageSize: 100 }).results) seen.add(r.claimId);
    expect(seen.size).toBe(n);
    // Filters with many matches use the same window.
    expect(searchClaims(db, { q: "wages rose", status: "unreviewed" })).toMatchObject({ total: n, order: "bm25-window" });
    expect(searchClaims(db, { q: "wages rose", status: "unreviewed" }).results[0]!.text).toBe("Wages rose.");
    // A lone word found in more than half of all claims carries no bm25 weight: newest first.
    const lone = searchClaims(db, { q: "wages" });
    expect(lone.order).toBe("newest");
    expect(lone.results[0]!.claimId).toBeGreaterThan(lone.results[1]!.claimId);
  });
});

describe("date cover tokens", () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
  it("covers ranges with whole years, whole months and single days", async () => {
    expect(dateCoverTokens(day("2024-03-15"), day("2024-03-17"))).toEqual(["d20240315", "d20240316", "d20240317"]);
    expect(dateCoverTokens(day("2024-02-01"), day("2024-02-29"))).toEqual(["m202402"]);
    expect(dateCoverTokens(day("2023-12-31"), day("2025-01-01"))).toEqual(["d20231231", "y2024", "d20250101"]);
    expect(dateCoverTokens(day("2024-01-30"), day("2024-03-02"))).toEqual(["d20240130", "d20240131", "m202402", "d20240301", "d20240302"]);
  });

  it("covers every day of random ranges exactly once", async () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 200; k++) {
      const from = day("2022-11-20") + rand(900);
      const to = from + rand(500);
      const covered: number[] = [];
      for (const t of dateCoverTokens(from, to)) {
        if (t.startsWith("d")) covered.push(day(`${t.slice(1, 5)}-${t.slice(5, 7)}-${t.slice(7, 9)}`));
        else if (t.startsWith("m")) {
          const y = Number(t.slice(1, 5));
          const m = Number(t.slice(5, 7));
          for (let d = Date.UTC(y, m - 1, 1) / DAY; d < Date.UTC(y, m, 1) / DAY; d++) covered.push(d);
        } else {
          const y = Number(t.slice(1));
          for (let d = Date.UTC(y, 0, 1) / DAY; d < Date.UTC(y + 1, 0, 1) / DAY; d++) covered.push(d);
        }
      }
      covered.sort((a, b) => a - b);
      expect(covered).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
    }
  });
});

describe("snippet rendering", () => {
  it("splits on the markers only; markup in claims stays text", async () => {
    expect(snippetParts(`a <b>${MARK_START}gang${MARK_END}</b> & ${MARK_START}x${MARK_END}`)).toEqual([
      { text: "a <b>", mark: false },
      { text: "gang", mark: true },
      { text: "</b> & ", mark: false },
      { text: "x", mark: true },
    ]);
    expect(snippetParts("plain")).toEqual([{ text: "plain", mark: false }]);
  });
});

describe("snippets belong to their own claim", () => {
  it("gives each of several hits the snippet of its own text", async () => {
    const t = testDb();
    createArticle(
      t.db,
      { title: "Gangs", body: "Police said gang violence fell 20% in 2023.\n\nLess than a third of those arrested are gang members, reports say.", language: "en" },
      t.editorId,
    );
    const { results } = searchClaims(t.db, { q: "gang" });
    expect(results).toHaveLength(2);
    for (const r of results) {
      const plain = r.snippet.split(MARK_START).join("").split(MARK_END).join("").replace(/…/g, "").trim();
      expect(r.text).toContain(plain);
      expect(r.snippet).toContain(`${MARK_START}gang${MARK_END}`);
    }
    expect(new Set(results.map((r) => r.snippet)).size).toBe(2);
  });
});
