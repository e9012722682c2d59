/**
 * Query parameters that say how a reader reached a page (a campaign, a click
 * on a social site or an ad), never which page it is. A report cites the
 * article, so they are dropped from the address it gives, and from the one
 * duplicates are matched by: "…?utm_source=twitter" is the same article as
 * the address without it.
 */

/** Exact names; any parameter starting "utm_" is one too. */
const TRACKING_NAMES = new Set([
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
  "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "_hsenc", "_hsmi",
]);

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith("utm_") || TRACKING_NAMES.has(key);
}

/** The address without its tracking parameters (others keep their order); anything not an http(s) URL is returned as it is. */
export function withoutTracking(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return address;
  const names = [...new Set([...url.searchParams.keys()])].filter(isTrackingParam);
  if (names.length === 0) return address;
  for (const name of names) url.searchParams.delete(name);
  return url.href;
}
