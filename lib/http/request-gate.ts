/**
 * The checks every request passes before Next routes it (proxy.ts runs them):
 * an allowed Host, a path that decodes, a same-origin browser for anything
 * that writes, a body within the limit. Pure: plain request facts in, a
 * verdict out, so each rule is unit-tested without a server.
 */
import { isAllowedHost, type HostAllowlist } from "./host-allowlist";
import { MAX_REQUEST_BODY_BYTES } from "./limits";

export interface RequestFacts {
  method: string;
  /** The path as received, still %-encoded. */
  rawPath: string;
  headers: { get(name: string): string | null };
}

export type GateError = "host_not_allowed" | "bad_path" | "cross_origin" | "too_large" | "bad_request";

export interface Rejection {
  status: 400 | 403 | 413;
  code: GateError;
  message: string;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** Every value of a header that proxies may repeat or join with commas. */
function listValues(value: string | null): string[] {
  return value === null ? [] : value.split(",").map((v) => v.trim());
}

/** The host the browser addressed: the first X-Forwarded-Host when a reverse proxy set one, else Host. */
export function requestHost(headers: RequestFacts["headers"]): string | null {
  return listValues(headers.get("x-forwarded-host"))[0] || headers.get("host");
}

function decodes(rawPath: string): boolean {
  try {
    for (const segment of rawPath.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** Why a write from a browser is not from this site, or null when it is (or when no browser sent it). */
function crossOriginReason(facts: RequestFacts, host: string): string | null {
  const origin = facts.headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return "the request comes from an opaque origin (a sandboxed frame or a file)";
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return "its Origin header is not a URL";
    }
    return originHost.toLowerCase() === host.toLowerCase() ? null : `it comes from ${origin}, not from this site`;
  }
  // No Origin: a browser that omits it still says where the request comes from; a script or curl says neither and carries no victim's cookies.
  const site = facts.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none" ? null : `the browser marks it ${site}`;
}

export function checkRequest(facts: RequestFacts, allowlist: HostAllowlist): Rejection | null {
  const host = requestHost(facts.headers);
  const hosts = [facts.headers.get("host"), ...listValues(facts.headers.get("x-forwarded-host"))];
  if (!host || hosts.some((h) => h !== null && !isAllowedHost(h, allowlist))) {
    return {
      status: 403,
      code: "host_not_allowed",
      message: `This Lacuna server does not answer to the host name "${host ?? ""}". Add it to LACUNA_ALLOWED_HOSTS if it is yours.`,
    };
  }
  if (!decodes(facts.rawPath)) return { status: 400, code: "bad_path", message: "The address contains a malformed %-escape." };
  if (isSafeMethod(facts.method)) return null;
  const reason = crossOriginReason(facts, host);
  if (reason) return { status: 403, code: "cross_origin", message: `Refused a change from another site: ${reason}.` };
  const length = facts.headers.get("content-length");
  if (length !== null) {
    if (!/^\d+$/.test(length.trim())) return { status: 400, code: "bad_request", message: "The Content-Length header is not a number." };
    if (Number(length) > MAX_REQUEST_BODY_BYTES) return tooLarge();
  }
  return null;
}

export function tooLarge(): Rejection {
  return { status: 413, code: "too_large", message: `The request is larger than ${MAX_REQUEST_BODY_BYTES / 1048576} MB, the most Lacuna reads.` };
}
