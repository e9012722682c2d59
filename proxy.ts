/**
 * The request gate: every request passes here before Next routes it (no
 * matcher, so static files and errors too). It refuses unknown hosts (DNS
 * rebinding), undecodable paths, cross-site writes, oversize and malformed
 * action bodies with an honest 4xx, sends visitors without a session to the
 * sign-in page, and puts the security headers (a per-request CSP nonce
 * included) on every response. Whether a session is valid and may write is
 * checked where the data is used (lib/auth/guards.ts): a proxy is a first
 * wall, not the only one.
 */
import { NextResponse, type NextRequest } from "next/server";
import { checkActionBody, malformed } from "./lib/http/action-body";
import { parseAllowedHosts } from "./lib/http/host-allowlist";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/limits";
import { checkRequest, isSafeMethod, requestHost, tooLarge, type Rejection } from "./lib/http/request-gate";
import { BASE_SECURITY_HEADERS, isNonPagePath, newNonce, NON_PAGE_CSP, pageCsp } from "./lib/http/security-headers";
import { isHttpsRequest, isPublicPath, REQUEST_PATH_HEADER, SESSION_COOKIE, sessionCookieOptions, signInUrl } from "./lib/http/session-paths";

const allowlist = parseAllowedHosts(process.env.LACUNA_ALLOWED_HOSTS);
const dev = process.env.NODE_ENV === "development";

function withSecurityHeaders<T extends Response>(response: T, csp: string): T {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function reject(rejection: Omit<Rejection, "status" | "code"> & { status: number; code: string }): NextResponse {
  const response = NextResponse.json({ error: { code: rejection.code, message: rejection.message } }, { status: rejection.status });
  response.headers.set("Cache-Control", "no-store");
  return withSecurityHeaders(response, NON_PAGE_CSP);
}

/** Reads a write's body (Next hands the proxy a buffered copy) to refuse an oversize or malformed one before Next's decoder fails on it. */
async function checkBody(request: NextRequest): Promise<Rejection | null> {
  const isAction = request.headers.has("next-action");
  if (!isAction && request.headers.has("content-length")) return null;
  const bytes = await request.clone().arrayBuffer();
  // next.config.ts buffers well past the limit for the proxy, so a longer body shows here.
  if (bytes.byteLength > MAX_REQUEST_BODY_BYTES) return tooLarge();
  if (!isAction) return null;
  const contentType = request.headers.get("content-type");
  if (/^multipart\/form-data/i.test(contentType ?? "")) {
    try {
      await new Request("http://body.check/", { method: "POST", body: bytes, headers: { "content-type": contentType ?? "" } }).formData();
    } catch {
      return malformed("its form data cannot be read");
    }
    return null;
  }
  return checkActionBody(contentType, new TextDecoder().decode(bytes));
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const rawPath = new URL(request.url).pathname;
  const rejection = checkRequest({ method: request.method, rawPath, headers: request.headers }, allowlist);
  if (rejection) return reject(rejection);
  if (!isSafeMethod(request.method)) {
    const bodyProblem = await checkBody(request);
    if (bodyProblem) return reject(bodyProblem);
  }

  if (!isPublicPath(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    if (pathname.startsWith("/api/") || !isSafeMethod(request.method)) {
      return reject({ status: 401, code: "unauthorized", message: "Sign in first: this needs a Lacuna account." });
    }
    // Back to the host the browser used (already checked against the allowlist); request.url names Next's own host, which may differ.
    const protocol = isHttpsRequest(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol) ? "https:" : "http:";
    const origin = `${protocol}//${requestHost(request.headers) ?? request.nextUrl.host}`;
    return withSecurityHeaders(NextResponse.redirect(new URL(signInUrl(pathname + search), origin)), NON_PAGE_CSP);
  }

  const nonPage = isNonPagePath(pathname);
  const csp = nonPage ? NON_PAGE_CSP : pageCsp(newNonce(), { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, pathname + search);
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  if (!nonPage) requestHeaders.set("content-security-policy", csp);
  const response = withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
  // The session's expiry is kept in the database and slides with use; the cookie's follows on each page view.
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token && request.method === "GET" && !pathname.startsWith("/_next/") && !nonPage) {
    response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(isHttpsRequest(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol)));
  }
  return response;
}
