/**
 * How the load generator authenticates as each reviewer: a session from the Auth.js
 * credentials flow (what a signed-in browser sends), or a personal API token.
 */
import type { Reviewer } from "./setup";

export type AuthMode = "session" | "token" | "mixed";

/** `name=value` pairs of Set-Cookie headers, for a Cookie header. */
function cookiePairs(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of res.headers.getSetCookie()) {
    const pair = c.split(";")[0];
    const eq = pair.indexOf("=");
    if (eq > 0) out.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return out;
}

const cookieHeader = (m: Map<string, string>) => [...m].map(([k, v]) => `${k}=${v}`).join("; ");

/**
 * GET /api/auth/csrf (cookie + csrfToken), then POST /api/auth/callback/credentials as a form:
 * a 302 with the `authjs.session-token` cookie. Returns the Cookie header to send.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf: ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiePairs(csrfRes);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }).toString(),
  });
  for (const [k, v] of cookiePairs(res)) jar.set(k, v);
  const session = [...jar.keys()].find((k) => k === "authjs.session-token" || k === "__Secure-authjs.session-token");
  if (res.status !== 302 || !session) throw new Error(`sign-in as ${email} failed: ${res.status} ${res.headers.get("location") ?? ""}`);
  return `${session}=${jar.get(session)}`;
}

/** The headers each reviewer's requests carry, checked against GET /api/me. */
export async function authHeaders(baseUrl: string, reviewers: Reviewer[], mode: AuthMode): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for (const [i, r] of reviewers.entries()) {
    const useSession = mode === "session" || (mode === "mixed" && i % 2 === 0);
    const headers: Record<string, string> = useSession ? { cookie: await signIn(baseUrl, r.email, r.password) } : { authorization: `Bearer ${r.token}` };
    const me = await fetch(`${baseUrl}/api/me`, { headers });
    if (!me.ok) throw new Error(`GET /api/me as ${r.email} (${useSession ? "session" : "token"}): ${me.status} ${await me.text()}`);
    out.push(headers);
  }
  return out;
}
