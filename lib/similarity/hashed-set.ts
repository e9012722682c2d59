/**
 * Sets of words, stems and n-grams stored as sorted arrays of 30-bit hashes
 * (plain arrays: small typed arrays cost far more to allocate),
 * so that counting what two sentences share is a merge of two integer arrays
 * instead of string hashing: the pair scorer runs this for every candidate
 * pair. 30 bits keep every value a small integer for the engine (no boxed
 * numbers in maps or arrays). A collision (two items, one hash) is rare at
 * sentence scale (tens to hundreds of items against 2^30 values) and only
 * nudges a share.
 */

const MASK = 0x3fffffff;

/** FNV-1a over UTF-16 code units, folded to 30 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 30)) & MASK;
}

/** Hash of an ordered pair of hashes (word bigram, stem shingle): no string is built. */
export function mixHashes(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x01000193);
  h = Math.imul(h ^ b, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & MASK;
}

/** Sorts `values` in place and truncates it to its distinct values; returns it. */
export function sortedUnique(values: number[]): number[] {
  if (values.length > 24) {
    // The engine's native numeric sort of a typed array beats any comparator sort on longer lists.
    const sorted = Int32Array.from(values).sort();
    for (let i = 0; i < sorted.length; i++) values[i] = sorted[i] as number;
  } else {
    // Sentences give tens of values: an insertion sort beats the built-in sort's set-up cost.
    for (let i = 1; i < values.length; i++) {
      const v = values[i] as number;
      let j = i - 1;
      while (j >= 0 && (values[j] as number) > v) {
        values[j + 1] = values[j] as number;
        j--;
      }
      values[j + 1] = v;
    }
  }
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (n === 0 || v !== values[n - 1]) values[n++] = v;
  }
  values.length = n;
  return values;
}

export function hashedSet(items: Iterable<string>): number[] {
  return sortedUnique(Array.from(items, hashString));
}

/** Values present in both sorted, duplicate-free arrays. */
export function sharedHashes(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** 2·shared / (|a| + |b|); 0 when both are empty. */
export function hashedDice(a: readonly number[], b: readonly number[]): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * sharedHashes(a, b)) / total;
}

/** Whether the sorted array holds `value` (binary search). */
export function hasHash(sorted: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
