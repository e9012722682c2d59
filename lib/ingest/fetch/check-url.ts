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

/**
 * Ports a public link may name. News sites serve on the default ports; a link
 * to another port is far more likely to reach an admin console, a database's
 * HTTP interface or a mail server than an article, which is what an attacker
 * using the fetcher as a proxy is after. 8080 and 8443 stay refused: they are
 * the usual ports of development and management servers (Tomcat, Jenkins,
 * router UIs), not of published news pages.
 */
const PUBLIC_PORTS = new Set([80, 443]);

/** The port a URL connects to, the scheme's default when none is written. */
export function effectivePort(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/** Refuses a link (or redirect hop) to a port other than 80 or 443; `allowAnyPort` is the loopback test setting. */
export function checkPort(url: URL, allowAnyPort: boolean): void {
  if (allowAnyPort) return;
  const port = effectivePort(url);
  if (PUBLIC_PORTS.has(port)) return;
  throw new FetchError(
    "blocked_port",
    `The link uses port ${port}; Lacuna fetches only the standard web ports 80 and 443. If the article is public, open it in a browser and paste its text instead.`,
    { url: url.href },
  );
}
