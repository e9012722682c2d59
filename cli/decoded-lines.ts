/**
 * The lines of a text stream (a file or stdin), decoded as its first bytes
 * say (streamedTextEncoding: a byte-order mark, UTF-16 without one, else
 * UTF-8), the mark itself dropped. Read as UTF-8, a JSON Lines file saved by
 * Windows PowerShell 5.1 (`>` and `Out-File` write UTF-16) had every line
 * "not JSON". The stream is decoded as it comes, so a large import never
 * sits in memory whole.
 */
import { Readable } from "node:stream";
import { createInterface } from "node:readline";
import { streamedTextEncoding } from "../lib/ingest/fetch/decode-html";

/** Enough bytes to tell the encoding (what streamedTextEncoding reads of a text). */
const SNIFF_BYTES = 4096;

async function* decodedChunks(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let head: Buffer[] = [];
  let headLength = 0;
  let decoder: TextDecoder | undefined;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (!decoder) {
      head.push(bytes);
      headLength += bytes.length;
      if (headLength < SNIFF_BYTES) continue;
      const start = Buffer.concat(head);
      head = [];
      decoder = new TextDecoder(streamedTextEncoding(start));
      yield decoder.decode(start, { stream: true });
      continue;
    }
    yield decoder.decode(bytes, { stream: true });
  }
  if (!decoder) {
    const start = Buffer.concat(head);
    decoder = new TextDecoder(streamedTextEncoding(start));
    yield decoder.decode(start, { stream: true });
  }
  yield decoder.decode();
}

export function decodedLines(input: AsyncIterable<Buffer | string>): AsyncIterable<string> {
  return createInterface({ input: Readable.from(decodedChunks(input)), crlfDelay: Infinity });
}
