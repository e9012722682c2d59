/**
 * DNS resolution with the address policy applied to every answer.
 *
 * The fetcher resolves a host name once, here, refuses the whole host if ANY
 * answer is refused (a name that mixes a public and a private address is a
 * DNS-rebinding setup, not an accident), and then hands the checked answers
 * to the socket through `pinnedLookup`, so the address connected to is the
 * address that was checked — a second, different DNS answer never happens.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { checkAddress, type AddressPolicyOptions, type AddressVerdict } from "./address-policy";
import { FetchError } from "./fetch-error";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses; injectable so tests control DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, so /etc/hosts counts), in the order the system prefers. */
export const systemResolver: Resolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** Resolve `hostname` and return its answers only if every one passes the policy. */
export async function resolveChecked(
  hostname: string,
  resolver: Resolver,
  policy: AddressPolicyOptions,
  url: string,
): Promise<ResolvedAddress[]> {
  let answers: ResolvedAddress[];
  try {
    answers = await resolver(hostname);
  } catch (cause) {
    throw new FetchError("dns_failed", `Could not find the site ${hostname} (DNS lookup failed). Check the link for typos.`, { url, cause });
  }
  if (answers.length === 0) {
    throw new FetchError("dns_failed", `The site ${hostname} has no address in DNS. Check the link for typos.`, { url });
  }
  for (const answer of answers) {
    const verdict = checkAddress(answer.address, policy);
    if (!verdict.allowed) throw blockedAddressError(`${hostname} resolves to`, verdict, url);
  }
  return answers;
}

/** "news.example resolves to a private network address (10.0.0.5), which Lacuna does not fetch." */
export function blockedAddressError(subject: string, verdict: AddressVerdict, url: string): FetchError {
  const what = verdict.allowed ? "an address" : verdict.description;
  return new FetchError("blocked_address", `${subject} ${what} (${verdict.address}), which Lacuna does not fetch.`, { url });
}

/**
 * A `lookup` for http.request that answers only with already-checked
 * addresses. Node asks with `all: true` when it races IPv4 against IPv6
 * (autoSelectFamily), and with a family when the caller pinned one.
 */
export function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0;
    const usable = family === 0 ? addresses : addresses.filter((answer) => answer.family === family);
    const first = usable[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error(`No IPv${family} address for this host`);
      error.code = "ENOTFOUND";
      callback(error, "", undefined);
      return;
    }
    if (options.all) callback(null, usable.map(({ address, family: f }) => ({ address, family: f })));
    else callback(null, first.address, first.family);
  };
}
