import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, openDatabase } from "@/db/connection";
import { listLiveClaimViews } from "@/db/claims";
import { DEMO_ARTICLES, readDemoArticleBody } from "@/db/seed/demo-articles";
import { checkSearchIndex, FTS_CREATE_SQL, FTS_RANK_SQL, FTS_TERMS_SQL, indexContentSql, META_TRIGGERS, rebuildSearchIndex } from "@/db/search/index";
import { searchClaims } from "@/db/search/read";
import { prefixRanges, wordVariants } from "@/db/search/terms";
import { MARK_END, MARK_START } from "@/lib/highlight";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

const marked = (snippet: string) => [...snippet.matchAll(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g"))].map((m) => m[1]!.toLowerCase());

function demo() {
  const t = testDb();
  for (const a of DEMO_ARTICLES) createArticle(t.db, { title: a.title, body: readDemoArticleBody(a), language: a.language }, t.editorId);
  return t;
}

function bilingual() {
  const t = testDb();
  createArticle(t.db, { title: "Crime", body: "Police arrested 120 gang members in March. The city budgets rose for the third year.", language: "en" }, t.editorId);
  createArticle(
    t.db,
    { title: "Congreso", body: "El Congreso aprobó la reforma el martes. Las aprobaciones de leyes subieron un 12% en 2023. El desempleo subió al 9%.", language: "es" },
    t.editorId,
  );
  createArticle(t.db, { title: "Pandillas", body: "La policía detuvo a 300 miembros de pandillas en San Salvador.", language: "es" }, t.editorId);
  const ids = (q: string, extra: Parameters<typeof searchClaims>[1] = {}) => searchClaims(t.db, { q, ...extra }).results.map((r) => r.text);
  return { ...t, ids };
}

describe("search finds the other forms of a word (English and Spanish)", () => {
  it("finds the same demo claims for 'gang' and 'gangs', highlighting the words that matched", () => {
    const { db } = demo();
    const gang = searchClaims(db, { q: "gang" });
    const gangs = searchClaims(db, { q: "gangs" });
    expect(gang.total).toBe(5); // 2 say "gang", 3 say "gangs"
    expect(gangs.results.map((r) => r.claimId).sort()).toEqual(gang.results.map((r) => r.claimId).sort());
    for (const r of gangs.results) expect(marked(r.snippet).some((w) => w === "gang" || w === "gangs")).toBe(true);
    expect(new Set(gangs.results.flatMap((r) => marked(r.snippet)))).toEqual(new Set(["gang", "gangs"]));
  });

  it("stems English and Spanish words in the claims of their language", () => {
    const { ids } = bilingual();
    expect(ids("arrest")).toEqual(["Police arrested 120 gang members in March."]);
    expect(ids("budget")).toEqual(["The city budgets rose for the third year."]);
    expect(ids("aprobación").sort()).toEqual(["El Congreso aprobó la reforma el martes.", "Las aprobaciones de leyes subieron un 12% en 2023."]);
    expect(ids("subir").sort()).toEqual(["El desempleo subió al 9%.", "Las aprobaciones de leyes subieron un 12% en 2023."]);
    expect(ids("pandilla")).toEqual(["La policía detuvo a 300 miembros de pandillas en San Salvador."]);
    expect(ids("ley")).toEqual(["Las aprobaciones de leyes subieron un 12% en 2023."]);
  });

  it("binds a form only one language relates to that language's claims", () => {
    const { db, editorId, ids } = bilingual();
    createArticle(db, { title: "Gangs", body: "The gang was dismantled in 2021.", language: "en" }, editorId);
    // English relates "gangs" to "gang"; Spanish does not: a Spanish "gang" would not match "gangs".
    createArticle(db, { title: "Banda", body: "Un gang local controla el barrio desde 2019.", language: "es" }, editorId);
    expect(ids("gangs").sort()).toEqual(["Police arrested 120 gang members in March.", "The gang was dismantled in 2021."]);
    expect(ids("gangs", { language: "es" })).toEqual([]);
    expect(ids("gang", { language: "es" })).toEqual(["Un gang local controla el barrio desde 2019."]);
  });

  it("matches quoted phrases and prefixes as typed", () => {
    const { ids } = bilingual();
    expect(ids('"gang member"')).toEqual([]);
    expect(ids('"gang members"')).toEqual(["Police arrested 120 gang members in March."]);
    expect(ids("aprob*").length).toBe(2);
    expect(ids("-budget city")).toEqual([]);
    expect(ids("city -budgets")).toEqual([]);
  });

  it("reads only the vocabulary around the stem, stepping over the meta column's tokens", () => {
    expect(prefixRanges("len")).toEqual([
      ["len", "len"],
      ["len0", "len\u{10ffff}"],
    ]);
    expect(prefixRanges("gang")).toEqual([["gang", "gang\u{10ffff}"]]);
    const { db, editorId } = testDb();
    createArticle(db, { title: "Optics", body: "Lens makers sold 40% more lenses in 2023.", language: "en" }, editorId);
    // English stems "lens" to "len" (so its range starts at the meta token "len", skipped), "lenses" to "lens";
    // Spanish stems both to "lens": "lenses" counts for "lens" in Spanish claims only.
    expect(wordVariants(db, "lens")).toEqual({ any: ["lens"], only: { es: ["lenses"] } });
    expect(wordVariants(db, "lenses", ["en"])).toEqual({ any: ["lenses"], only: {} });
  });
});

describe("migration 0009", () => {
  it("holds exactly the definitions db/search/index.ts rebuilds with", () => {
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, "0009_search_stemming.sql"), "utf8");
    for (const statement of [FTS_CREATE_SQL, FTS_RANK_SQL, FTS_TERMS_SQL, indexContentSql(), ...META_TRIGGERS.map((t) => t.sql)]) expect(sql).toContain(statement);
    for (const t of META_TRIGGERS) expect(sql).toContain(`DROP TRIGGER IF EXISTS ${t.name};`);
  });

  it("upgrades a database indexed by 0004: every row gains its cw token, the triggers keep it, search stems", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-0009-"));
    try {
      // The migrations up to 0008, as a database created before this change has them.
      const old = path.join(dir, "drizzle");
      fs.cpSync(MIGRATIONS_DIR, old, { recursive: true });
      const journal = JSON.parse(fs.readFileSync(path.join(old, "meta", "_journal.json"), "utf8")) as { entries: { idx: number; tag: string }[] };
      // drizzle applies only migrations newer than the last one applied, so every later one goes too.
      for (const e of journal.entries.filter((e) => e.idx >= 9)) fs.rmSync(path.join(old, `${e.tag}.sql`));
      journal.entries = journal.entries.filter((e) => e.idx < 9);
      fs.writeFileSync(path.join(old, "meta", "_journal.json"), JSON.stringify(journal));
      const file = path.join(dir, "old.db");
      const sqlite = new Database(file);
      migrate(drizzle(sqlite), { migrationsFolder: old });
      sqlite.prepare("INSERT INTO users (id, email, name, role, password_hash) VALUES (1, 'e@x', 'E', 'editor', 'x')").run();
      sqlite.prepare("INSERT INTO articles (id, title, body, language, created_by, created_at) VALUES (1, 'T', 'b', 'en', 1, 0)").run();
      const claim = sqlite.prepare(`INSERT INTO claims (article_id, start, "end", text, score, checkworthy, status, created_at, updated_at) VALUES (1, 0, 1, ?, 0.5, ?, 'unreviewed', 0, 0)`);
      claim.run("Gangs recruited 300 teenagers.", 1);
      claim.run("SEE ALSO: gang violence", 0);
      expect(sqlite.prepare("SELECT meta FROM claims_fts WHERE rowid = 1").pluck().get()).not.toContain("cw");
      sqlite.close();

      const db = openDatabase(file); // the app's start-up: applies 0009
      expect(db.$client.prepare("SELECT rowid, meta FROM claims_fts ORDER BY rowid").all()).toEqual([
        { rowid: 1, meta: "sunreviewed a1 len cw1 d19700101 m197001 y1970" },
        { rowid: 2, meta: "sunreviewed a1 len cw0 d19700101 m197001 y1970" },
      ]);
      expect(checkSearchIndex(db, { full: true })).toEqual({ indexed: 2, live: 2, differing: 0 });
      expect(searchClaims(db, { q: "gang" }).results.map((r) => r.claimId)).toEqual([1, 2]);
      expect(searchClaims(db, { q: "gang", scope: "claims" }).total).toBe(1);
      db.$client.prepare("UPDATE claims SET checkworthy = 1 WHERE id = 2").run();
      expect(checkSearchIndex(db, { full: true }).differing).toBe(0);
      expect(searchClaims(db, { q: "gang", scope: "claims" }).total).toBe(2);
      db.$client.close();

      // A connection with nothing registered (as the sqlite3 shell) still writes claims.
      const plain = new Database(file);
      plain.prepare(`INSERT INTO claims (article_id, start, "end", text, score, checkworthy, status, created_at, updated_at) VALUES (1, 0, 1, 'One gang left.', 0.5, 1, 'unreviewed', 0, 0)`).run();
      plain.close();
      const again = openDatabase(file);
      expect(searchClaims(again, { q: "gangs" }).total).toBe(3);
      again.$client.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the vocabulary readable after a rebuild", () => {
    const { db } = demo();
    rebuildSearchIndex(db);
    expect(searchClaims(db, { q: "gangs" }).total).toBe(5);
    expect(checkSearchIndex(db, { full: true }).differing).toBe(0);
    expect(listLiveClaimViews(db, 1).length).toBeGreaterThan(0);
  });
});
