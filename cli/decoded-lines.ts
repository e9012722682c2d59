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
    let text: string;
    if (decoder) text = decoder.decode(bytes, { stream: true });
    else {
      head.push(bytes);
      headLength += bytes.length;
      if (headLength < SNIFF_BYTES) continue;
      const start = Buffer.concat(head);
      head = [];
      decoder = new TextDecoder(streamedTextEncoding(start));
      text = decoder.decode(start, { stream: true });
    }
    // A chunk ending inside a character decodes to nothing yet. No empty strings go to readline: between a
    // "\r" and its "\n" one made it count the "\n" as a second line break.
    if (text) yield text;
  }
  if (!decoder) {
    const start = Buffer.concat(head);
    decoder = new TextDecoder(streamedTextEncoding(start));
    const text = decoder.decode(start, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export function decodedLines(input: AsyncIterable<Buffer | string>): AsyncIterable<string> {
  return createInterface({ input: Readable.from(decodedChunks(input)), crlfDelay: Infinity });
}
