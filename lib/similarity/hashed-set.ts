/**
 * Sets of short strings (word n-grams, character n-grams) stored as sorted
 * 32-bit hashes, so that counting what two sentences share is a merge of two
 * integer arrays instead of string hashing: the pair scorer runs this for
 * every candidate pair. A collision (two grams, one hash) is rare at sentence
 * scale (hundreds of grams against 2^32 values) and only nudges a share.
 */

/** FNV-1a over UTF-16 code units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function hashedSet(items: Iterable<string>): Uint32Array {
  const values = new Set<number>();
  for (const item of items) values.add(hash(item));
  return Uint32Array.from(values).sort();
}

export function sharedHashes(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
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
export function hashedDice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * sharedHashes(a, b)) / total;
}
