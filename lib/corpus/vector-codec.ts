/**
 * Compact binary forms of an article's index entry, as stored in
 * ArticleIndex: 12 bytes per grouping feature (float64 hash + float32 weight)
 * instead of ~30 as JSON, and exact lists of what was posted to the inverted
 * indexes, so an edit or a deletion removes precisely those rows.
 * Little-endian throughout, whatever the machine. Hashes are 52-bit safe
 * integers, exact in a float64.
 */
import type { IndexedTerms } from "../group/score-indexed-stories";
import type { PassageFingerprint } from "./passage-fingerprints";

/**
 * Sorted by hash (the cosine walks two vectors in order); two features with
 * one hash — a collision, about never — are one feature with both weights.
 */
export function encodeTerms(entries: ReadonlyArray<{ hash: number; weight: number }>): Uint8Array {
  const merged = new Map<number, number>();
  for (const { hash, weight } of entries) merged.set(hash, (merged.get(hash) ?? 0) + weight);
  // A typed array sorts numbers natively, without a comparator call per step (a third of the encoding).
  const hashes = Float64Array.from(merged.keys()).sort();
  const n = hashes.length;
  const bytes = new Uint8Array(4 + n * 12);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  for (let k = 0; k < n; k++) {
    view.setFloat64(4 + k * 8, hashes[k]!, true);
    view.setFloat32(4 + n * 8 + k * 4, merged.get(hashes[k]!)!, true);
  }
  return bytes;
}

export function decodeTerms(bytes: Uint8Array): IndexedTerms {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength >= 4 ? view.getUint32(0, true) : 0;
  if (bytes.byteLength !== 4 + n * 12) throw new Error(`Corrupt term vector: ${bytes.byteLength} bytes for ${n} terms.`);
  const hashes = new Float64Array(n);
  const weights = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    hashes[k] = view.getFloat64(4 + k * 8, true);
    weights[k] = view.getFloat32(4 + n * 8 + k * 4, true);
  }
  return { hashes, weights };
}

export function encodeHashes(hashes: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(hashes.length * 8);
  const view = new DataView(bytes.buffer);
  hashes.forEach((hash, k) => view.setFloat64(k * 8, hash, true));
  return bytes;
}

export function decodeHashes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.byteLength >> 3 }, (_, k) => view.getFloat64(k * 8, true));
}

/** 12 bytes each: the 52-bit hash as a float64 and the passage index. */
export function encodeFingerprints(fingerprints: readonly PassageFingerprint[]): Uint8Array {
  const bytes = new Uint8Array(fingerprints.length * 12);
  const view = new DataView(bytes.buffer);
  fingerprints.forEach((f, k) => {
    view.setFloat64(k * 12, f.hash, true);
    view.setInt32(k * 12 + 8, f.passage, true);
  });
  return bytes;
}

export function decodeFingerprints(bytes: Uint8Array): PassageFingerprint[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: Math.floor(bytes.byteLength / 12) }, (_, k) => ({ hash: view.getFloat64(k * 12, true), passage: view.getInt32(k * 12 + 8, true) }));
}
