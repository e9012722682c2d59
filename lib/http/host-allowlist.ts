/**
 * Which host names this server answers to. A DNS-rebinding page reaches the
 * server under the attacker's own name (Host: attacker.example), so every
 * request whose Host (or X-Forwarded-Host) is not on this list is refused
 * before it reaches a page, an action or a report.
 *
 * Loopback names are always allowed: a browser only sends them when its user
 * opened the app on this machine. Other names come from LACUNA_ALLOWED_HOSTS,
 * comma-separated: "lacuna.newsroom.example" allows that name on any port,
 * "*.newsroom.example" any name under it (not the bare domain).
 */

export const ALWAYS_ALLOWED_HOSTS = ["localhost", "127.0.0.1", "::1"] as const;

export interface HostAllowlist {
  exact: ReadonlySet<string>;
  /** Suffixes from "*.example.org" entries, stored as ".example.org". */
  suffixes: readonly string[];
}

function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/** Parses LACUNA_ALLOWED_HOSTS; throws with a message naming the bad entry, so a typo fails at start rather than locking everyone out. */
export function parseAllowedHosts(value: string | undefined): HostAllowlist {
  const exact = new Set<string>(ALWAYS_ALLOWED_HOSTS);
  const suffixes: string[] = [];
  for (const raw of (value ?? "").split(",")) {
    const entry = normaliseName(raw);
    if (!entry) continue;
    const wildcard = entry.startsWith("*.");
    const name = wildcard ? entry.slice(2) : entry;
    // Host names, IPv4 addresses, or bracket-less IPv6 literals; no ports, schemes or paths.
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name) && !(!wildcard && /^[0-9a-f:]+$/.test(name) && name.includes(":"))) {
      throw new Error(`LACUNA_ALLOWED_HOSTS: "${raw.trim()}" is not a host name (write names like lacuna.example.org or *.example.org, without scheme or port).`);
    }
    if (wildcard) suffixes.push(`.${name}`);
    else exact.add(name);
  }
  return { exact, suffixes };
}

/**
 * The host name of a Host header value ("example.org:3000" → "example.org",
 * "[::1]:3000" → "::1"); null when it is not a plain host[:port].
 */
export function hostnameOf(hostHeader: string): string | null {
  const value = hostHeader.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/.exec(value);
  if (bracketed) return bracketed[1] ?? null;
  const plain = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?::(\d{1,5}))?$/.exec(value);
  return plain?.[1] ? normaliseName(plain[1]) : null;
}

export function isAllowedHost(hostHeader: string | null | undefined, allowlist: HostAllowlist): boolean {
  if (!hostHeader) return false;
  const name = hostnameOf(hostHeader);
  if (!name) return false;
  return allowlist.exact.has(name) || allowlist.suffixes.some((suffix) => name.endsWith(suffix) && name.length > suffix.length);
}
