/**
 * An inverted index from 30-bit keys (stem or shingle hashes) to the passages
 * that hold them, built as one sorted array of (key, passage) codes: one
 * native sort and a binary search per look-up, instead of a map holding an
 * array per key (thousands of small allocations per article).
 */

/** Passage positions must fit below this (maxPassages is far smaller). */
const SLOT = 0x10000;

export class PostingIndex {
  private readonly codes: Float64Array;

  /** `keysOf(j)` lists the distinct keys of passage j. */
  constructor(count: number, keysOf: (j: number) => readonly number[]) {
    let size = 0;
    for (let j = 0; j < count; j++) size += keysOf(j).length;
    const codes = new Float64Array(size);
    let n = 0;
    for (let j = 0; j < count; j++) for (const key of keysOf(j)) codes[n++] = key * SLOT + j;
    // key × 2^16 + j < 2^46: exact in a double, and sorting the codes sorts by key, then passage.
    this.codes = codes.sort();
  }

  /** First position whose code is at least `code`. */
  private lowerBound(code: number): number {
    let lo = 0;
    let hi = this.codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.codes[mid] as number) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Adds `amount` to `evidence[j]` for every passage j holding `key`, unless
   * more than `cap` do (a common key says nothing about which passages
   * match); passages credited for the first time are appended to `touched`.
   */
  credit(key: number, cap: number, amount: number, evidence: Float64Array, touched: number[]): void {
    const codes = this.codes;
    const base = key * SLOT;
    const start = this.lowerBound(base);
    const end = Math.min(codes.length, start + cap + 1);
    let last = start;
    while (last < end && (codes[last] as number) < base + SLOT) last++;
    if (last - start > cap) return;
    for (let k = start; k < last; k++) {
      const j = (codes[k] as number) - base;
      if (evidence[j] === 0) touched.push(j);
      evidence[j] = (evidence[j] as number) + amount;
    }
  }
}

export const MAX_INDEXED_PASSAGES = SLOT;
