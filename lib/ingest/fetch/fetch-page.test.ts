import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError, type FetchErrorCode } from "./fetch-error";
import { DEFAULT_USER_AGENT, fetchPage, type FetchOptions } from "./fetch-page";
import type { Resolver } from "./resolve-host";

// A small news site of our own, served on 127.0.0.1 for the duration of the tests.
const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Talks in London</title></head>
<body><article><h1>Ministers meet in London</h1><p>The two foreign ministers discussed “regional security” and trade.</p></article></body></html>`;

const SJIS_TOKYO = [0x93, 0x8c, 0x8b, 0x9e]; // 東京, from the Shift_JIS code table
const latin = (text: string): Buffer => Buffer.from(text, "latin1");

let base = "";
/** Bytes the /huge route managed to write before the client hung up. */
let hugeBytesWritten = 0;
const requestsSeen: { path: string; headers: http.IncomingHttpHeaders }[] = [];

const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://local").pathname;
  requestsSeen.push({ path, headers: req.headers });
  const html = (body: string | Buffer, type = "text/html; charset=utf-8", extra: http.OutgoingHttpHeaders = {}): void => {
    res.writeHead(200, { "Content-Type": type, ...extra });
    res.end(body);
  };
  const redirect = (location: string, status = 302): void => {
    res.writeHead(status, { Location: location });
    res.end();
  };

  switch (path) {
    case "/article":
      return html(ARTICLE);
    case "/echo":
      return html(`<html><body><p id="ua">${req.headers["user-agent"]}</p><p id="host">${req.headers.host}</p></body></html>`);
    case "/hop3":
      return redirect("/hop2", 301);
    case "/hop2":
      return redirect(`${base}/hop1`, 307);
    case "/hop1":
      return redirect("article?from=hop1", 303);
    case "/loop":
      return redirect("/loop");
    case "/to-private":
      return redirect("http://10.0.0.5/admin");
    case "/to-metadata":
      return redirect("http://169.254.169.254/latest/meta-data/", 301);
    case "/to-file":
      return redirect("file:///etc/passwd");
    case "/not-found":
      res.writeHead(404, { "Content-Type": "text/html" });
      return res.end("<html><body>Not here</body></html>");
    case "/forbidden":
      res.writeHead(403, { "Content-Type": "text/html" });
      return res.end("<html><body>No</body></html>");
    case "/slow":
      // Headers at once, then a trickle that never finishes.
      res.writeHead(200, { "Content-Type": "text/html" });
      res.write("<html><body>");
      {
        const drip = setInterval(() => res.write("<p>.</p>"), 50);
        res.on("close", () => clearInterval(drip));
      }
      return;
    case "/huge": {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.write("<html><body>");
      const chunk = Buffer.alloc(64 * 1024, "<p>filler</p>");
      let closed = false;
      res.on("close", () => (closed = true));
      const pump = (): void => {
        while (!closed && hugeBytesWritten < 64 * 1024 * 1024) {
          hugeBytesWritten += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        if (!closed) res.end("</body></html>");
      };
      return pump();
    }
    case "/declared-huge":
      res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(500 * 1024 * 1024) });
      return res.write("<html>");
    case "/gzip-bomb":
      return html(gzipSync(Buffer.alloc(8 * 1024 * 1024, "<p>a</p>")), "text/html", { "Content-Encoding": "gzip" });
    case "/pdf":
      return html(latin("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"), "application/pdf");
    case "/pdf-as-html":
      return html(latin("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "text/html");
    case "/image":
      return html(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "image/png");
    case "/untyped-html":
      res.writeHead(200, {});
      return res.end(ARTICLE);
    case "/octet-binary":
      return html(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00, 0xff, 0x10, 0x00]), "application/octet-stream");
    case "/sjis":
      return html(Buffer.concat([latin("<html><body><p>"), Buffer.from(SJIS_TOKYO), latin("</p></body></html>")]), "text/html; charset=Shift_JIS");
    case "/cp1252":
      return html(latin("<html><body><p>\x93Caf\xe9 talks\x94 \x96 \x80 5m</p></body></html>"), "text/html; charset=windows-1252");
    case "/meta-only":
      return html(
        Buffer.concat([latin('<html><head><meta charset="shift_jis"></head><body><p>'), Buffer.from(SJIS_TOKYO), latin("</p></body></html>")]),
        "text/html",
      );
    case "/gzip":
      return html(gzipSync(Buffer.from(ARTICLE)), "text/html; charset=utf-8", { "Content-Encoding": "gzip" });
    case "/brotli":
      return html(brotliCompressSync(Buffer.from(ARTICLE)), "text/html; charset=utf-8", { "Content-Encoding": "br" });
    case "/deflate":
      return html(deflateSync(Buffer.from(ARTICLE)), "text/html; charset=utf-8", { "Content-Encoding": "deflate" });
    case "/raw-deflate":
      return html(deflateRawSync(Buffer.from(ARTICLE)), "text/html; charset=utf-8", { "Content-Encoding": "deflate" });
    case "/cut-off":
      // Promises 100 KB, sends a little, then drops the connection.
      res.writeHead(200, { "Content-Type": "text/html", "Content-Length": "100000" });
      res.write("<html><body><p>The talks began");
      setTimeout(() => res.destroy(), 20);
      return;
    case "/zstd":
      return html(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0]), "text/html", { "Content-Encoding": "zstd" });
    case "/corrupt-gzip":
      return html(Buffer.concat([gzipSync(Buffer.from(ARTICLE)).subarray(0, 20), Buffer.alloc(40, 0xaa)]), "text/html", { "Content-Encoding": "gzip" });
    default:
      res.writeHead(500);
      return res.end();
  }
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const local: FetchOptions = { allowLoopback: true };

async function failure(url: string, options: FetchOptions = local): Promise<FetchError> {
  try {
    await fetchPage(url, options);
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error(`expected ${url} to fail`);
}

async function failureCode(url: string, options: FetchOptions = local): Promise<FetchErrorCode> {
  return (await failure(url, options)).code;
}

describe("fetchPage on a normal page", () => {
  it("returns the decoded HTML with its metadata", async () => {
    const page = await fetchPage(`${base}/article`, { ...local, now: () => new Date("2021-05-04T09:30:00Z") });
    expect(page.html).toBe(ARTICLE);
    expect(page.bytes.equals(Buffer.from(ARTICLE))).toBe(true);
    expect(page).toMatchObject({
      requestedUrl: `${base}/article`,
      finalUrl: `${base}/article`,
      status: 200,
      contentType: "text/html; charset=utf-8",
      charset: "utf-8",
      fetchedAt: "2021-05-04T09:30:00.000Z",
      redirects: [],
    });
  });

  it("identifies itself with Lacuna's User-Agent and asks for HTML", async () => {
    const page = await fetchPage(`${base}/echo`, local);
    expect(page.html).toContain(`<p id="ua">${DEFAULT_USER_AGENT}</p>`);
    const seen = requestsSeen.filter((entry) => entry.path === "/echo").at(-1);
    expect(seen?.headers.accept).toMatch(/^text\/html/);
    expect(seen?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("connects a host name to the address the resolver gave, sending the name as Host", async () => {
    const port = new URL(base).port;
    const asked: string[] = [];
    const resolver: Resolver = async (hostname) => {
      asked.push(hostname);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const page = await fetchPage(`http://news.example:${port}/echo`, { ...local, resolver });
    expect(page.html).toContain(`<p id="host">news.example:${port}</p>`);
    expect(asked).toEqual(["news.example"]);
  });
});

describe("fetchPage redirects", () => {
  it("follows a three-hop chain (absolute, root-relative and relative Locations) and records it", async () => {
    const page = await fetchPage(`${base}/hop3`, local);
    expect(page.finalUrl).toBe(`${base}/article?from=hop1`);
    expect(page.redirects).toEqual([`${base}/hop2`, `${base}/hop1`, `${base}/article?from=hop1`]);
    expect(page.html).toBe(ARTICLE);
  });

  it("gives up after the redirect limit", async () => {
    const error = await failure(`${base}/loop`);
    expect(error.code).toBe("too_many_redirects");
    expect(error.message).toMatch(/more than 5 times/);
    expect(await failureCode(`${base}/hop3`, { ...local, maxRedirects: 2 })).toBe("too_many_redirects");
  });

  it("refuses a redirect to a private address", async () => {
    const error = await failure(`${base}/to-private`);
    expect(error.code).toBe("blocked_address");
    expect(error.message).toBe("The link points to a private network address (10.0.0.5), which Lacuna does not fetch.");
    expect(error.url).toBe("http://10.0.0.5/admin");
  });

  it("refuses a redirect to the cloud metadata service", async () => {
    const error = await failure(`${base}/to-metadata`);
    expect(error.code).toBe("blocked_address");
    expect(error.message).toMatch(/cloud metadata service address \(169\.254\.169\.254\)/);
  });

  it("refuses a redirect to a non-web scheme", async () => {
    const error = await failure(`${base}/to-file`);
    expect(error.code).toBe("invalid_url");
    expect(error.message).toMatch(/redirects to a file: address/);
  });
});

describe("fetchPage address policy", () => {
  it("refuses 127.0.0.1 and localhost when loopback is not allowed", async () => {
    const port = new URL(base).port;
    const before = requestsSeen.length;
    expect((await failure(`http://127.0.0.1:${port}/article`, {})).message).toBe(
      "The link points to a loopback address (this machine itself) (127.0.0.1), which Lacuna does not fetch.",
    );
    expect(await failureCode(`http://localhost:${port}/article`, {})).toBe("blocked_address");
    expect(await failureCode(`http://LOCALHOST.:${port}/article`, {})).toBe("blocked_address");
    expect(await failureCode(`http://2130706433:${port}/article`, {})).toBe("blocked_address");
    expect(await failureCode(`http://0x7f.1:${port}/article`, {})).toBe("blocked_address");
    expect(await failureCode(`http://[::ffff:127.0.0.1]:${port}/article`, {})).toBe("blocked_address");
    expect(requestsSeen.length).toBe(before);
  });

  it("refuses a public host on a port other than 80 and 443, before any DNS query or connection", async () => {
    const asked: string[] = [];
    const resolver: Resolver = async (hostname) => {
      asked.push(hostname);
      return [{ address: "93.184.216.34", family: 4 }];
    };
    const quick = { resolver, connectTimeoutMs: 300 };
    const named = await failure("http://news.example:8080/story", quick);
    expect(named.code).toBe("blocked_port");
    expect(named.message).toMatch(/port 8080; Lacuna fetches only the standard web ports 80 and 443/);
    expect(await failureCode("https://news.example:8443/story", quick)).toBe("blocked_port");
    expect(await failureCode("http://93.184.216.34:6379/", quick)).toBe("blocked_port");
    expect(asked).toEqual([]);
  });

  it("refuses a host whose DNS answers mix a public and a private address", async () => {
    const resolver: Resolver = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    const error = await failure("http://rebind.example/story", { resolver });
    expect(error.code).toBe("blocked_address");
    expect(error.message).toBe("rebind.example resolves to a private network address (10.0.0.5), which Lacuna does not fetch.");
  });

  it("refuses a host that resolves to loopback even through an IPv6-mapped answer", async () => {
    const resolver: Resolver = async () => [{ address: "::ffff:127.0.0.1", family: 6 }];
    expect(await failureCode("http://sneaky.example/", { ...local, resolver })).toBe("blocked_address");
  });

  it("reports a name that does not resolve", async () => {
    const resolver: Resolver = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const error = await failure("https://no-such-outlet.example/a", { resolver });
    expect(error.code).toBe("dns_failed");
    expect(error.message).toMatch(/Could not find the site no-such-outlet\.example/);
  });
});

describe("fetchPage limits", () => {
  it("stops when the caller cancels", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(`${base}/slow`, { ...local, signal: controller.signal });
    expect(error.code).toBe("network");
    expect(error.message).toBe("The fetch was cancelled.");
  });

  it("stops a page that trickles past the total timeout", async () => {
    const error = await failure(`${base}/slow`, { ...local, totalTimeoutMs: 300 });
    expect(error.code).toBe("timeout");
    expect(error.message).toMatch(/within 0\.3 seconds/);
  });

  it("stops when resolving and connecting takes longer than the connect timeout", async () => {
    const resolver: Resolver = () => new Promise(() => undefined);
    const error = await failure("http://stuck.example/", { resolver, connectTimeoutMs: 150, totalTimeoutMs: 5000 });
    expect(error.code).toBe("timeout");
    expect(error.message).toMatch(/Could not connect to stuck\.example/);
  });

  it("aborts a page that grows past the size cap mid-stream without downloading the rest", async () => {
    const error = await failure(`${base}/huge`, { ...local, maxBytes: 256 * 1024 });
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/larger than 256 KB/);
    // Give the server a moment to notice the hang-up, then check it was cut off early.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hugeBytesWritten).toBeLessThan(16 * 1024 * 1024);
  });

  it("refuses a declared Content-Length over the cap before reading", async () => {
    const error = await failure(`${base}/declared-huge`, { ...local, maxBytes: 1024 * 1024 });
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/500 MB, more than the 1 MB/);
  });

  it("applies the cap to decompressed bytes (a gzip bomb)", async () => {
    expect(await failureCode(`${base}/gzip-bomb`, { ...local, maxBytes: 1024 * 1024 })).toBe("too_large");
  });
});

describe("fetchPage content checks", () => {
  it("refuses a PDF by its Content-Type", async () => {
    const error = await failure(`${base}/pdf`);
    expect(error.code).toBe("not_html");
    expect(error.message).toMatch(/^The page is a PDF, not an HTML article/);
  });

  it("refuses a PDF that claims to be text/html", async () => {
    const error = await failure(`${base}/pdf-as-html`);
    expect(error.code).toBe("not_html");
    expect(error.message).toMatch(/PDF/);
  });

  it("refuses an image", async () => {
    const error = await failure(`${base}/image`);
    expect(error.code).toBe("not_html");
    expect(error.message).toMatch(/an image \(image\/png\)/);
  });

  it("refuses binary bytes served as application/octet-stream", async () => {
    expect(await failureCode(`${base}/octet-binary`)).toBe("not_html");
  });

  it("accepts an HTML page served without a Content-Type", async () => {
    const page = await fetchPage(`${base}/untyped-html`, local);
    expect(page.html).toBe(ARTICLE);
    expect(page.contentType).toBe("");
  });

  it("reports 404 and 403 with the status and advice", async () => {
    const missing = await failure(`${base}/not-found`);
    expect(missing).toMatchObject({ code: "http_status", status: 404 });
    expect(missing.message).toMatch(/does not exist \(404 Not Found\)/);
    const refused = await failure(`${base}/forbidden`);
    expect(refused.message).toMatch(/refused access \(403 Forbidden\).*paste the text/);
  });

  it.each([
    ["not a link", /is not a web address/],
    ["ftp://files.example/a.html", /Only http:\/\/ and https:\/\//],
    ["file:///etc/passwd", /not file:\/\/ links/],
    ["http://editor:secret@news.example/a", /user name or password/],
  ])("refuses the input %s as an invalid URL", async (input, message) => {
    const error = await failure(input, {});
    expect(error.code).toBe("invalid_url");
    expect(error.message).toMatch(message);
  });
});

describe("fetchPage character encodings and compression", () => {
  it("decodes a Shift_JIS page announced in the header", async () => {
    const page = await fetchPage(`${base}/sjis`, local);
    expect(page.html).toBe("<html><body><p>東京</p></body></html>");
    expect(page.charset).toBe("shift_jis");
  });

  it("decodes a windows-1252 page announced in the header", async () => {
    const page = await fetchPage(`${base}/cp1252`, local);
    expect(page.html).toBe("<html><body><p>“Café talks” – € 5m</p></body></html>");
    expect(page.charset).toBe("windows-1252");
  });

  it("decodes a page that names its encoding only in <meta charset>", async () => {
    const page = await fetchPage(`${base}/meta-only`, local);
    expect(page.html).toContain("<p>東京</p>");
    expect(page.charset).toBe("shift_jis");
  });

  it("reports a connection dropped mid-page as a network failure", async () => {
    const error = await failure(`${base}/cut-off`);
    expect(error.code).toBe("network");
    expect(error.message).toMatch(/closed before the whole page arrived/);
  });

  it("explains a compression it cannot undo, and a corrupt gzip body", async () => {
    const unsupported = await failure(`${base}/zstd`);
    expect(unsupported.code).toBe("decode_failed");
    expect(unsupported.message).toMatch(/compressed as "zstd"/);
    expect(await failureCode(`${base}/corrupt-gzip`)).toBe("decode_failed");
  });

  it.each(["/gzip", "/brotli", "/deflate", "/raw-deflate"])("undoes the %s content encoding", async (path) => {
    const page = await fetchPage(`${base}${path}`, local);
    expect(page.html).toBe(ARTICLE);
    expect(page.bytes.length).toBe(Buffer.byteLength(ARTICLE));
  });
});
