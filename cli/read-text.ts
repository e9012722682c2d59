/**
 * Text the CLI reads, from standard input or a file, decoded as a text file
 * is (decodePlainText: byte-order mark, UTF-16 without one, UTF-8, else
 * windows-1252), so every command reads what Windows tools write (PowerShell
 * 5.1's `>` writes UTF-16) as well as UTF-8. JSON Lines imports stream
 * instead (decoded-lines.ts).
 */
import { readFile } from "node:fs/promises";
import { decodePlainText } from "../lib/ingest/fetch/decode-html";

/** All of standard input as bytes: a piped page or text file, whatever its encoding. */
export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** All of standard input as text. */
export async function readStdin(): Promise<string> {
  return decodePlainText(await readStdinBytes());
}

/** A whole text file (a manifest, a list of links, an article) as text; fails as readFile does. */
export async function readTextFile(file: string): Promise<string> {
  return decodePlainText(await readFile(file));
}
