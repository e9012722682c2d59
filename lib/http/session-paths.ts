/**
 * Which paths anyone may open without signing in, and where the rest send a
 * visitor without a session. The proxy only checks that a session cookie is
 * present (a cheap first wall); the page, action or route checks the session
 * itself against the database (lib/auth/guards.ts).
 */

export const SESSION_COOKIE = "lacuna_session";
export const SIGN_IN_PATH = "/sign-in";
/** Request header the proxy sets to the path and query asked for, so a guard can send a signed-out analyst back there. */
export const REQUEST_PATH_HEADER = "x-lacuna-path";

export function isPublicPath(pathname: string): boolean {
  // /_next/ holds the framework's scripts and styles, which hold no data: the sign-in page needs them.
  return pathname === SIGN_IN_PATH || pathname.startsWith("/_next/") || pathname === "/favicon.ico";
}

/** Where the sign-in page sends the analyst afterwards: a path on this site only, never another host. */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || value.startsWith(SIGN_IN_PATH)) return "/";
  return value;
}

/** Longest fragment carried through sign-in: an item link's is well under 200 characters. */
const MAX_FRAGMENT_LENGTH = 500;
/** A fragment as RFC 3986 allows it (percent escapes included): nothing that could end the URL or start another. */
const FRAGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;

/**
 * Where sign-in sends the analyst: the safe path plus the fragment the
 * sign-in page was opened with ("#item:…" of a shared item link). The
 * fragment never reaches the server on its own (browsers keep it), so the
 * form sends it; it is kept only when it is a plain fragment, and it cannot
 * change the host, which the path alone decides.
 */
export function safeNextTarget(next: string | null | undefined, fragment: string | null | undefined): string {
  const path = safeNextPath(next);
  const bare = (fragment ?? "").replace(/^#/, "");
  if (bare === "" || bare.length > MAX_FRAGMENT_LENGTH || !FRAGMENT.test(bare)) return path;
  return `${path.split("#")[0]}#${bare}`;
}

export function signInUrl(nextPath: string, reason?: "expired"): string {
  const params = new URLSearchParams();
  const next = safeNextPath(nextPath);
  if (next !== "/") params.set("next", next);
  if (reason) params.set("reason", reason);
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

const DAY_SECONDS = 24 * 60 * 60;

/** How long a session lasts from its last use: LACUNA_SESSION_DAYS, default 7. */
export function sessionLifetimeSeconds(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.LACUNA_SESSION_DAYS ?? 7);
  return Math.round((Number.isFinite(days) && days > 0 ? days : 7) * DAY_SECONDS);
}

/**
 * The session cookie's attributes: unreadable by scripts, sent on top-level
 * navigation from elsewhere (Lax) but not on cross-site writes, Secure when
 * the browser reached the server over HTTPS (directly or through a proxy).
 */
export function sessionCookieOptions(secure: boolean, maxAgeSeconds = sessionLifetimeSeconds()) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: maxAgeSeconds };
}

/** Whether the browser reached the server over HTTPS: the URL's protocol, or the first X-Forwarded-Proto a TLS-terminating proxy set. */
export function isHttpsRequest(forwardedProto: string | null, protocol?: string): boolean {
  return protocol === "https:" || forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
