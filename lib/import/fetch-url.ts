import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { AppError } from "../errors";
import { isPrivateAddress } from "./address";
import { parseHttpOnlyUrl } from "./http-url";
import { extractArticleFromHtml, type ExtractedArticle } from "./html";

export { isPrivateAddress } from "./address";

export type FetchOptions = {
  /** Fetch loopback and private addresses too (local development, the CLI's --allow-private). */
  allowPrivate: boolean;
  /** Time for the whole import, redirects included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * Which IP addresses are refused (true = refused); defaults to isPrivateAddress and is
   * ignored when allowPrivate is set. A seam for tests, which serve pages on 127.0.0.1 and
   * still need every other address, redirects included, to get the real check.
   */
  isBlockedAddress?: (address: string) => boolean;
};

type Settings = Required<FetchOptions> & { deadline: number };

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 5_000_000, maxRedirects: 5 };
const allowAll = () => false;

/** An importable URL, in canonical form (see parseHttpOnlyUrl), so the checks below see canonical addresses. */
export function parseHttpUrl(raw: string): URL {
  const url = parseHttpOnlyUrl(raw, { invalid: "That is not a valid URL.", notHttp: "Only http and https URLs can be imported." });
  if (url.username || url.password) throw new AppError("bad_request", "URLs with a user name or password are not imported.");
  return url;
}

const refused = () => Object.assign(new Error("private address"), { code: "EPRIVATE" });

/**
 * The pre-connect check for one hop. Node connects to IP literals without calling the
 * lookup function, so literals are checked here, with the same function the lookup uses
 * for resolved names. "localhost" names (RFC 6761) are loopback whatever DNS says.
 */
function checkHost(url: URL, opts: Settings): void {
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  if (net.isIP(host)) {
    if (opts.isBlockedAddress(host)) throw refused();
    return;
  }
  const name = host.replace(/\.$/, "");
  if (!opts.allowPrivate && (name === "localhost" || name.endsWith(".localhost"))) throw refused();
}

/**
 * The address check for names runs inside the socket's DNS lookup, so the address that is
 * checked is the address that is connected to (no window for DNS rebinding).
 */
function guardedLookup(isBlocked: (address: string) => boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      if (list.length === 0 || list.some((a) => isBlocked(a.address))) return callback(refused(), "", 4);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

type Fetched = { status: number; contentType: string; body: string; location: string | null };

const timedOut = () => Object.assign(new Error("timeout"), { code: "ETIMEDOUT" });
const tooLarge = () => Object.assign(new Error("too large"), { code: "ETOOLARGE" });

function requestOnce(url: URL, opts: Settings): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const remaining = opts.deadline - Date.now();
    if (remaining <= 0) return reject(timedOut());
    try {
      checkHost(url, opts);
    } catch (error) {
      return reject(error);
    }
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(
      url,
      {
        // A fresh connection per hop: a pooled keep-alive socket would skip the lookup below.
        agent: false,
        lookup: guardedLookup(opts.isBlockedAddress),
        headers: { "user-agent": "ClaimDesk/1.0 (article import)", accept: "text/html,application/xhtml+xml,text/plain;q=0.8" },
        timeout: remaining,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location ?? null;
        const contentType = String(res.headers["content-type"] ?? "");
        if (status >= 300 && status < 400) {
          res.resume();
          return resolve({ status, contentType, body: "", location });
        }
        // A declared length over the cap is refused before any of it is read.
        if (Number(res.headers["content-length"] ?? 0) > opts.maxBytes) return req.destroy(tooLarge());
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) return req.destroy(tooLarge());
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status, contentType, body: Buffer.concat(chunks).toString("utf8"), location }));
        res.on("error", reject);
      },
    );
    // The socket timeout only notices silence; this one also ends a page that trickles in.
    const deadline = setTimeout(() => req.destroy(timedOut()), remaining);
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(timedOut()));
    req.on("error", reject);
  });
}

/** The next hop, held to the same rules as the first URL (a bad Location is a refusal, not a crash). */
function redirectTarget(location: string, base: URL): URL {
  let target: string;
  try {
    target = new URL(location, base).href;
  } catch {
    throw new AppError("bad_request", "The page redirects to an invalid URL.");
  }
  return parseHttpUrl(target);
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

function settings(options: FetchOptions): Settings {
  // Explicit undefined values (e.g. an unset environment variable) must not erase a default.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as FetchOptions;
  const merged = { ...DEFAULTS, ...given };
  const isBlockedAddress = options.allowPrivate ? allowAll : (options.isBlockedAddress ?? isPrivateAddress);
  return { ...merged, isBlockedAddress, deadline: Date.now() + merged.timeoutMs };
}

/** Fetches a page (http/https only, size and time capped, every hop re-checked) and extracts its article. */
export async function fetchArticle(rawUrl: string, options: FetchOptions): Promise<ExtractedArticle & { url: string }> {
  const opts = settings(options);
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
      url = redirectTarget(page.location, url);
      continue;
    }
    if (page.status >= 300) throw new AppError("bad_request", `The page answered ${page.status}; nothing was imported.`);
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
