/**
 * Is this response an HTML page? Decided twice: from the Content-Type header
 * (so a declared PDF is refused before its body is read) and from the first
 * bytes (because headers lie: PDFs served as text/html, pages served with no
 * type or as application/octet-stream).
 */

export type HeaderVerdict =
  | { kind: "html" }
  /** No type, or one too vague to trust either way: the bytes decide. */
  | { kind: "unsure" }
  | { kind: "refused"; what: string };

export type SniffVerdict = { kind: "html" } | { kind: "text" } | { kind: "binary"; what: string };

/** How many leading bytes `sniffContent` wants to see. */
export const SNIFF_BYTES = 512;

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const UNSURE_TYPES = new Set([
  "",
  "text/plain",
  "application/octet-stream",
  "binary/octet-stream",
  "application/unknown",
  "unknown/unknown",
  "application/x-unknown-content-type",
  "text/xml",
  "application/xml",
]);

const REFUSED_TYPES: Record<string, string> = {
  "application/pdf": "a PDF",
  "application/x-pdf": "a PDF",
  "application/json": "JSON data",
  "application/msword": "a Word document",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
  "application/zip": "a ZIP archive",
  "application/rss+xml": "an RSS feed",
  "application/atom+xml": "an Atom feed",
};

/** The media type alone, lower-cased: "Text/HTML; charset=UTF-8" → "text/html". */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

export function judgeContentType(contentType: string | null | undefined): HeaderVerdict {
  const type = mediaType(contentType);
  if (HTML_TYPES.has(type)) return { kind: "html" };
  if (UNSURE_TYPES.has(type)) return { kind: "unsure" };
  const known = REFUSED_TYPES[type];
  if (known) return { kind: "refused", what: known };
  const major = type.split("/")[0];
  if (major === "image") return { kind: "refused", what: `an image (${type})` };
  if (major === "video") return { kind: "refused", what: `a video (${type})` };
  if (major === "audio") return { kind: "refused", what: `an audio file (${type})` };
  return { kind: "refused", what: `a ${type} file` };
}

/** Classify the first bytes of a body (after content-encoding is undone). */
export function sniffContent(head: Uint8Array): SniffVerdict {
  const starts = (...signature: number[]): boolean => signature.every((byte, i) => head[i] === byte);
  const ascii = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, SNIFF_BYTES)).toString("latin1");

  if (ascii.startsWith("%PDF-")) return { kind: "binary", what: "a PDF" };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { kind: "binary", what: "an image (PNG)" };
  if (starts(0xff, 0xd8, 0xff)) return { kind: "binary", what: "an image (JPEG)" };
  if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) return { kind: "binary", what: "an image (GIF)" };
  if (ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP") return { kind: "binary", what: "an image (WebP)" };
  if (starts(0x50, 0x4b, 0x03, 0x04)) return { kind: "binary", what: "a ZIP archive or office document" };
  if (starts(0x1f, 0x8b)) return { kind: "binary", what: "a gzip archive" };
  if (starts(0x7f, 0x45, 0x4c, 0x46) || starts(0x4d, 0x5a)) return { kind: "binary", what: "a program file" };

  // UTF-16 text is full of NUL bytes; only without a UTF-16 BOM do NULs mean binary.
  const utf16 = starts(0xff, 0xfe) || starts(0xfe, 0xff);
  const text = utf16 ? Buffer.from(head).toString(starts(0xff, 0xfe) ? "utf16le" : "latin1").replace(/\0/g, "") : ascii;
  if (!utf16 && ascii.includes("\0")) return { kind: "binary", what: "a binary file" };

  const lead = text.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, "").trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|!--|meta|title|script|style|div|p|h1|article)[\s>/]/.test(lead)) return { kind: "html" };
  if (lead.startsWith("<?xml") && /<html[\s>]/.test(lead)) return { kind: "html" };
  return { kind: "text" };
}
