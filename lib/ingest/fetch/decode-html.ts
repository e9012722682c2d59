/**
 * Turn the raw bytes of an HTML page into a string, finding the encoding the
 * way a browser would, in order: byte-order mark, the HTTP header's charset,
 * a `<meta>` declaration near the top, then UTF-8 — and when bytes claimed
 * or assumed to be UTF-8 are not valid UTF-8, windows-1252 (the de-facto
 * encoding of old Western pages), so an article never comes out full of �.
 */
import { decodeWindows1252 } from "./windows-1252";

export type CharsetSource = "bom" | "header" | "meta" | "default" | "fallback";

export interface DecodedHtml {
  html: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "shift_jis", "windows-1252". */
  charset: string;
  source: CharsetSource;
  /** Why a declared encoding was not used, for the snapshot's record; empty when all went as declared. */
  notes: string[];
}

/** How far into the page a `<meta charset>` is looked for (browsers use 1024; pages are sloppy). */
const META_SCAN_BYTES = 2048;

export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): DecodedHtml {
  const notes: string[] = [];

  const bom = sniffBom(bytes);
  if (bom) return { html: decodeWith(bom.encoding, bytes.subarray(bom.length)), charset: bom.encoding, source: "bom", notes };

  const candidates: { label: string; source: CharsetSource }[] = [];
  if (headerCharset) candidates.push({ label: headerCharset, source: "header" });
  const meta = findMetaCharset(bytes);
  if (meta) candidates.push({ label: meta, source: "meta" });

  for (const { label, source } of candidates) {
    let encoding = encodingFor(label);
    if (!encoding) {
      notes.push(`Unknown character encoding "${label}" declared in the ${source === "header" ? "HTTP header" : "page"}; ignored.`);
      continue;
    }
    // A page cannot declare a UTF-16 encoding in its own ASCII-compatible
    // bytes; browsers read such declarations as UTF-8, and so do we.
    if (source === "meta" && encoding.startsWith("utf-16")) encoding = "utf-8";
    if (encoding !== "utf-8") return { html: decodeWith(encoding, bytes), charset: encoding, source, notes };
    const strict = tryUtf8(bytes);
    if (strict !== null) return { html: strict, charset: "utf-8", source, notes };
    notes.push(`The ${source === "header" ? "HTTP header" : "page"} declares UTF-8 but the bytes are not valid UTF-8.`);
  }

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { html: utf8, charset: "utf-8", source: "default", notes };
  notes.push("Invalid UTF-8 sequences; decoded as windows-1252 instead.");
  return { html: decodeWith("windows-1252", bytes), charset: "windows-1252", source: "fallback", notes };
}

/**
 * The text of a plain-text file, which has no header or <meta> to declare
 * its encoding: a byte-order mark (UTF-8, UTF-16), else UTF-8 when the bytes
 * are valid UTF-8, else windows-1252 — a text saved on Windows or in Latin-1
 * ("Café owners in München") keeps its letters instead of turning them into
 * replacement marks.
 */
export function decodePlainText(bytes: Uint8Array): string {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length));
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes);
  return tryUtf8(bytes) ?? decodeWith("windows-1252", bytes);
}

/**
 * The encoding of a text read as a stream (a JSON Lines import), from its
 * first bytes (4 KB is enough): a byte-order mark, else UTF-16 without one,
 * else UTF-8. Windows PowerShell 5.1 writes UTF-16 with `>` and `Out-File`.
 * Unlike decodePlainText there is no windows-1252 fallback: that needs the
 * whole text to have been checked as UTF-8 first.
 */
export function streamedTextEncoding(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  const bom = sniffBom(head);
  if (bom) return bom.encoding;
  return bomlessUtf16(head) ?? "utf-8";
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools and exports):
 * in mostly-Latin text every other byte is zero, on the odd side for
 * little-endian and the even side for big-endian. Read as UTF-8 it is full of
 * NUL characters and refused as binary. Only a near-perfect pattern over the
 * first 4 KB counts, which binary files do not show.
 */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.9 && evenZero <= pairs * 0.02) return "utf-16le";
  if (evenZero >= pairs * 0.9 && oddZero <= pairs * 0.02) return "utf-16be";
  return null;
}

/** The charset parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? "").trim();
  return value === "" ? null : value;
}

/** The WHATWG encoding name for a label ("latin1" → "windows-1252", "sjis" → "shift_jis"), or null when unknown. */
export function encodingFor(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // "replacement" is what WHATWG maps unsafe legacy labels (ISO-2022-KR…) to: it decodes to one U+FFFD.
    return encoding === "replacement" ? null : encoding;
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be"; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  return null;
}

function findMetaCharset(bytes: Uint8Array): string | null {
  // Every encoding a page can declare itself in is ASCII-compatible for the
  // markup, so reading the head as latin1 is enough to find the declaration.
  const head = Buffer.from(bytes.subarray(0, META_SCAN_BYTES)).toString("latin1").replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const text = tag[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(text);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
