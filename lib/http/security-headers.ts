/**
 * The security headers of every response, pages, API and errors alike
 * (proxy.ts sets them; nothing else does, so there is one place to read them).
 *
 * Pages get a Content-Security-Policy with a fresh nonce per request: Next
 * puts the nonce on its own scripts, so no inline script without it runs
 * ('strict-dynamic' lets those scripts load their chunks). Style attributes
 * stay allowed (style-src-attr) because React renders a few widths inline;
 * they cannot run code.
 */

export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  // Lacuna uses none of these; an injected frame or script must not either.
  "Permissions-Policy": [
    "accelerometer=()",
    "autoplay=()",
    "camera=()",
    "display-capture=()",
    "fullscreen=()",
    "geolocation=()",
    "gyroscope=()",
    "magnetometer=()",
    "microphone=()",
    "midi=()",
    "payment=()",
    "publickey-credentials-get=()",
    "screen-wake-lock=()",
    "serial=()",
    "usb=()",
    "xr-spatial-tracking=()",
  ].join(", "),
};

/** For anything that is not a page: JSON, downloads, the raw article source, error bodies. Nothing in them may run or load. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

export function pageCsp(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only under `next dev`, whose React rebuilds error stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // next dev injects styles without a nonce; with a nonce present a browser would ignore 'unsafe-inline'.
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Paths that never serve a page: their responses get NON_PAGE_CSP. */
export function isNonPagePath(pathname: string): boolean {
  return pathname.startsWith("/api/") || /^\/articles\/[^/]+\/raw\/?$/.test(pathname);
}

/** A random nonce, fresh for each response (16 bytes, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
