import { decodePlainText } from "../lib/ingest/fetch/decode-html";

/** All of standard input as bytes: a piped page or text file, whatever its encoding. */
export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** All of standard input as text, decoded as a text file is (byte-order mark, UTF-8, else windows-1252). */
export async function readStdin(): Promise<string> {
  return decodePlainText(await readStdinBytes());
}
