/**
 * What a fetched page may say about itself. A page can claim any canonical
 * URL and any site name; only the address Lacuna actually fetched is known.
 * So the outlet's domain is the fetched host's registered domain, and a
 * claimed canonical URL is believed only when it is http(s) and on that same
 * registered domain (a publisher's www., amp. and m. hosts agree; another
 * site, a javascript: URL or a file with no address of its own do not).
 * A claim not believed is kept apart, for the analyst to see, and never used
 * to match duplicates: a page must not be able to block another article.
 */
import { getDomain } from "tldts";
import { withoutTracking } from "../ingest/fetch/tracking-params";

/** "www.bbc.co.uk" → "bbc.co.uk"; private suffixes count ("alice.github.io" stays whole); IPs and single names are kept as they are. */
export function registeredDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

function parseHttpUrl(address: string | null | undefined): URL | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export interface PageIdentity {
  /** The URL the article is known by (for duplicate checks): the believed canonical, else the fetched URL. */
  canonicalUrl: string | null;
  /** A canonical the page claimed but that was not believed. */
  canonicalClaim: string | null;
  /** Registered domain of the fetched host; null when nothing was fetched (an uploaded file). */
  domain: string | null;
}

export function trustPageIdentity(claimedCanonical: string | null | undefined, finalUrl: string | null | undefined): PageIdentity {
  const fetched = parseHttpUrl(finalUrl);
  const domain = fetched ? registeredDomain(fetched.hostname) : null;
  // Without its tracking parameters: the same article reached from a newsletter and from a search is one address.
  const fallback = fetched ? withoutTracking(fetched.href) : null;
  const claim = claimedCanonical?.trim() || null;
  if (!claim || claim === fallback) return { canonicalUrl: fallback, canonicalClaim: null, domain };
  const claimed = parseHttpUrl(claim);
  if (claimed && domain !== null && registeredDomain(claimed.hostname) === domain) return { canonicalUrl: withoutTracking(claimed.href), canonicalClaim: null, domain };
  return { canonicalUrl: fallback, canonicalClaim: claim.slice(0, 2000), domain };
}
