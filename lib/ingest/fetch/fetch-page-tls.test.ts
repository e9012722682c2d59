import { readFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "./fetch-error";
import { fetchPage } from "./fetch-page";
import type { Resolver } from "./resolve-host";

// A self-signed certificate for news.example, made for these tests only
// (openssl req -x509 … -subj /CN=news.example -addext subjectAltName=DNS:news.example).
const cert = readFileSync(new URL("./fixtures/self-signed-cert.pem", import.meta.url), "utf8");
const key = readFileSync(new URL("./fixtures/self-signed-key.pem", import.meta.url), "utf8");

let port = 0;
const server = https.createServer({ cert, key }, (req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(`<html><body><p>Served over TLS to ${req.headers.host}</p></body></html>`);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const toLocal: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];

describe("fetchPage over https", () => {
  it("verifies the certificate against the host name while connecting to the checked address", async () => {
    const page = await fetchPage(`https://news.example:${port}/story`, { allowLoopback: true, resolver: toLocal, extraCaCertificates: [cert] });
    expect(page.html).toContain(`Served over TLS to news.example:${port}`);
  });

  it("refuses a certificate it cannot verify, saying so", async () => {
    const error = await fetchPage(`https://news.example:${port}/story`, { allowLoopback: true, resolver: toLocal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe("network");
    expect((error as FetchError).message).toMatch(/security certificate of news\.example could not be verified/);
  });

  it("refuses a certificate for another name than the one in the link", async () => {
    const resolver: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    const error = await fetchPage(`https://other.example:${port}/`, { allowLoopback: true, resolver, extraCaCertificates: [cert] }).catch((e: unknown) => e);
    expect((error as FetchError).code).toBe("network");
  });
});
