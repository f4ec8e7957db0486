import { AppError } from "../errors";

/**
 * `raw` (trimmed) as an http(s) URL, or a bad_request AppError with the caller's wording.
 * Evidence links and imported URLs both keep to http(s): other schemes could run script
 * when clicked, or read files and other services when fetched.
 *
 * The WHATWG parser lower-cases the scheme and host and rewrites every IPv4 spelling
 * (2130706433, 0x7f.1, 017700000001, 127.1) and IPv6 spelling to one canonical form, so
 * later checks only ever see canonical addresses.
 */
export function parseHttpOnlyUrl(raw: string, messages: { invalid: string; notHttp: string }): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError("bad_request", messages.invalid);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("bad_request", messages.notHttp);
  return url;
}
