/**
 * The one error type the fetcher throws. `code` is for programs (the batch
 * runner and the UI pick icons and retry advice from it); `message` is a
 * sentence for the analyst saying what went wrong and what to do about it.
 */

export type FetchErrorCode =
  | "invalid_url"
  | "blocked_address"
  | "blocked_port"
  | "dns_failed"
  | "timeout"
  | "too_large"
  | "not_html"
  | "http_status"
  | "too_many_redirects"
  | "network"
  | "decode_failed";

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  /** The URL being fetched when it failed (after any redirects). */
  readonly url: string | undefined;
  /** The HTTP status for 'http_status'. */
  readonly status: number | undefined;

  constructor(code: FetchErrorCode, message: string, details: { url?: string; status?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "FetchError";
    this.code = code;
    this.url = details.url;
    this.status = details.status;
  }
}

/** A message for a non-success status that tells the analyst whether retrying can help. */
export function httpStatusError(status: number, statusText: string | undefined, url: string): FetchError {
  const label = statusText ? `${status} ${statusText}` : String(status);
  let message: string;
  if (status === 404 || status === 410) message = `The site says the page does not exist (${label}). Check the link, or the article may have been removed.`;
  else if (status === 401 || status === 403) message = `The site refused access (${label}). The article may be behind a login or paywall, or the site blocks automated fetches; paste the text instead.`;
  else if (status === 429) message = `The site is rate-limiting requests (${label}). Try again in a few minutes.`;
  else if (status >= 500) message = `The site had an internal error (${label}). Try again later.`;
  else if (status >= 300 && status < 400) message = `The site answered with a redirect (${label}) but gave no address to follow.`;
  else message = `The site answered ${label} instead of the page.`;
  return new FetchError("http_status", message, { url, status });
}

/** Human size for limits: 10485760 → "10 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function notHtmlError(what: string, url: string): FetchError {
  const subject = what === "a PDF" ? "The page is a PDF" : `The link returns ${what}`;
  return new FetchError("not_html", `${subject}, not an HTML article. Download it and paste the text instead.`, { url });
}

export function networkError(error: Error, hostname: string, url: string): FetchError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  let message: string;
  if (code === "ECONNREFUSED") message = `${hostname} refused the connection. The site may be down.`;
  else if (code === "ECONNRESET" || code === "EPIPE") message = `${hostname} closed the connection unexpectedly. Try again later.`;
  else if (code === "ENOTFOUND") message = `Could not find the site ${hostname}. Check the link for typos.`;
  else if (code.startsWith("ERR_TLS") || code.includes("CERT") || code === "DEPTH_ZERO_SELF_SIGNED_CERT") {
    message = `The security certificate of ${hostname} could not be verified (${code}), so the page was not fetched.`;
  } else message = `The connection to ${hostname} failed${code ? ` (${code})` : ""}: ${error.message}`;
  return new FetchError(code === "ENOTFOUND" ? "dns_failed" : "network", message, { url, cause: error });
}
