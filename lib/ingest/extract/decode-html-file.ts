/**
 * Decodes the bytes of a saved HTML file (no HTTP headers): byte-order mark,
 * then <meta charset>, then UTF-8 with a windows-1252 fallback. Delegates to
 * the fetch layer's decoder so files and fetched pages decode identically
 * (it also works around Node's TextDecoder treating windows-1252 as Latin-1).
 */
import { decodeHtml } from "../fetch/decode-html";

export function decodeHtmlFile(bytes: Uint8Array): string {
  return decodeHtml(bytes).html;
}
