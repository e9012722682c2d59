import { Readable } from "node:stream";
import { deflateRawSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createInflateEither } from "./inflate-either";

async function inflate(parts: Buffer[]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.from(parts).pipe(createInflateEither())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const page = "<html><body>" + "<p>The ministers met for ninety minutes.</p>".repeat(200) + "</body></html>";

describe("createInflateEither", () => {
  it("inflates zlib-wrapped deflate, the standard form", async () => {
    expect(await inflate([deflateSync(page)])).toBe(page);
  });

  it("inflates raw deflate that old servers send, even split into small chunks", async () => {
    const raw = deflateRawSync(page);
    const parts = [raw.subarray(0, 1), raw.subarray(1, 50), raw.subarray(50)];
    expect(await inflate(parts)).toBe(page);
  });

  it("handles an empty body", async () => {
    expect(await inflate([])).toBe("");
  });

  it("fails on bytes that are not deflate at all", async () => {
    await expect(inflate([Buffer.from("\xff\xff\xff\xff not deflate", "latin1")])).rejects.toThrow();
  });
});
