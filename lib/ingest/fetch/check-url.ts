/**
 * Which links and redirect targets the fetcher will even try: http(s) only,
 * no credentials, and never the names reserved for this machine.
 */
import { FetchError } from "./fetch-error";

export function validateUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FetchError("invalid_url", `"${input.trim().slice(0, 200)}" is not a web address. Paste a full link starting with https://.`, { url: input });
  }
  checkScheme(url, `Only http:// and https:// links can be fetched, not ${url.protocol}// links.`);
  return url;
}

export function validateRedirect(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new FetchError("invalid_url", `The page redirects to an invalid address ("${location.slice(0, 200)}").`, { url: from.href });
  }
  checkScheme(next, `The page redirects to a ${next.protocol} address, which Lacuna does not follow.`);
  return next;
}

function checkScheme(url: URL, message: string): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError("invalid_url", message, { url: url.href });
  // Credentials in a link would be sent to the site (and kept in our records): refuse instead.
  if (url.username || url.password) {
    throw new FetchError("invalid_url", "Links with a user name or password in them are not fetched; remove the part before the @.", { url: url.href });
  }
}

export function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost");
}
