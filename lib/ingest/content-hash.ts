/**
 * The de-duplication key of an article: sha256 of its clean text with the
 * differences that do not make it another article removed (case, whitespace,
 * quote and dash styles). A syndicated copy at another URL hashes the same.
 */
import { createHash } from "node:crypto";
import { normalizePunctuation } from "../text/normalize";

export function contentHash(cleanText: string): string {
  const canonical = normalizePunctuation(cleanText).toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(canonical).digest("hex");
}
