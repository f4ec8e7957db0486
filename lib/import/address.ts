import net from "node:net";

/**
 * Which IP addresses an import may connect to. Everything here is decided on parsed
 * addresses (net.isIP, net.BlockList, 16-byte IPv6), never on string prefixes: one address
 * has many spellings (::ffff:127.0.0.1, ::ffff:7f00:1, 0:0:0:0:0:ffff:7f00:1), and a
 * string test that knows one spelling lets the others through.
 */

type Rule = [network: string, prefix: number];

/** Special-purpose IPv4 ranges (RFC 6890 and the IANA registry) that a public page never lives on. */
const IPV4_RULES: Rule[] = [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, includes the cloud metadata service 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // deprecated 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, includes broadcast 255.255.255.255
];

/** IPv6 ranges that are local or never routed. Ranges that embed an IPv4 address are handled by embeddedIPv4. */
const IPV6_RULES: Rule[] = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["100::", 64], // discard-only
  ["2001:2::", 48], // benchmarking
  ["2001:db8::", 32], // documentation
  ["3fff::", 20], // documentation (RFC 9637)
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still routed locally by some stacks)
  ["ff00::", 8], // multicast
];

function blockList(rules: Rule[], family: "ipv4" | "ipv6"): net.BlockList {
  const list = new net.BlockList();
  for (const [network, prefix] of rules) list.addSubnet(network, prefix, family);
  return list;
}

// Separate lists per family, each checked only with its own family, so that BlockList's
// own cross-family matching (which differs between Node versions) never decides anything.
const IPV4_BLOCKED = blockList(IPV4_RULES, "ipv4");
const IPV6_BLOCKED = blockList(IPV6_RULES, "ipv6");
const GLOBAL_UNICAST = blockList([["2000::", 3]], "ipv6");

/** The 16 bytes of an IPv6 address that net.isIPv6 accepted (zone already removed). */
function ipv6Bytes(address: string): number[] | null {
  let text = address;
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    // Trailing dotted quad (::ffff:127.0.0.1): rewrite it as two hex groups.
    if (!net.isIPv4(tail)) return null;
    const [a, b, c, d] = tail.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => Number.parseInt(g, 16)));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const words = [...head, ...Array<number>(missing).fill(0), ...rest];
  if (words.some((w) => !Number.isInteger(w) || w < 0 || w > 0xffff)) return null;
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

const dotted = (b: number[]) => b.join(".");
const zero = (bytes: number[], from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);

/**
 * The IPv4 address at RFC 6052 position for a NAT64 prefix of the given length
 * (bits 64-71 are the reserved "u" octet and are skipped).
 */
function rfc6052(bytes: number[], prefixLength: 32 | 40 | 48 | 56 | 64 | 96): string {
  const start = prefixLength / 8;
  const octets = prefixLength === 96 ? bytes.slice(12, 16) : [...bytes.slice(start, 8), ...bytes.slice(9)].slice(0, 4);
  return dotted(octets);
}

/**
 * Every IPv4 address an IPv6 address carries, for the forms that make the network (or a
 * translator, relay or tunnel) deliver to that IPv4 address. An address may carry two
 * (Teredo) or, for local NAT64, one per possible prefix length; all must be public.
 * Returns null when the address is not one of these forms.
 */
function embeddedIPv4(bytes: number[]): string[] | null {
  const last = dotted(bytes.slice(12, 16));
  const word = (i: number) => (bytes[i * 2] << 8) | bytes[i * 2 + 1];
  if (zero(bytes, 0, 10) && word(5) === 0xffff) return [last]; // IPv4-mapped ::ffff:0:0/96
  if (zero(bytes, 0, 12)) return [last]; // IPv4-compatible ::/96 (includes :: and ::1)
  if (zero(bytes, 0, 8) && word(4) === 0xffff && word(5) === 0) return [last]; // IPv4-translated ::ffff:0:0:0/96
  if (word(0) === 0x64 && word(1) === 0xff9b && zero(bytes, 4, 12)) return [last]; // NAT64 well-known 64:ff9b::/96
  if (word(0) === 0x64 && word(1) === 0xff9b && word(2) === 1) {
    // Local-use NAT64 64:ff9b:1::/48: the operator picks the prefix length (/48 to /96), so
    // the IPv4 address could sit at any of these positions.
    return ([48, 56, 64, 96] as const).map((length) => rfc6052(bytes, length));
  }
  if (word(0) === 0x2002) return [dotted(bytes.slice(2, 6))]; // 6to4 2002::/16
  if (word(0) === 0x2001 && word(1) === 0) {
    // Teredo 2001::/32: the server's address in clear, the client's inverted in the last 32 bits.
    return [dotted(bytes.slice(4, 8)), dotted(bytes.slice(12, 16).map((b) => b ^ 0xff))];
  }
  return null;
}

/**
 * True unless the address is a public unicast IP address. Loopback, private, link-local,
 * CGNAT, multicast, documentation and reserved ranges are never fetched, in any IPv4 or
 * IPv6 spelling, including IPv6 forms that embed an IPv4 address. Anything that does not
 * parse as an IP address, or carries a zone (fe80::1%eth0), counts as private: fail closed.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  if (bare.includes("%")) return true; // scoped addresses are local by definition
  const family = net.isIP(bare);
  if (family === 4) return IPV4_BLOCKED.check(bare, "ipv4");
  if (family !== 6) return true;
  const bytes = ipv6Bytes(bare);
  if (!bytes) return true;
  if (IPV6_BLOCKED.check(bare, "ipv6")) return true;
  const embedded = embeddedIPv4(bytes);
  if (embedded) return embedded.some((v4) => !net.isIPv4(v4) || IPV4_BLOCKED.check(v4, "ipv4"));
  // Only 2000::/3 is allocated for global unicast; anything else cannot be a public server.
  return !GLOBAL_UNICAST.check(bare, "ipv6");
}
