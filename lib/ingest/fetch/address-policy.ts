/**
 * Which IP addresses the fetcher may connect to.
 *
 * A server that fetches user-supplied links can be turned against its own
 * network (SSRF): the link points at 127.0.0.1, the router, a database on
 * 10.x, or the cloud metadata service that hands out credentials. The rule
 * here is default-deny: only globally routable unicast addresses pass. Every
 * IPv6 spelling that embeds an IPv4 address (mapped, compatible, NAT64, 6to4)
 * is judged by the IPv4 address inside it, so `::ffff:127.0.0.1` is loopback.
 */
import ipaddr from "ipaddr.js";

export interface AddressPolicyOptions {
  /**
   * Allow 127.0.0.0/8 and ::1 (and nothing else). For tests that start a
   * local server; the service turns it on only with LACUNA_ALLOW_LOOPBACK_FETCH=1.
   */
  allowLoopback?: boolean;
}

export type AddressVerdict =
  | { allowed: true; address: string; family: 4 | 6 }
  | { allowed: false; address: string; reason: BlockReason; description: string };

export type BlockReason =
  | "not_an_ip"
  | "loopback"
  | "private"
  | "shared"
  | "link_local"
  | "metadata"
  | "multicast"
  | "unspecified"
  | "broadcast"
  | "reserved"
  | "documentation"
  | "unique_local"
  | "ipv6_transition";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Cloud instance metadata endpoints (AWS, AWS IPv6, Alibaba; GCP/Azure share 169.254.169.254). */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "169.254.170.2"]);

/** ipaddr.js range names mapped to our reasons; anything not listed and not "unicast" is "reserved". */
const IPV4_REASONS: Record<string, BlockReason> = {
  loopback: "loopback",
  private: "private",
  carrierGradeNat: "shared",
  linkLocal: "link_local",
  multicast: "multicast",
  unspecified: "unspecified",
  broadcast: "broadcast",
};

const IPV6_REASONS: Record<string, BlockReason> = {
  loopback: "loopback",
  linkLocal: "link_local",
  multicast: "multicast",
  unspecified: "unspecified",
  uniqueLocal: "unique_local",
  deprecatedSiteLocal: "private",
};

/** TEST-NET-1/2/3 and 2001:db8::/32 get their own reason so the message is clearer. */
const DOCUMENTATION_CIDRS: [Address, number][] = [
  ipaddr.parseCIDR("192.0.2.0/24"),
  ipaddr.parseCIDR("198.51.100.0/24"),
  ipaddr.parseCIDR("203.0.113.0/24"),
  ipaddr.parseCIDR("2001:db8::/32"),
];

const DESCRIPTIONS: Record<BlockReason, string> = {
  not_an_ip: "not an IP address",
  loopback: "a loopback address (this machine itself)",
  private: "a private network address",
  shared: "a carrier-grade NAT (shared) address",
  link_local: "a link-local address",
  metadata: "a cloud metadata service address",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  reserved: "a reserved address",
  documentation: "a documentation-only address",
  unique_local: "a private (unique-local) IPv6 address",
  ipv6_transition: "an IPv6 transition address that can hide an internal IPv4 address",
};

/**
 * Parse a host written as an IP address in any spelling the resolver might
 * accept: dotted quad, IPv6 (with or without brackets), and the legacy
 * inet_aton forms — decimal `2130706433`, hex `0x7f000001`, octal
 * `0177.0.0.1`, short `127.1` — plus a trailing dot. Returns null for names.
 */
export function parseIpLiteral(host: string): Address | null {
  let text = host.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  // Zone ids (fe80::1%eth0) only exist on link-local addresses; drop them so the range check still runs.
  const zone = text.indexOf("%");
  if (zone >= 0 && text.includes(":")) text = text.slice(0, zone);
  if (text.endsWith(".") && !text.includes(":")) text = text.slice(0, -1);
  if (text === "" || !ipaddr.isValid(text)) return null;
  return ipaddr.parse(text);
}

/** Decide whether `address` (a literal IP in any spelling) may be connected to. */
export function checkAddress(address: string, options: AddressPolicyOptions = {}): AddressVerdict {
  const parsed = parseIpLiteral(address);
  if (!parsed) return blocked(address, "not_an_ip");
  return checkParsed(address, parsed, options);
}

/** A sentence for users: "10.0.0.5 is a private network address". */
export function describeVerdict(verdict: AddressVerdict): string {
  if (verdict.allowed) return `${verdict.address} is a public address`;
  return `${verdict.address} is ${verdict.description}`;
}

function checkParsed(original: string, address: Address, options: AddressPolicyOptions): AddressVerdict {
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    const embedded = embeddedIpv4(v6);
    if (embedded === "refuse") return blocked(original, "ipv6_transition");
    if (embedded) {
      // The verdict is the embedded address's, except that loopback stays
      // refused in these disguises even in tests: only plain 127.x and ::1 pass.
      const inner = checkParsed(original, embedded, {});
      return inner.allowed ? { allowed: true, address: original, family: 6 } : inner;
    }
    return checkIpv6(original, v6, options);
  }
  return checkIpv4(original, address as ipaddr.IPv4, options);
}

function checkIpv4(original: string, address: ipaddr.IPv4, options: AddressPolicyOptions): AddressVerdict {
  const normal = address.toString();
  if (METADATA_ADDRESSES.has(normal)) return blocked(original, "metadata");
  const range = address.range();
  if (range === "loopback" && options.allowLoopback) return { allowed: true, address: original, family: 4 };
  if (range === "unicast") return { allowed: true, address: original, family: 4 };
  if (isDocumentation(address)) return blocked(original, "documentation");
  return blocked(original, IPV4_REASONS[range] ?? "reserved");
}

function checkIpv6(original: string, address: ipaddr.IPv6, options: AddressPolicyOptions): AddressVerdict {
  if (METADATA_ADDRESSES.has(address.toString())) return blocked(original, "metadata");
  const range = address.range();
  if (range === "loopback" && options.allowLoopback) return { allowed: true, address: original, family: 6 };
  if (range === "unicast") return { allowed: true, address: original, family: 6 };
  if (isDocumentation(address)) return blocked(original, "documentation");
  return blocked(original, IPV6_REASONS[range] ?? "reserved");
}

/**
 * The IPv4 address an IPv6 address stands for, if it is one of the forms
 * that route to IPv4. "refuse" for forms whose embedded address cannot be
 * recovered reliably (Teredo, NAT64 local-use prefixes, SIIT).
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | "refuse" | null {
  const p = address.parts;
  const low32 = (): ipaddr.IPv4 =>
    new ipaddr.IPv4([p[6]! >> 8, p[6]! & 0xff, p[7]! >> 8, p[7]! & 0xff]);
  const range = address.range();
  // ::ffff:a.b.c.d (mapped) — also how ipaddr.js reads "::a.b.c.d".
  if (range === "ipv4Mapped") return low32();
  // ::a.b.c.d written in hex (IPv4-compatible, ::/96). ::1 and :: are ordinary IPv6 specials.
  if (p.slice(0, 6).every((part) => part === 0) && (p[6] !== 0 || p[7]! > 1)) return low32();
  // 64:ff9b::/96 well-known NAT64 prefix: the last 32 bits are the IPv4 target.
  if (p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((part) => part === 0)) return low32();
  // 2002:AABB:CCDD::/48 — 6to4 carries the IPv4 address in bits 16–47.
  if (range === "6to4") return new ipaddr.IPv4([p[1]! >> 8, p[1]! & 0xff, p[2]! >> 8, p[2]! & 0xff]);
  if (range === "rfc6052" || range === "rfc6145" || range === "teredo") return "refuse";
  return null;
}

function isDocumentation(address: Address): boolean {
  return DOCUMENTATION_CIDRS.some(([net, bits]) => net.kind() === address.kind() && address.match(net, bits));
}

function blocked(address: string, reason: BlockReason): AddressVerdict {
  return { allowed: false, address, reason, description: DESCRIPTIONS[reason] };
}
