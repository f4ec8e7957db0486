import { describe, expect, it } from "vitest";
import { loadArticleReport } from "@/db/report/article";
import { bulkRowCount, iterateBulkRows, streamBulkRows } from "@/db/report/bulk";
import type { Actor } from "@/services/actor";
import { recordVerdict, resetArticle } from "@/services/claims";
import { listLiveClaimViews } from "@/db/claims";
import { addEvidence } from "@/services/evidence";
import { bulkFiltersOf, bulkQuerySchema } from "@/services/exports";
import { createArticle } from "../support/articles";
import { bulkCsvChunks, toCsv, toMarkdown } from "@/lib/export";
import { testDb } from "../support/db";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/connection";

const BODY = [
  "The city council approved a budget of $310 million on Tuesday, up 12% from last year.",
  "Mayor Ana Ruiz said the plan would hire 400 new teachers by 2026.",
  "Unemployment fell to 4.1% in March, the lowest rate since 2019.",
].join(" ");

const T0 = new Date("2025-03-01T09:00:00.000Z");
const T1 = new Date("2025-03-02T10:00:00.000Z");
const T2 = new Date("2025-03-03T11:00:00.000Z");
const OPTIONS = { verifiedOnly: false, organization: { name: "Desk", url: "https://desk.example" }, reportUrl: "https://desk.example/articles/1" };

function setup() {
  const t = testDb();
  const editor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
  const { id } = createArticle(t.db, { title: "Council budget", body: BODY, byline: "Jo Reporter", sourceUrl: "https://news.example/budget", publishedAt: "2025-02-28", language: "en" }, t.editorId, T0);
  const claims = t.db.$client.prepare("SELECT id, text, version FROM claims WHERE article_id = ? ORDER BY start").all(id) as { id: number; text: string; version: number }[];
  expect(claims.length).toBe(3);
  const version = (claimId: number) => (t.db.$client.prepare("SELECT version FROM claims WHERE id = ?").get(claimId) as { version: number }).version;
  return { ...t, editor, lead, articleId: id, claims, version };
}

describe("loadArticleReport", () => {
  it("returns null for a missing article", async () => {
    const { db } = setup();
    expect(loadArticleReport(db, 999, OPTIONS)).toBeNull();
  });

  it("has the article, claims in order, the latest note, reviewer, verdict time and evidence", async () => {
    const s = setup();
    const [a, b] = s.claims;
    await recordVerdict(s.db, s.editor, { claimId: a.id, status: "disputed", note: "First note", version: s.version(a.id) }, T1);
    await recordVerdict(s.db, s.lead, { claimId: a.id, status: "disputed", note: "The budget was $301 million.", version: s.version(a.id) }, T2);
    await recordVerdict(s.db, s.editor, { claimId: b.id, status: "supported", version: s.version(b.id) }, T1);
    await addEvidence(s.db, s.editor, { claimId: a.id, ...{ url: "https://example.org/budget", title: "Budget PDF", quote: "$301 million" } });
    await addEvidence(s.db, s.lead, { claimId: a.id, ...{ url: "https://example.org/minutes", title: "Minutes" } });

    const generatedAt = new Date("2025-04-01T00:00:00.000Z");
    const report = loadArticleReport(s.db, s.articleId, { ...OPTIONS, generatedAt })!;
    expect(report.article).toEqual({ id: s.articleId, title: "Council budget", byline: "Jo Reporter", sourceUrl: "https://news.example/budget", publishedAt: "2025-02-28", language: "en", version: 1 });
    expect(report.generatedAt).toEqual(generatedAt);
    expect(report.organization).toEqual(OPTIONS.organization);
    expect(report.reportUrl).toBe(OPTIONS.reportUrl);
    expect(report.claims.map((c) => c.id)).toEqual(s.claims.map((c) => c.id));
    expect(report.claims.map((c) => c.start)).toEqual([...report.claims.map((c) => c.start)].sort((x, y) => x - y));

    const [ra, rb, rc] = report.claims;
    expect(ra).toMatchObject({ status: "disputed", note: "The budget was $301 million.", reviewerName: "Leo", verdictAt: T2 });
    expect(ra.evidence.map((e) => [e.url, e.title, e.quote, e.addedByName])).toEqual([
      ["https://example.org/budget", "Budget PDF", "$301 million", "Eve"],
      ["https://example.org/minutes", "Minutes", "", "Leo"],
    ]);
    expect(ra.evidence[0].addedAt).toBeInstanceOf(Date);
    expect(rb).toMatchObject({ status: "supported", note: null, reviewerName: "Eve", verdictAt: T1, evidence: [] });
    expect(rc).toMatchObject({ status: "unreviewed", note: null, reviewerName: null, verdictAt: null });
    expect(typeof ra.checkworthy).toBe("boolean");

    // 3 verdicts + 2 evidence events; the last one is Leo's evidence (added "now", after T2).
    expect(report.history.changes).toBe(5);
    expect(report.history.lastChangeBy).toBe("Leo");
    expect(report.history.lastChangeAt!.getTime()).toBeGreaterThan(T2.getTime());
    expect(toMarkdown(report)).toContain("Leo");
  });

  it("reports no changes for a fresh article", async () => {
    const s = setup();
    const report = loadArticleReport(s.db, s.articleId, OPTIONS)!;
    expect(report.history).toEqual({ changes: 0, lastChangeAt: null, lastChangeBy: null });
    expect(report.claims).toHaveLength(3);
  });

  it("verifiedOnly keeps only claims with a verdict", async () => {
    const s = setup();
    await recordVerdict(s.db, s.editor, { claimId: s.claims[1].id, status: "needs_source", note: "Which budget line?", version: s.version(s.claims[1].id) }, T1);
    const report = loadArticleReport(s.db, s.articleId, { ...OPTIONS, verifiedOnly: true })!;
    expect(report.options.verifiedOnly).toBe(true);
    expect(report.claims.map((c) => c.id)).toEqual([s.claims[1].id]);
    expect(report.claims[0].note).toBe("Which budget line?");
    expect(toCsv(report, { bom: false }).split("\r\n").filter(Boolean)).toHaveLength(2);
  });

  it("numbers each claim by its place among all live claims, as the review desk does, whatever the filter", async () => {
    const s = setup();
    const [a, b, c] = s.claims;
    await recordVerdict(s.db, s.editor, { claimId: c.id, status: "supported", version: s.version(c.id) }, T1);
    const deskNumber = () => new Map(listLiveClaimViews(s.db, s.articleId).map((v, i) => [v.id, i + 1]));
    const numbers = (verifiedOnly: boolean) => loadArticleReport(s.db, s.articleId, { ...OPTIONS, verifiedOnly })!.claims.map((r) => [r.id, r.number]);

    expect(numbers(false)).toEqual([[a.id, 1], [b.id, 2], [c.id, 3]]);
    expect(numbers(true)).toEqual([[c.id, 3]]);
    for (const [id, n] of numbers(false)) expect(deskNumber().get(id)).toBe(n);

    // Retiring a claim renumbers the live ones, on the desk and in the report alike.
    s.db.$client.prepare("UPDATE claims SET deleted_at = ? WHERE id = ?").run(T2.getTime(), a.id);
    expect(numbers(false)).toEqual([[b.id, 1], [c.id, 2]]);
    expect(numbers(true)).toEqual([[c.id, 2]]);
    for (const [id, n] of numbers(false)) expect(deskNumber().get(id)).toBe(n);
  });

  it("drops retired claims and the note of a reset verdict", async () => {
    const s = setup();
    const [a, b] = s.claims;
    await recordVerdict(s.db, s.editor, { claimId: a.id, status: "disputed", note: "Old reason", version: s.version(a.id) }, T1);
    await resetArticle(s.db, s.lead, { articleId: s.articleId, note: "Start over" });
    s.db.$client.prepare("UPDATE claims SET deleted_at = ? WHERE id = ?").run(T2.getTime(), b.id);
    const report = loadArticleReport(s.db, s.articleId, OPTIONS)!;
    expect(report.claims.map((c) => c.id)).not.toContain(b.id);
    expect(report.claims.find((c) => c.id === a.id)).toMatchObject({ status: "unreviewed", note: null, reviewerName: null, verdictAt: null });
    expect(report.history).toMatchObject({ changes: 2, lastChangeBy: "Leo" });
  });
});

describe("iterateBulkRows", () => {
  async function twoArticles() {
    const s = setup();
    const other = createArticle(s.db, { title: "Otro artículo", body: "El desempleo bajó un 4% en 2024, según el INE.", language: "es" }, s.leadId, T2);
    await recordVerdict(s.db, s.editor, { claimId: s.claims[0].id, status: "disputed", note: "Wrong figure", version: s.version(s.claims[0].id) }, T1);
    await addEvidence(s.db, s.editor, { claimId: s.claims[0].id, ...{ url: "https://example.org/a" } });
    await addEvidence(s.db, s.editor, { claimId: s.claims[0].id, ...{ url: "https://example.org/b" } });
    return { ...s, otherId: other.id };
  }

  it("yields every live claim with article, note, reviewer and evidence count", async () => {
    const s = await twoArticles();
    const rows = [...iterateBulkRows(s.db)];
    const total = (s.db.$client.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;
    expect(rows).toHaveLength(total);
    expect(bulkRowCount(s.db)).toBe(total);
    expect(rows.map((r) => r.createdAt.getTime())).toEqual([...rows.map((r) => r.createdAt.getTime())].sort((x, y) => x - y));
    const first = rows.find((r) => r.claimId === s.claims[0].id)!;
    expect(first).toMatchObject({
      articleId: s.articleId,
      articleTitle: "Council budget",
      articleUrl: "https://news.example/budget",
      language: "en",
      status: "disputed",
      note: "Wrong figure",
      reviewerName: "Eve",
      verdictAt: T1,
      evidenceCount: 2,
      createdAt: T0,
    });
    expect(first.updatedAt.getTime()).toBeGreaterThan(T1.getTime());
    expect(rows.find((r) => r.articleId === s.otherId)).toMatchObject({ language: "es", articleUrl: null, evidenceCount: 0, note: null });
  });

  it("numbers each claim as its article's report does (text order, not creation order), also after a claim is retired", async () => {
    const s = await twoArticles();
    const [a, b, c] = s.claims;
    // The last claim in the text was created first: bulk rows come in creation order, numbers in text order.
    s.db.$client.prepare("UPDATE claims SET created_at = ? WHERE id = ?").run(T0.getTime() - 1000, c.id);
    const bulk = () => [...iterateBulkRows(s.db)].map((r): [number, number] => [r.claimId, r.number]);
    const reported = () =>
      [s.articleId, s.otherId].flatMap((id) => loadArticleReport(s.db, id, OPTIONS)!.claims.map((r): [number, number] => [r.id, r.number]));
    expect(bulk()[0]).toEqual([c.id, 3]);
    expect(new Map(bulk())).toEqual(new Map(reported()));
    expect(bulk().filter(([id]) => s.claims.some((k) => k.id === id))).toEqual([[c.id, 3], [a.id, 1], [b.id, 2]]);

    s.db.$client.prepare("UPDATE claims SET deleted_at = ? WHERE id = ?").run(T2.getTime(), a.id);
    expect(new Map(bulk()).get(b.id)).toBe(1);
    expect(new Map(bulk()).get(c.id)).toBe(2);
    expect(new Map(bulk())).toEqual(new Map(reported()));
  });

  it("filters by status, article, date range, and skips retired claims", async () => {
    const s = await twoArticles();
    const ids = (f: Parameters<typeof iterateBulkRows>[1]) => [...iterateBulkRows(s.db, f)].map((r) => r.claimId);
    expect(ids({ status: "disputed" })).toEqual([s.claims[0].id]);
    expect(bulkRowCount(s.db, { status: "disputed" })).toBe(1);
    expect(ids({ articleId: s.articleId })).toEqual(s.claims.map((c) => c.id));
    const day = bulkFiltersOf({ from: "2025-03-03", to: "2025-03-03" });
    expect([...iterateBulkRows(s.db, day)].every((r) => r.articleId === s.otherId)).toBe(true);
    expect(bulkRowCount(s.db, day)).toBeGreaterThan(0);
    expect(ids(bulkFiltersOf({ from: "2025-03-01", to: "2025-03-01" }))).toEqual(s.claims.map((c) => c.id));
    expect(ids(bulkFiltersOf({ to: "2025-02-28" }))).toEqual([]);
    s.db.$client.prepare("UPDATE claims SET deleted_at = 1 WHERE id = ?").run(s.claims[1].id);
    expect(ids({ articleId: s.articleId })).toEqual([s.claims[0].id, s.claims[2].id]);
    expect(bulkRowCount(s.db, { articleId: s.articleId })).toBe(2);
  });

  it("is lazy: nothing runs before next(), and break closes the cursor", async () => {
    const s = await twoArticles();
    const rows = iterateBulkRows(s.db);
    // Not started: the connection is free for writes.
    await recordVerdict(s.db, s.editor, { claimId: s.claims[2].id, status: "supported", version: s.version(s.claims[2].id) }, T2);
    let seen = 0;
    for (const row of rows) {
      expect(row.claimId).toBe(s.claims[0].id);
      seen++;
      // Mid-iteration the connection refuses writes: the documented reason for a separate connection.
      await expect(recordVerdict(s.db, s.editor, { claimId: s.claims[1].id, status: "supported", version: s.version(s.claims[1].id) }, T2)).rejects.toThrow(/busy/);
      break;
    }
    expect(seen).toBe(1);
    // After break the cursor is closed and the connection usable again.
    await expect(recordVerdict(s.db, s.editor, { claimId: s.claims[1].id, status: "supported", version: s.version(s.claims[1].id) }, T2)).resolves.not.toThrow();
  });

  it("feeds the streaming bulk CSV formatter", async () => {
    const s = await twoArticles();
    const chunks = bulkCsvChunks(iterateBulkRows(s.db, { articleId: s.articleId }));
    let text = "";
    for await (const chunk of chunks) text += chunk;
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(1 + 3);
    expect(text).toContain("Wrong figure");
  });

  it("streamBulkRows reads through its own read-only connection, opened lazily", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-report-"));
    const file = path.join(dir, "t.db");
    const db = openDatabase(file);
    try {
      const userId = db.$client.prepare("INSERT INTO users (email, name, role, password_hash) VALUES ('x@t', 'X', 'editor', 'x') RETURNING id").get() as { id: number };
      createArticle(db, { title: "A", body: BODY, language: "en" }, userId.id, T0);
      const lazy = streamBulkRows(db);
      expect(() => lazy.return()).not.toThrow(); // never started: never opened
      const rows = streamBulkRows(db);
      const first = rows.next();
      expect(first.done).toBe(false);
      // The app's connection can still write while the export's cursor is open.
      expect(() => db.$client.prepare("UPDATE articles SET title = 'B'").run()).not.toThrow();
      expect([...rows]).toHaveLength(2);
    } finally {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bulkQuerySchema", () => {
  it("accepts blanks and defaults to CSV", async () => {
    expect(bulkQuerySchema.parse({ format: "", from: "", to: "", status: "", articleId: "" })).toEqual({ format: "csv" });
    expect(bulkQuerySchema.parse({ format: "json", from: "2025-01-01", to: "2025-01-31", status: "needs_source", articleId: "12" })).toMatchObject({
      format: "json",
      status: "needs_source",
      articleId: 12,
    });
  });

  it.each([
    [{ format: "xml" }, /format must be "csv" or "json"/],
    [{ from: "2025-02-30" }, /from must be a real date/],
    [{ to: "yesterday" }, /to must be a real date/],
    [{ status: "true" }, /status must be one of/],
    [{ articleId: "-3" }, /articleId must be a positive whole number/],
    [{ from: "2025-02-02", to: "2025-02-01" }, /after the end date/],
  ])("refuses %j", (input, message) => {
    const parsed = bulkQuerySchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].message).toMatch(message);
  });
});
