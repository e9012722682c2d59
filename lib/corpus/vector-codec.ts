/**
 * Compact binary forms of an article's index entry, as stored in
 * ArticleIndex: 8 bytes per grouping feature (int32 term id + float32
 * weight) instead of ~20 as JSON, and exact lists of what was posted to the
 * inverted indexes so an edit or a deletion removes precisely those rows.
 * Little-endian throughout, whatever the machine.
 */
import type { IndexedTerms } from "../group/score-indexed-stories";
import type { PassageFingerprint } from "./passage-fingerprints";

/** Term ids must be ascending (the cosine walks both vectors in order); `encodeTerms` sorts them. */
export function encodeTerms(entries: ReadonlyArray<{ termId: number; weight: number }>): Uint8Array {
  const sorted = [...entries].sort((x, y) => x.termId - y.termId);
  const bytes = new Uint8Array(4 + sorted.length * 8);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, sorted.length, true);
  sorted.forEach((entry, k) => {
    view.setInt32(4 + k * 4, entry.termId, true);
    view.setFloat32(4 + sorted.length * 4 + k * 4, entry.weight, true);
  });
  return bytes;
}

export function decodeTerms(bytes: Uint8Array): IndexedTerms {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength >= 4 ? view.getUint32(0, true) : 0;
  if (bytes.byteLength !== 4 + n * 8) throw new Error(`Corrupt term vector: ${bytes.byteLength} bytes for ${n} terms.`);
  const termIds = new Int32Array(n);
  const weights = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    termIds[k] = view.getInt32(4 + k * 4, true);
    weights[k] = view.getFloat32(4 + n * 4 + k * 4, true);
  }
  return { termIds, weights };
}

export function encodeIds(ids: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(ids.length * 4);
  const view = new DataView(bytes.buffer);
  ids.forEach((id, k) => view.setInt32(k * 4, id, true));
  return bytes;
}

export function decodeIds(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.byteLength >> 2 }, (_, k) => view.getInt32(k * 4, true));
}

/** 12 bytes each: the 52-bit hash as a float64 (exact below 2^53) and the passage index. */
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
