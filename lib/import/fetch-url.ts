import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { AppError } from "../errors";
import { isPrivateAddress } from "./address";
import { extractArticleFromHtml, type ExtractedArticle } from "./html";

export { isPrivateAddress } from "./address";

export type FetchOptions = { allowPrivate: boolean; timeoutMs?: number; maxBytes?: number; maxRedirects?: number };

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 5_000_000, maxRedirects: 5 };

export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError("bad_request", "That is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("bad_request", "Only http and https URLs can be imported.");
  if (url.username || url.password) throw new AppError("bad_request", "URLs with a user name or password are not imported.");
  return url;
}

/**
 * The address check runs inside the socket's DNS lookup, so the address that is checked is
 * the address that is connected to (no window for DNS rebinding).
 */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      const blocked = !allowPrivate && list.some((a) => isPrivateAddress(a.address));
      if (blocked || list.length === 0) {
        const refused = Object.assign(new Error("private address"), { code: "EPRIVATE" });
        return callback(refused, "", 4);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

type Fetched = { status: number; contentType: string; body: string; location: string | null };

function requestOnce(url: URL, opts: Required<FetchOptions>): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    if (!opts.allowPrivate && net.isIP(url.hostname.replace(/^\[|\]$/g, "")) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ""))) {
      return reject(Object.assign(new Error("private address"), { code: "EPRIVATE" }));
    }
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(
      url,
      {
        lookup: guardedLookup(opts.allowPrivate),
        headers: { "user-agent": "ClaimDesk/1.0 (article import)", accept: "text/html,application/xhtml+xml,text/plain;q=0.8" },
        timeout: opts.timeoutMs,
      },
      (res) => {
        const location = res.headers.location ?? null;
        const contentType = String(res.headers["content-type"] ?? "");
        if ((res.statusCode ?? 0) >= 300 && (res.statusCode ?? 0) < 400) {
          res.resume();
          return resolve({ status: res.statusCode ?? 0, contentType, body: "", location });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            req.destroy(Object.assign(new Error("too large"), { code: "ETOOLARGE" }));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType, body: Buffer.concat(chunks).toString("utf8"), location }));
        res.on("error", reject);
      },
    );
    const deadline = setTimeout(() => req.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })), opts.timeoutMs);
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
    req.on("error", reject);
  });
}

function explain(error: unknown, url: URL): AppError {
  const code = (error as { code?: string }).code;
  if (code === "EPRIVATE") return new AppError("bad_request", `${url.hostname} is a private or local address; ClaimDesk does not fetch those.`);
  if (code === "ETIMEDOUT") return new AppError("bad_request", `${url.hostname} did not answer in time.`);
  if (code === "ETOOLARGE") return new AppError("too_large", "That page is too large to import.");
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new AppError("bad_request", `Could not find the host ${url.hostname}.`);
  if (code === "ECONNREFUSED" || code === "ECONNRESET") return new AppError("bad_request", `Could not connect to ${url.hostname}.`);
  return new AppError("bad_request", `Could not fetch ${url.href}.`);
}

/** Fetches a page (http/https only, size and time capped, redirects re-checked) and extracts its article. */
export async function fetchArticle(rawUrl: string, options: FetchOptions): Promise<ExtractedArticle & { url: string }> {
  const opts = { ...DEFAULTS, ...options } as Required<FetchOptions>;
  let url = parseHttpUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    let page: Fetched;
    try {
      page = await requestOnce(url, opts);
    } catch (error) {
      throw explain(error, url);
    }
    if (page.status >= 300 && page.status < 400 && page.location) {
      if (hop >= opts.maxRedirects) throw new AppError("bad_request", "The URL redirects too many times.");
      url = parseHttpUrl(new URL(page.location, url).href);
      continue;
    }
    if (page.status >= 400) throw new AppError("bad_request", `The page answered ${page.status}; nothing was imported.`);
    if (!/html|xml|text\/plain/i.test(page.contentType) && page.contentType !== "") {
      throw new AppError("bad_request", `That URL is not a web page (${page.contentType.split(";")[0]}).`);
    }
    const article = /text\/plain/i.test(page.contentType)
      ? { title: "", byline: null, publishedAt: null, body: page.body, htmlLang: null }
      : extractArticleFromHtml(page.body);
    if (!article || article.body.trim().length < 40) throw new AppError("bad_request", "No article text was found on that page.");
    return { ...article, url: url.href };
  }
}
