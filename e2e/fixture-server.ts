import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";

/**
 * A local news site for ingest tests: fixture pages on 127.0.0.1, plus a
 * missing page. It also answers as "localhost", a second host name on the
 * same machine, so a page served from one can claim to be the other's
 * article ({{OTHER_HOST_ORIGIN}} in a fixture). One story is paywalled: it
 * redirects to the site's login page, as news sites do.
 */
export async function startFixtureServer(): Promise<{ origin: string; otherHostOrigin: string; close: () => Promise<void> }> {
  const pages: Record<string, string> = {
    "/news/japan-us-talks": "kyodo-style.html",
    "/press/readout-motegi": "readout-style.html",
    "/world/lisbon-ferry-strike": "ferry-strike.html",
    // Only the CLI-beside-the-server test fetches it, so no other test finds it "already stored".
    "/region/rail-tunnel-reopens": "rail-tunnel.html",
    "/copies/northern-channel": "spoofed-canonical.html",
    "/news/original-report": "original-report.html",
    // Only the story page's link box fetches it (first stored there, then pasted again into another story).
    "/world/inner-quay-works": "quay-works.html",
    // The extractor's own fixtures: a login page, and a short article around "Sign in" links and a login dropdown.
    "/account/login?return=%2Fnews%2Fharbour-fees-rise": "../../lib/ingest/extract/fixtures/sign-in-page.html",
    "/news/bank-app-outage": "../../lib/ingest/extract/fixtures/brief-with-sign-in-chrome.html",
    // A wire story (byline and time stamps, credits line) and a government press release, for their metadata lines and outlet kinds.
    "/markets/port-strike": "../../lib/ingest/extract/fixtures/wire-story-credits.html",
    "/news/lower-anne-defences": "../../lib/ingest/extract/fixtures/government-press-release.html",
  };
  const redirects: Record<string, string> = { "/news/harbour-fees-rise": "/account/login?return=%2Fnews%2Fharbour-fees-rise" };
  let otherHostOrigin = "";
  const server: Server = createServer((request, response) => {
    const location = redirects[request.url ?? ""];
    if (location) {
      response.writeHead(302, { Location: location }).end();
      return;
    }
    const file = pages[request.url ?? ""];
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    const html = readFileSync(path.join(import.meta.dirname, "fixtures", file), "utf8").replaceAll("{{OTHER_HOST_ORIGIN}}", otherHostOrigin);
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  otherHostOrigin = `http://localhost:${port}`;
  return { origin: `http://127.0.0.1:${port}`, otherHostOrigin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
