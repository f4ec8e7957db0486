/**
 * Where to send a user after signing in: only a path on this app. The value is resolved the way a
 * browser resolves a Location header (which turns `/\host`, `//host` and tab- or newline-broken
 * spellings into another host), and anything that leaves the app's origin falls back.
 */
const SENTINEL = "http://claimdesk.invalid";

export function safeLocalPath(raw: string | null | undefined, fallback = "/articles"): string {
  if (!raw || !raw.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, SENTINEL);
  } catch {
    return fallback;
  }
  if (url.origin !== SENTINEL) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
