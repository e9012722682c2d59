/**
 * Feature hash → document frequency in two typed arrays (open addressing,
 * linear probing): 12 bytes a feature at most half full, where a Map of
 * numbers costs several times that and burdens the garbage collector with a
 * million entries. Built once, then only read; 0 is never a stored hash (the
 * empty-slot marker), so a feature that hashes to 0 reads as unknown.
 */
export class FrequencyTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(hash: number): number {
    // The low 32 bits of a 52-bit hash are well mixed already.
    let i = (hash >>> 0) & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== hash) i = (i + 1) & this.mask;
    return i;
  }

  set(hash: number, value: number): void {
    if (hash === 0) return;
    if (this.size * 2 >= this.keys.length) throw new Error("FrequencyTable is full: size it for the rows it will hold.");
    const i = this.slot(hash);
    if (this.keys[i] === 0) this.size++;
    this.keys[i] = hash;
    this.values[i] = value;
  }

  get(hash: number): number | undefined {
    if (hash === 0) return undefined;
    const i = this.slot(hash);
    return this.keys[i] === hash ? this.values[i] : undefined;
  }
}

/**
 * A table of every row the pages hold. The rows wait in typed arrays (12 bytes
 * each) until their number is known, doubling as they come: an object per
 * row had held a million objects, tens of megabytes, at the server's peak.
 */
export async function frequencyTableFrom(pages: AsyncIterable<ReadonlyArray<{ hash: number; df: number }>>, initialCapacity = 1 << 16): Promise<FrequencyTable> {
  let hashes = new Float64Array(initialCapacity);
  let dfs = new Int32Array(initialCapacity);
  let count = 0;
  for await (const page of pages) {
    if (count + page.length > hashes.length) {
      const capacity = Math.max(2 * hashes.length, count + page.length);
      const grownHashes = new Float64Array(capacity);
      const grownDfs = new Int32Array(capacity);
      grownHashes.set(hashes.subarray(0, count));
      grownDfs.set(dfs.subarray(0, count));
      [hashes, dfs] = [grownHashes, grownDfs];
    }
    for (const row of page) {
      hashes[count] = row.hash;
      dfs[count++] = row.df;
    }
  }
  const table = new FrequencyTable(count);
  for (let i = 0; i < count; i++) table.set(hashes[i] as number, dfs[i] as number);
  return table;
}
