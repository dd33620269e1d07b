/**
 * Classifies an IP address as reachable on the public internet or not, for the webhook targets the
 * backend posts to (SSRF: a target must never be the metadata server, a private network, or the
 * function's own host). Pure: addresses come in as text, as node:dns answers them or as WHATWG URL
 * normalises a host (which already turns "2852039166", "0x7f.1" and "0251.0376.0251.0376" into dotted
 * decimal, and IPv6 into compressed hex).
 */

/** Why an address is refused; null when it is public. */
export type AddressRefusal =
  | "unspecified"
  | "loopback"
  | "private"
  | "shared address space (CGNAT)"
  | "link-local"
  | "multicast"
  | "reserved"
  | "unique-local"
  | "not an IP address";

interface Range4 {
  base: number;
  bits: number;
  why: AddressRefusal;
}

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and successors): everything not globally
// reachable, plus the documentation and benchmarking blocks nobody legitimately serves webhooks from.
const V4_RANGES: Range4[] = [
  { base: v4(0, 0, 0, 0), bits: 8, why: "unspecified" },
  { base: v4(10, 0, 0, 0), bits: 8, why: "private" },
  { base: v4(100, 64, 0, 0), bits: 10, why: "shared address space (CGNAT)" },
  { base: v4(127, 0, 0, 0), bits: 8, why: "loopback" },
  { base: v4(169, 254, 0, 0), bits: 16, why: "link-local" },
  { base: v4(172, 16, 0, 0), bits: 12, why: "private" },
  { base: v4(192, 0, 0, 0), bits: 24, why: "reserved" },
  { base: v4(192, 0, 2, 0), bits: 24, why: "reserved" },
  { base: v4(192, 88, 99, 0), bits: 24, why: "reserved" },
  { base: v4(192, 168, 0, 0), bits: 16, why: "private" },
  { base: v4(198, 18, 0, 0), bits: 15, why: "reserved" },
  { base: v4(198, 51, 100, 0), bits: 24, why: "reserved" },
  { base: v4(203, 0, 113, 0), bits: 24, why: "reserved" },
  { base: v4(224, 0, 0, 0), bits: 4, why: "multicast" },
  { base: v4(240, 0, 0, 0), bits: 4, why: "reserved" },
];

/** Dotted-decimal IPv4 (four parts 0-255, no leading zeros) as a 32-bit number, or null. */
export function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** IPv6 text (with or without brackets, "::" and a dotted IPv4 tail) as 8 hextets, or null. */
export function parseIpv6(text: string): number[] | null {
  let s = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(":")) return null;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(":");
  const maybeV4 = s.slice(lastColon + 1);
  if (maybeV4.includes(".")) {
    const n = parseIpv4(maybeV4);
    if (n === null) return null;
    tail = [n >>> 16, n & 0xffff];
    const before = s.slice(0, lastColon + 1);
    s = before.endsWith("::") ? before : s.slice(0, lastColon);
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const groups = (h: string | undefined) => (h === undefined || h === "" ? [] : h.split(":"));
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const hex: number[] = [];
  for (const g of [...head, ...rest]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    hex.push(parseInt(g, 16));
  }
  const wanted = 8 - tail.length;
  if (halves.length === 1) {
    if (hex.length !== wanted) return null;
    return [...hex, ...tail];
  }
  if (hex.length >= wanted) return null;
  const zeros = Array<number>(wanted - hex.length).fill(0);
  return [...hex.slice(0, head.length), ...zeros, ...hex.slice(head.length), ...tail];
}

function classifyIpv4(n: number): AddressRefusal | null {
  if (n === 0xffffffff) return "reserved";
  for (const r of V4_RANGES) {
    const mask = r.bits === 0 ? 0 : (~0 << (32 - r.bits)) >>> 0;
    if ((n & mask) >>> 0 === r.base) return r.why;
  }
  return null;
}

function classifyIpv6(h: number[]): AddressRefusal | null {
  const [h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0] = h;
  const embedded = ((h6 << 16) | h7) >>> 0;
  const firstFiveZero = h0 === 0 && h1 === 0 && h2 === 0 && h3 === 0 && h4 === 0;
  if (firstFiveZero && h5 === 0 && h6 === 0) {
    if (h7 === 0) return "unspecified";
    if (h7 === 1) return "loopback";
  }
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms reach the
  // embedded IPv4 address: judge that one.
  if (firstFiveZero && (h5 === 0xffff || h5 === 0)) return classifyIpv4(embedded);
  // NAT64 (64:ff9b::/96) translates to the embedded IPv4 address as well.
  if (h0 === 0x64 && h1 === 0xff9b && h2 === 0 && h3 === 0 && h4 === 0 && h5 === 0)
    return classifyIpv4(embedded);
  // 6to4 (2002::/16) carries an IPv4 address in hextets 1-2.
  if (h0 === 0x2002) return classifyIpv4(((h1 << 16) | h2) >>> 0);
  if ((h0 & 0xffc0) === 0xfe80) return "link-local";
  if ((h0 & 0xffc0) === 0xfec0) return "private"; // site-local, deprecated but still routed inside sites
  if ((h0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((h0 & 0xff00) === 0xff00) return "multicast";
  if (h0 === 0x2001 && h1 === 0x0db8) return "reserved"; // documentation
  if (h0 === 0x0100 && h1 === 0 && h2 === 0 && h3 === 0) return "reserved"; // discard-only
  if (h0 === 0) return "reserved"; // the rest of ::/8 is unassigned or special
  return null;
}

/** Why `address` (IPv4 dotted decimal or IPv6) may not be a webhook target, or null when public. */
export function classifyIp(address: string): AddressRefusal | null {
  const n4 = parseIpv4(address);
  if (n4 !== null) return classifyIpv4(n4);
  const n6 = parseIpv6(address);
  if (n6 !== null) return classifyIpv6(n6);
  return "not an IP address";
}

/** Whether `host` is an IP literal at all (dotted IPv4, or IPv6 with or without brackets). */
export function isIpLiteral(host: string): boolean {
  return parseIpv4(host) !== null || parseIpv6(host) !== null;
}
