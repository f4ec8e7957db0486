import dns from "node:dns";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchArticle, isPrivateAddress, parseHttpUrl } from "@/lib/import";
import { ARTICLE_HTML, html, startLocalServer, type LocalServer } from "./local-server";

// Every IPv4 and IPv6 form that must never be fetched. The IPv6 entries that embed an IPv4
// address are the review's finding: they used to pass as "public".
const PRIVATE = [
  // IPv4 ranges, at both ends where the range is not a whole octet
  "0.0.0.0", "0.255.255.255", "10.0.0.1", "100.64.0.1", "100.127.255.255", "127.0.0.1", "127.255.255.254",
  "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.1", "192.0.2.1", "192.88.99.1", "192.168.1.1",
  "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.255", "240.0.0.1",
  "255.255.255.255",
  // IPv4-mapped ::ffff:0:0/96, hex and dotted, compressed and in full
  "::ffff:127.0.0.1", "::ffff:7f00:1", "0:0:0:0:0:ffff:7f00:1", "0000:0000:0000:0000:0000:FFFF:7F00:0001",
  "::ffff:a9fe:a9fe", "::ffff:169.254.169.254", "::ffff:a00:1", "::ffff:c0a8:101", "::FFFF:C0A8:101", "::ffff:0.0.0.0",
  // IPv4-compatible ::/96, IPv4-translated ::ffff:0:0:0/96
  "::127.0.0.1", "::7f00:1", "::a00:1", "::ffff:0:7f00:1", "::ffff:0:127.0.0.1", "::ffff:0:a9fe:a9fe",
  // NAT64 well-known 64:ff9b::/96 and local-use 64:ff9b:1::/48
  "64:ff9b::7f00:1", "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b::c0a8:101", "64:ff9b:1::a00:1", "64:ff9b:1::7f00:1",
  // 6to4 2002::/16 and Teredo 2001::/32 (server in clear, client inverted)
  "2002:7f00:1::", "2002:a9fe:a9fe::1", "2002:c0a8:101::1", "2001:0:7f00:1::1", "2001:0:808:808::80ff:fffe",
  "2001:0:4136:e378:8000:63bf:3fff:fdd2",
  // IPv6 ranges
  "::", "::1", "0:0:0:0:0:0:0:1", "fc00::1", "fd12:3456::1", "fe80::1", "febf:ffff::1", "fec0::1", "feff::1",
  "ff02::1", "ff0e::1", "2001:db8::1", "2001:db8:ffff::1", "100::1", "100::ffff:ffff:ffff:ffff",
  // Not addresses at all, zone-scoped, non-canonical IPv4 spellings, URL brackets: fail closed
  "", "localhost", "example.com", "127.1", "0x7f000001", "2130706433", "017700000001", "0127.0.0.1", "1.2.3",
  "1.2.3.4.5", "::ffff:1.2.3", "1::2::3", "fe80::1%eth0", "2606:4700::1111%1", " 8.8.8.8", "[::1]",
];

const PUBLIC = [
  "8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1",
  "192.0.3.1", "192.88.98.1", "192.169.0.1", "198.17.255.255", "198.20.0.1", "223.255.255.255",
  "2606:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e", "[2606:4700::1111]",
  "::ffff:8.8.8.8", "::ffff:808:808", "::8.8.8.8", "::ffff:0:808:808", "64:ff9b::808:808", "64:ff9b::8.8.8.8",
  "2002:808:808::1", "2001:0:808:808:0:0:f7f7:f7f7",
];

describe("isPrivateAddress", () => {
  it.each(PRIVATE)("refuses %j", (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(PUBLIC)("allows %j", (address) => expect(isPrivateAddress(address)).toBe(false));
});

describe("parseHttpUrl", () => {
  it.each(["", "   ", "not a url", "http://", "http://[::ffff:127.0.0.1", "http://1.2.3.4.5/", "http://[fe80::1%25eth0]/"])(
    "refuses the malformed %j",
    (raw) => expect(() => parseHttpUrl(raw)).toThrow("That is not a valid URL."),
  );
  it.each(["ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,<p>x</p>", "gopher://127.0.0.1:70/"])(
    "refuses the scheme of %j",
    (raw) => expect(() => parseHttpUrl(raw)).toThrow("Only http and https URLs can be imported."),
  );
  it.each(["http://user:pass@example.com/", "https://user@example.com/", "http://:pass@example.com/"])(
    "refuses credentials in %j",
    (raw) => expect(() => parseHttpUrl(raw)).toThrow("URLs with a user name or password are not imported."),
  );
  it("normalises upper-case schemes and hosts", () => {
    const url = parseHttpUrl("  HTTPS://News.EXAMPLE.com/Story?ID=1 ");
    expect([url.protocol, url.hostname, url.href]).toEqual(["https:", "news.example.com", "https://news.example.com/Story?ID=1"]);
    expect(parseHttpUrl("HTTP://[::FFFF:127.0.0.1]:8080/").hostname).toBe("[::ffff:7f00:1]");
  });
  it.each(["http://2130706433/", "http://0x7f.1/", "http://017700000001/", "http://127.1/", "http://0x7F.0.0.1/", "http://127.0.0.1./"])(
    "rewrites the IPv4 spelling %j to 127.0.0.1",
    (raw) => expect(parseHttpUrl(raw).hostname).toBe("127.0.0.1"),
  );
});

describe("fetchArticle", () => {
  let server: LocalServer;
  const PRIVATE_MESSAGE = "is a private or local address; ClaimDesk does not fetch those.";
  // The real check, except for the one literal the test server listens on.
  const trustTestServer = (address: string) => (address === "127.0.0.1" ? false : isPrivateAddress(address));
  const trusted = { allowPrivate: false, isBlockedAddress: trustTestServer };
  const at = (template: string) => template.replaceAll("PORT", String(server.port));

  beforeAll(async () => {
    server = await startLocalServer({
      "/article": (_req, res) => html(res, ARTICLE_HTML),
      "/plain": (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("A plain text article, long enough to be imported as one."),
      "/pdf": (_req, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
      "/big": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 20; i++) res.write("<p>" + "x".repeat(1000) + "</p>");
        res.end();
      },
      "/big-declared": (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-length": "50000" }).end("x".repeat(50000)),
      "/silent": () => {}, // never answers
      "/trickle": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).write("<p>Once upon"), // never finishes
      "/gone": (_req, res) => html(res, "<p>Gone</p>", 410),
      "/forbidden": (_req, res) => html(res, "<p>No</p>", 403),
      "/empty": (_req, res) => html(res, "<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"),
      "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
      "/not-modified": (_req, res) => res.writeHead(304).end(),
      "/redirect": (req, res) => {
        const to = new URL(req.url ?? "", "http://x").searchParams.get("to") ?? "/";
        res.writeHead(302, { location: to.replaceAll("PORT", String(server.port)) }).end();
      },
      "/bad-redirect": (_req, res) => res.writeHead(302, { location: "http://[::ffff:127.0.0.1" }).end(),
    });
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.hits.length = 0;
    vi.restoreAllMocks();
  });

  it("imports a page when the policy allows its address", async () => {
    const page = await fetchArticle(server.url("/article"), trusted);
    expect(page.title).toBe("Council passes budget");
    expect(page.body).toContain("The city council approved the new budget");
    expect(page.url).toBe(server.url("/article"));
    expect(page.htmlLang).toBe("en");
  });

  it("refuses the same URL with the default policy, before connecting", async () => {
    await expect(fetchArticle(server.url("/article"), { allowPrivate: false })).rejects.toMatchObject({
      code: "bad_request",
      message: `127.0.0.1 ${PRIVATE_MESSAGE}`,
    });
    expect(server.hits).toEqual([]);
  });

  it("fetches private addresses when allowPrivate is set", async () => {
    expect((await fetchArticle(server.url("/article"), { allowPrivate: true })).title).toBe("Council passes budget");
  });

  it.each([
    ["http://[::ffff:127.0.0.1]:PORT/article", "[::ffff:7f00:1]"],
    ["http://[::ffff:7f00:1]:PORT/article", "[::ffff:7f00:1]"],
    ["http://[0:0:0:0:0:ffff:7f00:1]:PORT/article", "[::ffff:7f00:1]"],
    ["HTTP://[::FFFF:7F00:1]:PORT/article", "[::ffff:7f00:1]"],
    ["hTTp://127.0.0.1:PORT/article", "127.0.0.1"],
    ["http://2130706433:PORT/article", "127.0.0.1"],
    ["http://0x7f.1:PORT/article", "127.0.0.1"],
    ["http://017700000001:PORT/article", "127.0.0.1"],
    ["http://127.1:PORT/article", "127.0.0.1"],
    ["http://0.0.0.0:PORT/article", "0.0.0.0"],
    ["http://[::1]:PORT/article", "[::1]"],
    ["http://[::]:PORT/article", "[::]"],
    ["http://localhost:PORT/article", "localhost"],
    ["http://LOCALHOST.:PORT/article", "localhost."],
    ["http://app.localhost:PORT/article", "app.localhost"],
    ["http://[::ffff:a9fe:a9fe]/latest/meta-data/", "[::ffff:a9fe:a9fe]"],
    ["http://[64:ff9b::7f00:1]:PORT/article", "[64:ff9b::7f00:1]"],
  ])("refuses %s with the default policy", async (template, host) => {
    await expect(fetchArticle(at(template), { allowPrivate: false })).rejects.toThrow(`${host} ${PRIVATE_MESSAGE}`);
    expect(server.hits).toEqual([]);
  });

  it.each([
    ["http://[::ffff:7f00:1]:PORT/article", "[::ffff:7f00:1]"],
    ["http://[0:0:0:0:0:ffff:7f00:1]:PORT/article", "[::ffff:7f00:1]"],
    ["http://[::ffff:127.0.0.1]:PORT/article", "[::ffff:7f00:1]"],
    ["HTTP://[::FFFF:7F00:1]:PORT/article", "[::ffff:7f00:1]"],
    ["http://0x7f.0.0.2:PORT/article", "127.0.0.2"],
    ["http://[::1]:PORT/article", "[::1]"],
    ["http://localhost:PORT/article", "localhost"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254"],
    ["http://[::ffff:a9fe:a9fe]/latest/meta-data/", "[::ffff:a9fe:a9fe]"],
  ])("refuses a redirect from an allowed host to %s", async (target, host) => {
    const start = server.url(`/redirect?to=${encodeURIComponent(target)}`);
    await expect(fetchArticle(start, trusted)).rejects.toThrow(`${host} ${PRIVATE_MESSAGE}`);
    expect(server.hits).toHaveLength(1); // the redirect itself, never its target
  });

  it("follows a redirect to an allowed address", async () => {
    const page = await fetchArticle(server.url("/redirect?to=/article"), trusted);
    expect(page.url).toBe(server.url("/article"));
    expect(server.hits).toEqual(["/redirect?to=/article", "/article"]);
  });

  it("applies the same rules to redirect targets as to the first URL", async () => {
    const go = (to: string) => fetchArticle(server.url(`/redirect?to=${encodeURIComponent(to)}`), trusted);
    await expect(go("file:///etc/passwd")).rejects.toThrow("Only http and https URLs can be imported.");
    await expect(go("http://user:pw@127.0.0.1:PORT/article")).rejects.toThrow("URLs with a user name or password are not imported.");
    await expect(fetchArticle(server.url("/bad-redirect"), trusted)).rejects.toThrow("The page redirects to an invalid URL.");
  });

  it("checks the addresses a name resolves to, at connect time", async () => {
    const lookup = vi.spyOn(dns, "lookup");
    const answer = (addresses: dns.LookupAddress[]) =>
      lookup.mockImplementation(((_host: string, _options: unknown, callback: (e: null, a: dns.LookupAddress[]) => void) =>
        callback(null, addresses)) as unknown as typeof dns.lookup);
    const url = `http://news.example:${server.port}/article`;

    answer([{ address: "127.0.0.1", family: 4 }]);
    expect((await fetchArticle(url, trusted)).url).toBe(url);
    expect(lookup).toHaveBeenCalled();

    for (const address of ["::ffff:7f00:1", "::ffff:127.0.0.1", "::1", "10.0.0.1"]) {
      answer([{ address, family: 6 }]);
      await expect(fetchArticle(url, trusted)).rejects.toThrow(`news.example ${PRIVATE_MESSAGE}`);
    }
    answer([{ address: "127.0.0.1", family: 4 }, { address: "::ffff:a00:1", family: 6 }]);
    await expect(fetchArticle(url, trusted)).rejects.toThrow(`news.example ${PRIVATE_MESSAGE}`);
    expect(server.hits).toEqual(["/article"]);
  });

  it.each(["/silent", "/trickle", "/redirect?to=/silent"])("gives up on %s after the time limit", async (path) => {
    const started = Date.now();
    await expect(fetchArticle(server.url(path), { ...trusted, timeoutMs: 300 })).rejects.toThrow("127.0.0.1 did not answer in time.");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("keeps the default time limit when timeoutMs is explicitly undefined", async () => {
    expect((await fetchArticle(server.url("/article"), { ...trusted, timeoutMs: undefined })).title).toBe("Council passes budget");
  });

  it("refuses content that is not a web page", async () => {
    await expect(fetchArticle(server.url("/pdf"), trusted)).rejects.toThrow("That URL is not a web page (application/pdf).");
  });

  it("imports text/plain as it is", async () => {
    expect((await fetchArticle(server.url("/plain"), trusted)).body).toBe("A plain text article, long enough to be imported as one.");
  });

  it.each(["/big", "/big-declared"])("refuses the oversized body of %s", async (path) => {
    await expect(fetchArticle(server.url(path), { ...trusted, maxBytes: 5_000 })).rejects.toMatchObject({
      code: "too_large",
      message: "That page is too large to import.",
    });
  });

  it("stops after too many redirects", async () => {
    await expect(fetchArticle(server.url("/loop"), { ...trusted, maxRedirects: 2 })).rejects.toThrow("The URL redirects too many times.");
    expect(server.hits).toEqual(["/loop", "/loop", "/loop"]);
  });

  it.each([
    ["/gone", 410],
    ["/forbidden", 403],
    ["/nowhere", 404],
    ["/not-modified", 304],
  ])("refuses the error answer of %s", async (path, status) => {
    await expect(fetchArticle(server.url(path), trusted)).rejects.toThrow(`The page answered ${status}; nothing was imported.`);
  });

  it("says so when a page has no article text", async () => {
    await expect(fetchArticle(server.url("/empty"), trusted)).rejects.toThrow("No article text was found on that page.");
  });
});
