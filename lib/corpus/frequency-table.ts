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
