/**
 * `Content-Encoding: deflate` means zlib-wrapped deflate (RFC 9110), but some
 * old servers send raw deflate without the zlib header. Browsers accept both,
 * so this picks the decoder from the first two bytes of the body.
 */
import { Transform, type TransformCallback } from "node:stream";
import { createInflate, createInflateRaw, type Inflate, type InflateRaw } from "node:zlib";

export function createInflateEither(): Transform {
  let inner: Inflate | InflateRaw | null = null;
  let failed: Error | null = null;
  // The header check needs two bytes; a first chunk of one byte waits here.
  let pending: Buffer | null = null;

  const outer = new Transform({
    transform(incoming: Buffer, _encoding, done: TransformCallback) {
      const chunk: Buffer = pending ? Buffer.concat([pending, incoming]) : incoming;
      pending = null;
      if (!inner) {
        if (chunk.length < 2) {
          pending = chunk;
          return done();
        }
        inner = start(hasZlibHeader(chunk) ? createInflate() : createInflateRaw());
      }
      inner.write(chunk, () => done(failed));
    },
    flush(done: TransformCallback) {
      // An empty body stays empty (servers send them with the header on, e.g. for a HEAD-like error page).
      if (!inner && !pending) return done();
      // A body of under two bytes: let the raw decoder judge it (and fail if it is junk).
      inner ??= start(createInflateRaw());
      if (pending) inner.write(pending);
      inner.once("end", () => done());
      inner.end();
    },
    destroy(error, done) {
      inner?.destroy();
      done(error);
    },
  });
  const start = (decoder: Inflate | InflateRaw): Inflate | InflateRaw => {
    decoder.on("data", (data: Buffer) => outer.push(data));
    decoder.on("error", (error) => {
      failed = error;
      outer.destroy(error);
    });
    return decoder;
  };
  return outer;
}

/** RFC 1950: compression method 8 in the low nibble, and the two header bytes a multiple of 31. */
function hasZlibHeader(chunk: Buffer): boolean {
  const cmf = chunk[0]!;
  const flg = chunk[1]!;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}
