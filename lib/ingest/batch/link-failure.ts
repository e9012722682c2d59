/**
 * What went wrong with one link, as a code for programs and a sentence for
 * the analyst, and whether trying again can ever help. A link refused by
 * policy (a private address, a port other than 80/443, not an http(s) URL) or
 * by what it is (a PDF, a page over the size limit, a sign-in or paywall page:
 * Lacuna keeps no cookies, so the site shows it the same page again; an
 * article in an embedded frame or drawn by JavaScript, which it does not run) fails
 * the same way every time, so no Retry is offered for it; a timeout, a 503
 * or a dropped connection may well work later.
 */

export interface LinkFailure {
  /** The thrown error's `code` when it has one (FetchError's codes, ExtractionError's), else "failed". */
  code: string;
  message: string;
}

/** Codes that a second attempt cannot change. */
const PERMANENT = new Set(["invalid_url", "blocked_address", "blocked_port", "not_html", "too_large", "sign_in_wall", "embedded_frame", "needs_javascript"]);

export function isRetryable(code: string | null | undefined): boolean {
  return !PERMANENT.has(code ?? "");
}

export function describeFailure(error: unknown): LinkFailure {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === "string" && code !== "" ? code : "failed", message: error.message || "The link could not be ingested." };
  }
  return { code: "failed", message: typeof error === "string" && error !== "" ? error : "The link could not be ingested." };
}

export function timeoutFailure(ms: number): LinkFailure {
  return { code: "timeout", message: `Gave up on this link after ${+(ms / 1000).toFixed(1)} seconds.` };
}
