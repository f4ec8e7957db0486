import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createArticleViaApi, signedInRequest, waitForBackgroundWork, type ApiClaim } from "./support/api";
import { changedTables, databaseChecksum, tableChecksums } from "./support/db-checksum";
import { prng, randomValue } from "./support/fuzz";
import { API, PAGES } from "./support/route-table";
import { signInAs } from "./support/sign-in-page";
import { DEMO } from "./support/users";

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const TEN_MB = "x".repeat(10 * 1024 * 1024);

let admin: APIRequestContext;
let editor: APIRequestContext;
let claim: ApiClaim;
let editorId: number;
let adminId: number;
let articleId: number;

/** A refusal the user can read: a 4xx with a short JSON message, no SQL or stack trace. */
async function expectClearRefusal(res: APIResponse, label: string) {
  expect(res.status(), `${label}: ${await res.text().catch(() => "")}`.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(res.status(), label).toBeLessThan(500);
  if (res.status() === 404 && !(res.headers()["content-type"] ?? "").includes("json")) return;
  const body = await res.json();
  expect(typeof body.error, label).toBe("string");
  expect(body.error.length, label).toBeGreaterThan(5);
  expect(body.error.length, label).toBeLessThan(300);
  expect(body.error, label).not.toMatch(/SQLITE|sqlite|stack|at \w+ \(|TypeError|undefined/);
}

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(300_000); // waiting for the other specs' background work below
  admin = await signedInRequest(playwright, baseURL, DEMO.admin.email);
  editor = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const created = await createArticleViaApi(editor, { title: "Fuzz target", body: "Inflation was 3.4% in June, the central bank said.\n\nWages rose 2%." });
  claim = created.claims[0];
  articleId = created.id;
  editorId = (await (await editor.get("/api/me")).json()).id;
  adminId = (await (await admin.get("/api/me")).json()).id;
  // The other specs may have left matching or a retrain running: checksums need a still database.
  const lead = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  await waitForBackgroundWork(lead);
  await lead.dispose();
});

test.afterAll(async () => {
  await admin.dispose();
  await editor.dispose();
});

test("a fixed corpus of bad input gets clear 4xx answers and changes nothing", async () => {
  const before = databaseChecksum();
  const json = (data: unknown) => ({ data: Buffer.from(JSON.stringify(data)), headers: { "content-type": "application/json" } });
  const raw = (bytes: Buffer) => ({ data: bytes, headers: { "content-type": "application/json" } });
  const cases: [string, () => Promise<APIResponse>][] = [
    // Import
    ["article: empty object", () => editor.post("/api/articles", json({}))],
    ["article: empty body", () => editor.post("/api/articles", json({ title: "T", body: "" }))],
    ["article: whitespace body", () => editor.post("/api/articles", json({ title: "T", body: " \n\t " }))],
    ["article: NUL bytes", () => editor.post("/api/articles", json({ title: "T", body: "abc\u0000def" }))],
    ["article: 10 MB", () => editor.post("/api/articles", json({ title: "T", body: TEN_MB }))],
    ["article: invalid UTF-8", () => editor.post("/api/articles", raw(Buffer.concat([Buffer.from('{"title":"T","body":"'), Buffer.from([0xff, 0xfe, 0xfd, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('"}')])))],
    ["article: wrong types", () => editor.post("/api/articles", json({ title: 5, body: ["a"] }))],
    ["article: title too long", () => editor.post("/api/articles", json({ title: "T".repeat(600), body: "Text." }))],
    ["article: bad date", () => editor.post("/api/articles", json({ title: "T", body: "Text here.", publishedAt: "'; DROP TABLE articles; --" }))],
    ["article: bad language", () => editor.post("/api/articles", json({ title: "T", body: "Text here.", language: "fr" }))],
    ["article: javascript source URL", () => editor.post("/api/articles", json({ title: "T", body: "Text here.", sourceUrl: "javascript:alert(1)" }))],
    ["article: javascript import URL", () => editor.post("/api/articles", json({ url: "javascript:alert(1)" }))],
    ["article: file import URL", () => editor.post("/api/articles", json({ url: "file:///etc/passwd" }))],
    ["article: closed local port", () => editor.post("/api/articles", json({ url: "http://127.0.0.1:9/" }))],
    ["article: not JSON", () => editor.post("/api/articles", raw(Buffer.from("title=T&body=x")))],
    ["article: JSON array", () => editor.post("/api/articles", json([1, 2, 3]))],
    // Verdicts
    ["verdict: missing fields", () => editor.post(`/api/claims/${claim.id}/verdict`, json({}))],
    ["verdict: SQL in status", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "supported'; DROP TABLE claims; --", version: claim.version }))],
    ["verdict: string version", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "supported", version: "1 OR 1=1" }))],
    ["verdict: negative version", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "supported", version: -1 }))],
    ["verdict: stale version", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "supported", version: claim.version + 7 }))],
    ["verdict: disputed without note", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "disputed", note: "\u0000 ", version: claim.version }))],
    ["verdict: 10 MB note", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "disputed", note: TEN_MB, version: claim.version }))],
    ["verdict: unreviewed is not a verdict", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "unreviewed", version: claim.version }))],
    ["verdict: claim 0", () => editor.post("/api/claims/0/verdict", json({ status: "supported", version: 1 }))],
    ["verdict: huge id", () => editor.post("/api/claims/99999999999999999999/verdict", json({ status: "supported", version: 1 }))],
    ["verdict: hex id", () => editor.post("/api/claims/0x10/verdict", json({ status: "supported", version: 1 }))],
    ["verdict: SQL id", () => editor.post("/api/claims/1%20OR%201=1/verdict", json({ status: "supported", version: 1 }))],
    // Evidence
    ["evidence: javascript URL", () => editor.post(`/api/claims/${claim.id}/evidence`, json({ url: "javascript:alert(document.cookie)", title: "x" }))],
    ["evidence: data URL", () => editor.post(`/api/claims/${claim.id}/evidence`, json({ url: "data:text/html,<script>alert(1)</script>" }))],
    ["evidence: relative URL", () => editor.post(`/api/claims/${claim.id}/evidence`, json({ url: "/etc/passwd" }))],
    ["evidence: no URL", () => editor.post(`/api/claims/${claim.id}/evidence`, json({ title: "t", quote: "q" }))],
    ["evidence: 10 MB quote", () => editor.post(`/api/claims/${claim.id}/evidence`, json({ url: "https://example.org", quote: TEN_MB }))],
    ["evidence: delete missing", () => editor.delete(`/api/claims/${claim.id}/evidence/424242`)],
    ["evidence: delete on other claim", () => editor.delete(`/api/claims/99999999/evidence/1`)],
    // Comments
    ["comment: empty", () => editor.post(`/api/claims/${claim.id}/comments`, json({ body: "" }))],
    ["comment: whitespace", () => editor.post(`/api/claims/${claim.id}/comments`, json({ body: "   \n " }))],
    ["comment: wrong type", () => editor.post(`/api/claims/${claim.id}/comments`, json({ body: { $gt: "" } }))],
    ["comment: 10 MB", () => editor.post(`/api/claims/${claim.id}/comments`, json({ body: TEN_MB }))],
    // Assignment
    ["assign: missing", () => editor.post(`/api/claims/${claim.id}/assign`, json({}))],
    ["assign: nobody", () => editor.post(`/api/claims/${claim.id}/assign`, json({ userId: 99999999 }))],
    // One text and date policy: control characters, bidi overrides and impossible dates are refused everywhere
    ["article: bidi override in title", () => editor.post("/api/articles", json({ title: "report\u202etxt.exe", body: "Text here." }))],
    ["article: ESC in byline", () => editor.post("/api/articles", json({ title: "T", body: "Text here.", byline: "Ana\u001b[31m Ruiz" }))],
    ["article: NUL in title", () => editor.post("/api/articles", json({ title: "T\u0000", body: "Text here." }))],
    ["article: impossible date", () => editor.post("/api/articles", json({ title: "T", body: "Text here.", publishedAt: "2024-02-30" }))],
    ["article: date with junk", () => editor.post("/api/articles", json({ title: "T", body: "Text here.", publishedAt: "2024-13-45 junk" }))],
    ["user: bidi override in name", () => admin.post("/api/users", json({ email: "bidi@claimdesk.local", name: "\u202egpj.exe", role: "editor", password: "long-enough-password" }))],
    ["verdict: bidi override in note", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "disputed", note: "fine\u2066hidden\u2069", version: claim.version }))],
    // Cookie writes from anywhere but the app's own pages (CSRF)
    ["csrf: another origin", () => editor.post(`/api/claims/${claim.id}/comments`, { data: { body: "hi" }, headers: { origin: "http://127.0.0.1:9999" } })],
    ["csrf: text/plain form", () => editor.post(`/api/claims/${claim.id}/comments`, { data: Buffer.from('{"body":"hi"}'), headers: { "content-type": "text/plain" } })],
    ["csrf: url-encoded form", () => editor.post(`/api/claims/${claim.id}/verdict`, { form: { status: "supported", version: String(claim.version) } })],
    // The two-person rule, source requests, publication and desk settings
    ["confirm: no version", () => editor.post(`/api/claims/${claim.id}/confirm`, json({}))],
    ["confirm: nothing awaits", () => editor.post(`/api/claims/${claim.id}/confirm`, json({ version: claim.version }))],
    ["send back: empty note", () => editor.post(`/api/claims/${claim.id}/send-back`, json({ version: claim.version, note: "  " }))],
    ["verdict: impossible due date", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "needs_source", note: "Which?", version: claim.version, dueAt: "2024-02-30" }))],
    ["verdict: admin owns a source", () => editor.post(`/api/claims/${claim.id}/verdict`, json({ status: "needs_source", note: "Which?", version: claim.version, sourceOwnerId: adminId }))],
    ["publish: editors may not", () => editor.post(`/api/articles/${articleId}/publish`, json({ note: "" }))],
    ["publish: note of the wrong type", () => admin.post(`/api/articles/${articleId}/publish`, json({ note: 5 }))],
    ["publish: claims still open", () => admin.post(`/api/articles/${articleId}/publish`, json({ note: "" }))],
    ["withdraw: never published", () => admin.post(`/api/articles/${articleId}/withdraw`, json({ reason: "x" }))],
    ["settings: unknown rule", () => admin.put("/api/settings", json({ twoPersonRule: "sometimes" }))],
    ["settings: editors may not", () => editor.put("/api/settings", json({ twoPersonRule: "off" }))],
    ["report: unknown slug", () => editor.get("/reports/no-such-report/v/1/report.json")],
    ["report: version zero", () => editor.get("/reports/no-such-report/v/0/report.json")],
    // User admin
    ["user: bad email", () => admin.post("/api/users", json({ email: "not-an-email", name: "X", role: "editor", password: "long-enough-password" }))],
    ["user: short password", () => admin.post("/api/users", json({ email: "new@claimdesk.local", name: "X", role: "editor", password: "short" }))],
    ["user: bad role", () => admin.post("/api/users", json({ email: "new@claimdesk.local", name: "X", role: "superuser", password: "long-enough-password" }))],
    ["user: control chars in name", () => admin.post("/api/users", json({ email: "new@claimdesk.local", name: "A\u0000B", role: "editor", password: "long-enough-password" }))],
    ["user: duplicate email", () => admin.post("/api/users", json({ email: DEMO.editor.email.toUpperCase(), name: "X", role: "editor", password: "long-enough-password" }))],
    ["user: SQL email", () => admin.post("/api/users", json({ email: "x'--@claimdesk.local' OR 1=1", name: "X", role: "editor", password: "long-enough-password" }))],
    ["user: unknown field", () => admin.patch(`/api/users/${editorId}`, json({ isAdmin: true }))],
    ["user: empty change", () => admin.patch(`/api/users/${editorId}`, json({}))],
    ["user: missing user", () => admin.patch("/api/users/99999999", json({ disabled: true }))],
    // The model (leads)
    ["retrain: string seed", () => admin.post("/api/model/retrain", json({ seed: "1; DROP TABLE checkworthiness_models" }))],
    ["retrain: editor", () => editor.post("/api/model/retrain", json({}))],
    ["retrain progress: unknown", () => admin.get("/api/model/retrain/99999999")],
    ["rescore: no model version", () => admin.post(`/api/articles/${articleId}/rescore`, json({}))],
    ["rescore: another model version", () => admin.post(`/api/articles/${articleId}/rescore`, json({ modelVersion: "cw-not-in-use" }))],
    ["rescore: editor", () => editor.post(`/api/articles/${articleId}/rescore`, json({ modelVersion: "cw-lr-5" }))],
    ["user: editor cannot admin", () => editor.post("/api/users", json({ email: "x@claimdesk.local", name: "X", role: "admin", password: "long-enough-password" }))],
  ];
  // Checked after every case, so a failure names the case and the tables it changed.
  let tables = tableChecksums();
  for (const [label, call] of cases) {
    await expectClearRefusal(await call(), label);
    const now = tableChecksums();
    expect(changedTables(tables, now), `tables changed by "${label}"`).toEqual([]);
    tables = now;
  }
  expect((await editor.get("/api/health")).status()).toBe(200);
  expect(databaseChecksum()).toBe(before);
});

test(`seeded random input (seed ${SEED}) is refused with 4xx and changes nothing`, async () => {
  const rand = prng(SEED);
  const before = databaseChecksum();
  const routes = [
    (v: unknown) => editor.post(`/api/claims/${claim.id}/verdict`, { data: { status: v, note: randomValue(rand), version: randomValue(rand) } }),
    (v: unknown) => editor.post(`/api/claims/${claim.id}/evidence`, { data: { url: rand.pick(["javascript:", "data:", "", "vbscript:x", "mailto:a@b"]) + String(v).slice(0, 50), title: randomValue(rand), quote: randomValue(rand) } }),
    (v: unknown) => editor.post(`/api/claims/${claim.id}/comments`, { data: { body: typeof v === "string" && v.trim() ? { nested: v } : v } }),
    (v: unknown) => editor.post("/api/articles", { data: { title: randomValue(rand), body: typeof v === "string" ? 42 : v } }),
    (v: unknown) => admin.post("/api/users", { data: { email: `${String(v).slice(0, 20)}`, name: randomValue(rand), role: v, password: "x" } }),
    (v: unknown) => editor.post(`/api/claims/${claim.id}/assign`, { data: { userId: typeof v === "number" ? -Math.abs(v) - 1 : v === null ? false : v } }),
    (v: unknown) => editor.post(`/api/claims/${claim.id}/confirm`, { data: { version: v } }),
    (v: unknown) => editor.post(`/api/claims/${claim.id}/send-back`, { data: { version: typeof v === "number" ? -1 : v, note: randomValue(rand) } }),
    (v: unknown) => admin.post(`/api/articles/${articleId}/publish`, { data: { note: v } }),
    (v: unknown) => admin.put("/api/settings", { data: { twoPersonRule: v } }),
  ];
  for (let i = 0; i < 150; i++) {
    const route = rand.pick(routes);
    const value = randomValue(rand);
    await expectClearRefusal(await route(value), `case ${i} of seed ${SEED}: ${JSON.stringify(value)?.slice(0, 120)}`);
  }
  expect((await editor.get("/api/health")).status()).toBe(200);
  expect(databaseChecksum()).toBe(before);
});

test("SQL-looking and HTML text that is valid is stored verbatim and never rendered as markup", async ({ page }) => {
  const note = "'; DROP TABLE claims; -- <img src=x onerror=alert(1)>";
  const res = await editor.post(`/api/claims/${claim.id}/verdict`, { data: { status: "disputed", note, version: claim.version } });
  expect(res.status()).toBe(200);
  const history = (await (await editor.get(`/api/claims/${claim.id}/history`)).json()) as { note: string | null }[];
  expect(history.at(-1)?.note).toBe(note);
  await signInAs(page, "editor");
  await page.goto(`/articles/${articleId}?claim=${claim.id}`);
  await expect(page.getByTestId("history")).toContainText(note);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
});

test("every GET route and page leaves the database unchanged", async ({ playwright, baseURL }) => {
  const lead = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const list = (await (await lead.get("/api/articles")).json()) as { articles: { id: number; title: string }[] };
  const article = list.articles.find((a) => a.title === "Fuzz target")!.id;
  // Matching of the article's claims runs in the background after its import: let it finish.
  await expect.poll(async () => ((await (await lead.get(`/api/articles/${article}`)).json()) as { matching: { running: boolean } }).matching.running).toBe(false);
  const detail = (await (await lead.get(`/api/articles/${article}`)).json()) as { claims: { id: number }[] };
  const ids = { article, claim: detail.claims[0].id, editor: editorId };
  const gets = [
    ...Object.entries(API).filter(([key]) => key.startsWith("GET ")).map(([key, row]) => [key, row.path(ids)] as const),
    ...Object.entries(PAGES).map(([key, row]) => [`page ${key}`, row.path(ids)] as const),
  ];
  expect(gets.length).toBeGreaterThan(20);
  const before = databaseChecksum();
  for (const [label, path] of gets) {
    for (const who of [admin, lead, editor]) {
      const res = await who.get(path, { maxRedirects: 0 });
      expect(res.status(), `${label} ${path}`).toBeLessThan(500);
      await res.body();
    }
    expect(databaseChecksum(), `${label} wrote to the database`).toBe(before);
  }
  await lead.dispose();
});
