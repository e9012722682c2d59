/**
 * An inverted index from 30-bit keys (stem or shingle hashes) to the passages
 * that hold them: an open-addressing hash table of keys pointing into one
 * flat array of postings (counted, then filled). Building is two passes with
 * no per-key allocation, and a look-up is a probe or two — instead of a map
 * holding an array per key (thousands of small allocations per article).
 */

const EMPTY = -1;

export class PostingIndex {
  private readonly keys: Int32Array;
  private readonly starts: Int32Array;
  private readonly counts: Int32Array;
  private readonly postings: Int32Array;
  private readonly mask: number;

  /** `keysOf(j)` lists the distinct keys of passage j (non-negative 30-bit integers). */
  constructor(count: number, keysOf: (j: number) => readonly number[]) {
    let total = 0;
    for (let j = 0; j < count; j++) total += keysOf(j).length;
    let size = 16;
    while (size < 2 * total) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.counts = new Int32Array(size);
    this.starts = new Int32Array(size);
    for (let j = 0; j < count; j++) {
      for (const key of keysOf(j)) {
        const s = this.slot(key, true);
        this.counts[s] = (this.counts[s] as number) + 1;
      }
    }
    let offset = 0;
    for (let s = 0; s < size; s++) {
      this.starts[s] = offset;
      offset += this.counts[s] as number;
    }
    // Fill each key's run in passage order; `cursor` is where the next posting of a slot goes.
    const cursor = this.starts.slice();
    this.postings = new Int32Array(total);
    for (let j = 0; j < count; j++) {
      for (const key of keysOf(j)) {
        const s = this.slot(key, false);
        const at = cursor[s] as number;
        this.postings[at] = j;
        cursor[s] = at + 1;
      }
    }
  }

  /** The table slot of `key` (linear probing); with `insert`, claims an empty one. -1 when absent. */
  private slot(key: number, insert: boolean): number {
    let s = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[s] as number;
      if (k === key) return s;
      if (k === EMPTY) {
        if (!insert) return -1;
        this.keys[s] = key;
        return s;
      }
      s = (s + 1) & this.mask;
    }
  }

  /**
   * Adds `amount` to `evidence[j]` for every passage j holding `key`, unless
   * more than `cap` do (a common key says nothing about which passages
   * match); passages credited for the first time are appended to `touched`.
   * Returns how many passages hold `key` (above `cap`: none was credited).
   */
  credit(key: number, cap: number, amount: number, evidence: Float64Array, touched: number[]): number {
    const s = this.slot(key, false);
    if (s === -1) return 0;
    const n = this.counts[s] as number;
    if (n > cap) return n;
    const start = this.starts[s] as number;
    for (let k = start; k < start + n; k++) {
      const j = this.postings[k] as number;
      if (evidence[j] === 0) touched.push(j);
      evidence[j] = (evidence[j] as number) + amount;
    }
    return n;
  }
}
