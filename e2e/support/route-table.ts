/**
 * Every page and route handler of the app with a path to call it by and who may use it: the
 * authorization matrix checks each cell, and the read-only test calls every GET.
 */
export type Who = "anonymous" | "editor" | "lead" | "admin" | "disabled";
export const WHO: Who[] = ["anonymous", "editor", "lead", "admin", "disabled"];
export type Role = "editor" | "lead" | "admin";
const RANK: Record<Role, number> = { editor: 1, lead: 2, admin: 3 };

/** A status code, a redirect to sign-in, a redirect elsewhere, or a server action's outcome. */
export type Cell = number | "signin" | { redirect: string } | "allowed" | "needs-role" | "session-ended";
export type Expectations = Record<Who, Cell>;

function byRole(min: Role, allowed: Cell, signedOut: Cell, disabled: Cell, refused: Cell): Expectations {
  const cell = (role: Role) => (RANK[role] >= RANK[min] ? allowed : refused);
  return { anonymous: signedOut, disabled, editor: cell("editor"), lead: cell("lead"), admin: cell("admin") };
}
const page = (min: Role, allowed: Cell = 200) => byRole(min, allowed, "signin", "signin", 403);
const api = (min: Role, allowed: Cell) => byRole(min, allowed, 401, 401, 403);
export const action = (min: Role) => byRole(min, "allowed", "signin", "session-ended", "needs-role");
export const everyone = (cell: Cell): Expectations => ({ anonymous: cell, editor: cell, lead: cell, admin: cell, disabled: cell });

export type Ids = { article: number; claim: number; editor: number };

export const PAGES: Record<string, { path: (ids: Ids) => string; expect: Expectations }> = {
  "/": { path: () => "/", expect: { ...everyone({ redirect: "/articles" }), anonymous: "signin" } },
  "/signin": { path: () => "/signin", expect: { ...everyone({ redirect: "/articles" }), anonymous: 200, disabled: 200 } },
  "/articles": { path: () => "/articles", expect: page("editor") },
  "/articles/new": { path: () => "/articles/new", expect: page("editor") },
  "/articles/[id]": { path: (ids) => `/articles/${ids.article}`, expect: page("editor") },
  "/articles/[id]/history": { path: (ids) => `/articles/${ids.article}/history`, expect: page("editor") },
  "/articles/[id]/versions": { path: (ids) => `/articles/${ids.article}/versions`, expect: page("editor") },
  "/settings": { path: () => "/settings", expect: page("editor") },
  "/search": { path: () => "/search?q=gang", expect: page("editor") },
  "/dashboard": { path: () => "/dashboard", expect: page("lead") },
  "/export": { path: () => "/export", expect: page("lead") },
  "/model": { path: () => "/model", expect: page("lead") },
  "/admin/users": { path: () => "/admin/users", expect: page("admin") },
  "/admin/desk": { path: () => "/admin/desk", expect: page("admin") },
  // Public: no sign-in for anyone, and an address that was never published is a 404 (never a 403).
  // The published case (200 for an anonymous reader) is driven in e2e/publication.spec.ts.
  "/reports/[slug]": { path: () => "/reports/never-published", expect: everyone(404) },
  "/reports/[slug]/v/[n]": { path: (ids) => `/reports/article-${ids.article}/v/1`, expect: everyone(404) },
};

type ApiRow = { path: (ids: Ids) => string; body?: unknown; expect: Expectations };
export const API: Record<string, ApiRow> = {
  "GET /api/health": { path: () => "/api/health", expect: everyone(200) },
  "GET /api/auth/[...nextauth]": { path: () => "/api/auth/providers", expect: everyone(200) },
  // Without the CSRF token Auth.js refuses every POST, signed in or not.
  "POST /api/auth/[...nextauth]": { path: () => "/api/auth/session", expect: everyone(400) },
  "GET /api/me": { path: () => "/api/me", expect: api("editor", 200) },
  "GET /api/articles": { path: () => "/api/articles", expect: api("editor", 200) },
  "POST /api/articles": { path: () => "/api/articles", body: {}, expect: api("editor", 400) },
  "GET /api/articles/[id]": { path: (ids) => `/api/articles/${ids.article}`, expect: api("editor", 200) },
  "GET /api/articles/[id]/export": { path: (ids) => `/api/articles/${ids.article}/export?format=json`, expect: api("editor", 200) },
  "GET /api/articles/[id]/versions": { path: (ids) => `/api/articles/${ids.article}/versions`, expect: api("editor", 200) },
  "POST /api/articles/[id]/versions": { path: (ids) => `/api/articles/${ids.article}/versions`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/recheck": { path: (ids) => `/api/claims/${ids.claim}/recheck`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/restore": { path: (ids) => `/api/claims/${ids.claim}/restore`, body: {}, expect: api("editor", 400) },
  "POST /api/articles/[id]/reset": { path: (ids) => `/api/articles/${ids.article}/reset`, body: {}, expect: api("lead", 400) },
  // No modelVersion: refused before anything is rescored.
  "POST /api/articles/[id]/rescore": { path: (ids) => `/api/articles/${ids.article}/rescore`, body: {}, expect: api("lead", 400) },
  "GET /api/claims/[id]": { path: (ids) => `/api/claims/${ids.claim}`, expect: api("editor", 200) },
  "GET /api/claims/[id]/history": { path: (ids) => `/api/claims/${ids.claim}/history`, expect: api("editor", 200) },
  "POST /api/claims/[id]/verdict": { path: (ids) => `/api/claims/${ids.claim}/verdict`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/evidence": { path: (ids) => `/api/claims/${ids.claim}/evidence`, body: {}, expect: api("editor", 400) },
  "DELETE /api/claims/[id]/evidence/[evidenceId]": { path: (ids) => `/api/claims/${ids.claim}/evidence/987654321`, expect: api("editor", 404) },
  "POST /api/claims/[id]/comments": { path: (ids) => `/api/claims/${ids.claim}/comments`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/assign": { path: (ids) => `/api/claims/${ids.claim}/assign`, body: {}, expect: api("editor", 400) },
  "GET /api/claims/[id]/matches": { path: (ids) => `/api/claims/${ids.claim}/matches`, expect: api("editor", 200) },
  "POST /api/claims/[id]/matches": { path: (ids) => `/api/claims/${ids.claim}/matches`, body: {}, expect: api("editor", 200) },
  "POST /api/claims/[id]/reuse": { path: (ids) => `/api/claims/${ids.claim}/reuse`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/matches/[matchedClaimId]/dismiss": { path: (ids) => `/api/claims/${ids.claim}/matches/987654321/dismiss`, body: {}, expect: api("editor", 404) },
  "GET /api/search": { path: () => "/api/search?q=gang", expect: api("editor", 200) },
  "GET /api/dashboard": { path: () => "/api/dashboard", expect: api("lead", 200) },
  "GET /api/model": { path: () => "/api/model", expect: api("lead", 200) },
  // A bad seed: refused before a retrain starts (e2e/model.spec.ts drives a real one).
  "POST /api/model/retrain": { path: () => "/api/model/retrain", body: { seed: -1 }, expect: api("lead", 400) },
  "GET /api/model/retrain/[id]": { path: () => "/api/model/retrain/987654321", expect: api("lead", 404) },
  "GET /api/export": { path: () => "/api/export?format=json&status=supported&from=2000-01-01&to=2000-01-02", expect: api("lead", 200) },
  "GET /api/users": { path: () => "/api/users", expect: api("admin", 200) },
  "POST /api/users": { path: () => "/api/users", body: {}, expect: api("admin", 400) },
  "PATCH /api/users/[id]": { path: (ids) => `/api/users/${ids.editor}`, body: {}, expect: api("admin", 400) },
  "POST /api/claims/[id]/confirm": { path: (ids) => `/api/claims/${ids.claim}/confirm`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/send-back": { path: (ids) => `/api/claims/${ids.claim}/send-back`, body: {}, expect: api("editor", 400) },
  "POST /api/articles/[id]/publish": { path: (ids) => `/api/articles/${ids.article}/publish`, body: { note: 5 }, expect: api("lead", 400) },
  "POST /api/articles/[id]/withdraw": { path: (ids) => `/api/articles/${ids.article}/withdraw`, body: {}, expect: api("admin", 400) },
  "GET /api/articles/[id]/publications": { path: (ids) => `/api/articles/${ids.article}/publications`, expect: api("editor", 200) },
  "GET /api/settings": { path: () => "/api/settings", expect: api("editor", 200) },
  "PUT /api/settings": { path: () => "/api/settings", body: {}, expect: api("admin", 400) },
  "GET /reports/[slug]/v/[n]/report.json": { path: () => "/reports/never-published/v/1/report.json", expect: everyone(404) },
};

