import { describe, expect, it } from "vitest";
import { isPrivateAddress, parseHttpUrl } from "@/lib/import";

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
