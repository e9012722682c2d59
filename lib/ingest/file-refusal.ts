/**
 * Files that are not an article, refused by name before any reading: the
 * same words wherever a file comes in (the app's upload, `lacuna add`,
 * `lacuna compare` and `report` on local files), so a PDF never reaches the
 * text cleaner, whose paragraphs of PDF syntax would be compared as prose.
 */

/** The first bytes of formats an analyst may pick up by mistake: none of them is a page or text. */
const BINARY_SIGNATURES: ReadonlyArray<readonly number[]> = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP: .docx, .xlsx, .odt, .epub
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // old Office (.doc, .xls)
];

export const binaryFileMessage = (fileName: string) => `${fileName} is not a web page or a text file (it looks like binary data).`;

/** Why the file cannot be an article (empty, a PDF, an image or office file), or null when it may be one. */
export function refusedFile(fileName: string, bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return `${fileName} is empty.`;
  // After a byte-order mark or blank lines at most: a text that merely mentions "%PDF-" is still a text.
  if (/^(\xef\xbb\xbf)?\s*%PDF-/.test(Buffer.from(bytes.subarray(0, 64)).toString("latin1"))) {
    return `${fileName} is a PDF. Lacuna reads web pages (.html) and text; copy the PDF's text and paste it instead.`;
  }
  if (BINARY_SIGNATURES.some((signature) => signature.every((byte, k) => bytes[k] === byte))) return binaryFileMessage(fileName);
  return null;
}
