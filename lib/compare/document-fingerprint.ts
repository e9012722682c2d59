/**
 * A compact fingerprint of everything that decides how a document is
 * prepared for comparison (its source info and each block's role and text):
 * a few dozen characters however long the article, where its whole JSON
 * (megabytes for a long one) used to serve as a cache key.
 *
 * Two independent 32-bit hashes over the same length-framed stream, plus the
 * stream's length: two different documents share all three by chance about
 * once in 2^64 comparisons. The cache still compares the content on a hit
 * (lib/compare/prepared-document-cache.ts), so even that cannot serve a
 * wrong reading.
 */
import type { ComparableDocument } from "../types/comparison";

export function documentFingerprint(doc: ComparableDocument): string {
  const hash = new FingerprintHash();
  hash.add(JSON.stringify(doc.info));
  hash.add(String(doc.blocks.length));
  for (const block of doc.blocks) {
    hash.add(block.role);
    hash.add(block.text);
  }
  return hash.digest();
}

/**
 * FNV-1a and a multiply–rotate hash (murmur-style constants) side by side.
 * Every string is preceded by its length, so ["ab", "c"] and ["a", "bc"] feed
 * different streams.
 */
class FingerprintHash {
  private fnv = 0x811c9dc5;
  private mix = 0x9747b28c;
  private length = 0;

  add(text: string): void {
    this.unit(text.length & 0xffff);
    this.unit(text.length >>> 16);
    for (let i = 0; i < text.length; i++) this.unit(text.charCodeAt(i));
  }

  private unit(code: number): void {
    this.fnv = Math.imul(this.fnv ^ code, 0x01000193);
    let k = Math.imul(code, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    this.mix ^= Math.imul(k, 0x1b873593);
    this.mix = (this.mix << 13) | (this.mix >>> 19);
    this.mix = (Math.imul(this.mix, 5) + 0xe6546b64) | 0;
    this.length++;
  }

  digest(): string {
    // Final avalanche of the second hash (murmur3's fmix32), so nearby inputs spread.
    let h = this.mix ^ this.length;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    return `${(this.fnv >>> 0).toString(36)}.${(h >>> 0).toString(36)}.${this.length.toString(36)}`;
  }
}
