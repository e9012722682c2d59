import { describe, expect, it } from "vitest";
import { decodeHtmlFile } from "./decode-html-file";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("decodeHtmlFile", () => {
  it("honours a UTF-8 byte-order mark and strips it", () => {
    const html = decodeHtmlFile(bytes([0xef, 0xbb, 0xbf], "<p>caf", [0xc3, 0xa9], "</p>"));
    expect(html).toBe("<p>café</p>");
  });

  it("honours <meta charset> for legacy encodings, curly quotes included", () => {
    const html = decodeHtmlFile(bytes('<meta charset="windows-1252"><p>', [0x93], "Hi", [0x94], "</p>"));
    expect(html).toContain("<p>“Hi”</p>");
  });

  it("reads UTF-8 when nothing is declared", () => {
    expect(decodeHtmlFile(new TextEncoder().encode("<p>Zürich – 東京</p>"))).toBe("<p>Zürich – 東京</p>");
  });
});
