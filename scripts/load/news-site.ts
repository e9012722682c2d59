/**
 * A local news site for ingest tests and the load script, on loopback only.
 * It serves any number of distinct articles (each one the demo story's
 * paragraphs in its own order, with its own lead sentence and number, so
 * each is stored as a new article), pages that answer slowly, missing pages
 * and a PDF, on several loopback addresses (127.0.0.1, 127.0.0.2, …) so
 * per-host limits can be seen. It counts the requests in flight, overall and
 * per address.
 *
 *   /article/<n>            an article
 *   /article/<n>?delay=<ms> the same, after a delay (a slow site)
 *   /missing/<n>            404
 *   /file/<n>.pdf           a PDF (not an article)
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface NewsSite {
  /** One origin per address, e.g. http://127.0.0.2:41234. */
  origins: string[];
  stats: { inFlight: number; maxInFlight: number; maxPerHost: Map<string, number>; requests: number };
  resetStats(): void;
  close(): Promise<void>;
}

function paragraphs(): string[] {
  return ["demo/ani-blinken-motegi.txt", "demo/second-report-blinken-motegi.txt"]
    .flatMap((file) => readFileSync(path.join(root, file), "utf8").split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 12);
}

/** A deterministic shuffle: the same article number always gives the same page. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed * 2654435761 + 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function articleHtml(n: number, body: readonly string[] = paragraphs()): string {
  const title = `Ministers meet in London, report ${n}`;
  const lead = `In dispatch number ${n}, correspondents described how the ministers met for ${30 + (n % 90)} minutes on Monday, the ${n}th account of the talks filed that week.`;
  const chosen = shuffled(body, n).slice(0, 8);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Loopback Ledger</title>
<meta property="og:site_name" content="Loopback Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1><p>${escape(lead)}</p>${chosen.map((p) => `<p>${escape(p)}</p>`).join("\n")}</article>
<footer>© Loopback Ledger</footer></body></html>`;
}

export async function startNewsSite(options: { addresses?: string[] } = {}): Promise<NewsSite> {
  const body = paragraphs();
  const stats = { inFlight: 0, maxInFlight: 0, maxPerHost: new Map<string, number>(), requests: 0 };
  const perHost = new Map<string, number>();
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const host = request.socket.localAddress ?? "?";
    stats.requests += 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    stats.maxPerHost.set(host, Math.max(stats.maxPerHost.get(host) ?? 0, perHost.get(host)!));
    let ended = false;
    const done = () => {
      if (ended) return;
      ended = true;
      stats.inFlight -= 1;
      perHost.set(host, perHost.get(host)! - 1);
    };
    response.on("finish", done);
    response.on("close", done);
    const url = new URL(request.url ?? "/", "http://site");
    const delay = Math.min(Number(url.searchParams.get("delay") ?? 0) || 0, 60_000);
    setTimeout(() => {
      const article = /^\/article\/(\d+)$/.exec(url.pathname);
      if (article) {
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(articleHtml(Number(article[1]), body));
      } else if (/^\/file\/\d+\.pdf$/.test(url.pathname)) {
        response.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF-1.7\n");
      } else {
        response.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Not found</h1>");
      }
    }, delay);
  };
  const servers: Server[] = [];
  const origins: string[] = [];
  for (const address of options.addresses ?? ["127.0.0.1"]) {
    const server = createServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, address, resolve);
    });
    servers.push(server);
    origins.push(`http://${address}:${(server.address() as AddressInfo).port}`);
  }
  return {
    origins,
    stats,
    resetStats() {
      stats.maxInFlight = stats.inFlight;
      stats.maxPerHost.clear();
      stats.requests = 0;
    },
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
