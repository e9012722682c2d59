/**
 * Read a response body under a size cap, undoing gzip / deflate / brotli.
 *
 * The cap is checked as bytes arrive — on the wire bytes AND on the
 * decompressed bytes, since a 10 KB gzip bomb can inflate to gigabytes — and
 * the stream is torn down the moment it is exceeded, so an oversized page
 * costs at most `maxBytes` of memory and never the rest of the download.
 */
import type { IncomingMessage } from "node:http";
import { Transform, pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, type BrotliDecompress, type Gunzip } from "node:zlib";
import { FetchError, formatBytes } from "./fetch-error";
import { createInflateEither } from "./inflate-either";

export interface ReadBodyOptions {
  maxBytes: number;
  url: string;
  /** Called once with the first bytes of the decoded body (fewer if the body is short); throw to abort. */
  inspectHead: (head: Buffer) => void;
  headBytes: number;
}

export async function readBody(response: IncomingMessage, options: ReadBodyOptions): Promise<Buffer> {
  const { maxBytes, url } = options;
  const tooLarge = (): FetchError =>
    new FetchError("too_large", `The page is larger than ${formatBytes(maxBytes)}, the most Lacuna fetches for one article.`, { url });

  const decoder = decoderFor(response.headers["content-encoding"], url);
  let source: Readable = response;
  if (decoder) {
    let wireBytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        wireBytes += chunk.length;
        done(wireBytes > maxBytes ? tooLarge() : null, chunk);
      },
    });
    // pipeline destroys every stage (and so the socket) when any stage fails;
    // the error then surfaces from the iteration below.
    source = pipeline(response, counter, decoder, () => undefined);
  }

  const chunks: Buffer[] = [];
  let total = 0;
  let inspected = false;
  try {
    for await (const chunk of source) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(buffer);
      if (!inspected && total >= options.headBytes) {
        inspected = true;
        options.inspectHead(Buffer.concat(chunks));
      }
    }
  } catch (error) {
    source.destroy();
    response.destroy();
    if (error instanceof FetchError) throw error;
    if (decoder && isZlibError(error)) {
      throw new FetchError("decode_failed", "The site sent a corrupt compressed page; try again later.", { url, cause: error });
    }
    throw new FetchError("network", "The connection closed before the whole page arrived. Try again later.", { url, cause: error });
  }
  const body = Buffer.concat(chunks);
  if (!inspected) options.inspectHead(body);
  return body;
}

function decoderFor(contentEncoding: string | undefined, url: string): Gunzip | BrotliDecompress | Transform | null {
  const encoding = (contentEncoding ?? "").trim().toLowerCase();
  if (encoding === "" || encoding === "identity") return null;
  if (encoding === "gzip" || encoding === "x-gzip") return createGunzip();
  if (encoding === "deflate") return createInflateEither();
  if (encoding === "br") return createBrotliDecompress();
  throw new FetchError("decode_failed", `The site sent the page compressed as "${encoding}", which Lacuna cannot decompress.`, { url });
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("Z_");
}
