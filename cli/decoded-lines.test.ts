import { describe, expect, it } from "vitest";
import { decodedLines } from "./decoded-lines";

/** The bytes as a pipe may deliver them: in chunks of any size, cutting characters in half. */
async function* inChunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function linesOf(bytes: Buffer, size: number): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of decodedLines(inChunks(bytes, size))) lines.push(line);
  return lines;
}

const LINES = Array.from({ length: 300 }, (_, n) => `{"n":${n},"text":"Genève, 日本, “quoted” — ${"é".repeat(n % 7)}"}`);
const TEXT = LINES.join("\r\n") + "\r\n";

describe("decodedLines", () => {
  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8")],
    ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])],
    ["UTF-16LE with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")])],
    ["UTF-16BE with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, "utf16le").swap16()])],
  ])("reads %s line by line, whatever size the chunks come in", async (_name, bytes) => {
    for (const size of [1, 3, 4097, 65_536]) expect(await linesOf(bytes, size)).toEqual(LINES);
  });

  it("reads mostly-Latin UTF-16 without a byte-order mark (decode-html.ts says why only mostly-Latin)", async () => {
    const latin = LINES.map((line) => line.replace(/[^\x20-\xff]/g, "-"));
    const bytes = Buffer.from(latin.join("\n") + "\n", "utf16le");
    for (const size of [1, 4097]) expect(await linesOf(bytes, size)).toEqual(latin);
    for (const size of [1, 4097]) expect(await linesOf(Buffer.from(bytes).swap16(), size)).toEqual(latin);
  });

  it("reads a text shorter than the bytes it sniffs, and an empty one", async () => {
    expect(await linesOf(Buffer.from([0xff, 0xfe, ...Buffer.from("a\nb", "utf16le")]), 2)).toEqual(["a", "b"]);
    expect(await linesOf(Buffer.alloc(0), 1)).toEqual([]);
  });
});
