/**
 * Fetch one article page from the open web, safely.
 *
 * Lacuna fetches links that users paste, from a server, so every link is
 * treated as hostile: only http(s); only public addresses, checked on the
 * address actually connected to (see resolve-host.ts and address-policy.ts);
 * redirects followed by hand so each hop is checked again; hard limits on
 * time and size enforced while the bytes stream in; anything that is not an
 * HTML page is refused before it is parsed. docs/fetching.md has the model.
 */
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import { rootCertificates } from "node:tls";
import { checkAddress, parseIpLiteral } from "./address-policy";
import { judgeContentType, sniffContent, SNIFF_BYTES } from "./content-kind";
import { charsetFromContentType, decodeHtml } from "./decode-html";
import { checkPort, isLocalhostName, validateRedirect, validateUrl } from "./check-url";
import { FetchError, formatBytes, httpStatusError, networkError, notHtmlError } from "./fetch-error";
import { Guard } from "./fetch-guard";
import { readBody } from "./read-body";
import { blockedAddressError, pinnedLookup, resolveChecked, systemResolver, type ResolvedAddress, type Resolver } from "./resolve-host";

export interface FetchOptions {
  /** Allow 127.0.0.0/8 and ::1 only — for tests with a local server (env LACUNA_ALLOW_LOOPBACK_FETCH=1 in the service). */
  allowLoopback?: boolean;
  /** DNS resolver; defaults to the system's. */
  resolver?: Resolver;
  /** Clock for `fetchedAt`. */
  now?: () => Date;
  /** Time allowed to resolve and connect to each hop. Default 10 s. */
  connectTimeoutMs?: number;
  /** Time allowed for the whole fetch, all redirects and the body included. Default 30 s. */
  totalTimeoutMs?: number;
  /** Most body bytes accepted, counted both compressed and decompressed. Default 10 MB. */
  maxBytes?: number;
  /** Most redirects followed. Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /**
   * Extra CA certificates (PEM) to trust on top of the usual roots — for a
   * deployment behind a TLS-inspecting proxy, and for tests with their own CA.
   */
  extraCaCertificates?: string[];
  /** Cancels the fetch (e.g. the user left the page). */
  signal?: AbortSignal;
}

export interface FetchedPage {
  requestedUrl: string;
  /** The URL the page was finally served from, after redirects. */
  finalUrl: string;
  status: number;
  /** The Content-Type header as sent, or "" when missing. */
  contentType: string;
  /** The encoding the HTML was decoded with (WHATWG name). */
  charset: string;
  html: string;
  /** The body bytes after gzip/deflate/br is undone, before character decoding: the raw snapshot. */
  bytes: Buffer;
  fetchedAt: string;
  /** Every URL redirected to, in order; the last one is `finalUrl`. */
  redirects: string[];
  /** Notes from decoding (declared charset ignored, fallback used…); empty when nothing odd happened. */
  decodeNotes: string[];
}

export const DEFAULT_USER_AGENT = "Lacuna/0.1 (+news coverage comparison)";
export const FETCH_DEFAULTS = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface Settings {
  allowLoopback: boolean;
  resolver: Resolver;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  extraCaCertificates: string[];
}

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings: Settings = {
    allowLoopback: options.allowLoopback ?? false,
    resolver: options.resolver ?? systemResolver,
    connectTimeoutMs: options.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs,
    maxBytes: options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    extraCaCertificates: options.extraCaCertificates ?? [],
  };
  const now = options.now ?? (() => new Date());
  const start = validateUrl(url);

  const guard = new Guard();
  const timer = setTimeout(
    () => guard.abort(new FetchError("timeout", `The site did not deliver the page within ${seconds(settings.totalTimeoutMs)}. Try again later.`, { url })),
    settings.totalTimeoutMs,
  );
  const cancel = (): void => guard.abort(new FetchError("network", "The fetch was cancelled.", { url }));
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener("abort", cancel, { once: true });
  const work = follow(start, settings, guard, now);
  // If the guard wins the race, `work` may still settle later (a resolver that
  // answers after the deadline); its outcome no longer matters.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, guard.aborted]);
  } catch (error) {
    // The contract is "only FetchError"; anything else is a bug or an odd socket failure, reported as network.
    if (error instanceof FetchError) throw error;
    throw new FetchError("network", `The page could not be fetched: ${error instanceof Error ? error.message : String(error)}`, { url, cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
    guard.dispose();
  }
}

async function follow(start: URL, settings: Settings, guard: Guard, now: () => Date): Promise<FetchedPage> {
  const redirects: string[] = [];
  let current = start;
  for (;;) {
    const response = await request(current, settings, guard);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;

    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy();
      if (redirects.length >= settings.maxRedirects) {
        throw new FetchError(
          "too_many_redirects",
          `The link redirected more than ${settings.maxRedirects} times (a redirect loop, or a login or consent wall). Open it in a browser and paste the final address.`,
          { url: current.href },
        );
      }
      current = validateRedirect(location, current);
      redirects.push(current.href);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw httpStatusError(status, response.statusMessage, current.href);
    }
    return readPage(response, current, start, redirects, settings, now);
  }
}

async function readPage(
  response: IncomingMessage,
  finalUrl: URL,
  start: URL,
  redirects: string[],
  settings: Settings,
  now: () => Date,
): Promise<FetchedPage> {
  const url = finalUrl.href;
  const contentType = response.headers["content-type"] ?? "";
  const declared = judgeContentType(contentType);
  if (declared.kind === "refused") {
    response.destroy();
    throw notHtmlError(declared.what, url);
  }
  const length = Number(response.headers["content-length"]);
  if (Number.isFinite(length) && length > settings.maxBytes) {
    response.destroy();
    throw new FetchError("too_large", `The page is ${formatBytes(length)}, more than the ${formatBytes(settings.maxBytes)} Lacuna fetches for one article.`, { url });
  }

  const bytes = await readBody(response, {
    maxBytes: settings.maxBytes,
    url,
    headBytes: SNIFF_BYTES,
    inspectHead: (head) => {
      const sniffed = sniffContent(head);
      if (sniffed.kind === "binary") throw notHtmlError(sniffed.what, url);
      // A declared text/html page that starts with prose is still accepted (sloppy
      // sites); an undeclared one must look like HTML.
      if (declared.kind === "unsure" && sniffed.kind !== "html") {
        throw notHtmlError(contentType ? `plain text (${contentType.split(";")[0]})` : "content of unknown type", url);
      }
    },
  });

  let decoded;
  try {
    decoded = decodeHtml(bytes, charsetFromContentType(contentType));
  } catch (cause) {
    throw new FetchError("decode_failed", "The page's text could not be decoded. Paste the article text instead.", { url, cause });
  }
  return {
    requestedUrl: start.href,
    finalUrl: url,
    status: response.statusCode ?? 200,
    contentType,
    charset: decoded.charset,
    html: decoded.html,
    bytes,
    fetchedAt: now().toISOString(),
    redirects,
    decodeNotes: decoded.notes,
  };
}

/** Connect to one URL (checking its address) and resolve when the response headers arrive. */
async function request(url: URL, settings: Settings, guard: Guard): Promise<IncomingMessage> {
  const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  const policy = { allowLoopback: settings.allowLoopback };
  const connectError = (): FetchError =>
    new FetchError("timeout", `Could not connect to ${hostname} within ${seconds(settings.connectTimeoutMs)}. The site may be down.`, { url: url.href });

  let connectTimer: NodeJS.Timeout | undefined = setTimeout(() => guard.abort(connectError()), settings.connectTimeoutMs);
  const stopConnectTimer = (): void => {
    clearTimeout(connectTimer);
    connectTimer = undefined;
  };
  guard.onDispose(stopConnectTimer);

  // The loopback test setting also opens other ports: test servers listen on random ones.
  const portOrStop = (target: URL): void => {
    try {
      checkPort(target, settings.allowLoopback);
    } catch (error) {
      stopConnectTimer();
      throw error;
    }
  };

  let addresses: ResolvedAddress[] | null = null;
  const literal = parseIpLiteral(hostname);
  if (literal) {
    const verdict = checkAddress(hostname, policy);
    if (!verdict.allowed) {
      stopConnectTimer();
      throw blockedAddressError("The link points to", verdict, url.href);
    }
    portOrStop(url);
  } else {
    if (isLocalhostName(hostname) && !settings.allowLoopback) {
      stopConnectTimer();
      throw new FetchError("blocked_address", `${hostname} is this machine itself, which Lacuna does not fetch.`, { url: url.href });
    }
    // Before any DNS query: a refused port needs no lookup.
    portOrStop(url);
    addresses = await resolveChecked(hostname, settings.resolver, policy, url.href).catch((error: unknown) => {
      stopConnectTimer();
      throw error;
    });
  }

  return new Promise<IncomingMessage>((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const req = transport.request({
      protocol: url.protocol,
      host: hostname,
      port: url.port === "" ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: "GET",
      agent: false,
      headers: {
        "User-Agent": settings.userAgent,
        Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate, br",
        "Accept-Language": "en;q=0.9,*;q=0.5",
      },
      ...(addresses ? { lookup: pinnedLookup(addresses) } : {}),
      ...(settings.extraCaCertificates.length > 0 ? { ca: [...rootCertificates, ...settings.extraCaCertificates] } : {}),
    });
    guard.track(req);

    req.on("socket", (socket: Socket) => {
      socket.once("connect", () => {
        stopConnectTimer();
        // Belt and braces: whatever path the connection took, the peer it
        // reached must pass the policy too.
        const peer = socket.remoteAddress ?? "";
        const verdict = checkAddress(peer, policy);
        if (!verdict.allowed) req.destroy(blockedAddressError(`${hostname} connected to`, verdict, url.href));
      });
    });
    req.on("response", (response) => {
      stopConnectTimer();
      guard.track(response);
      resolve(response);
    });
    req.on("error", (error) => {
      stopConnectTimer();
      reject(error instanceof FetchError ? error : networkError(error, hostname, url.href));
    });
    req.end();
  });
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} seconds` : `${(ms / 1000).toFixed(1)} seconds`;
}
