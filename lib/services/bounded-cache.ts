/**
 * A least-recently-used map bounded by a weight the caller gives each entry
 * (characters held, pairs, …), for the server's content-keyed caches. Plain
 * data structure; no clock, no timers.
 */
export class BoundedCache<K, V> {
  /** Insertion order is recency order: a hit is moved to the end. */
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private weight = 0;

  constructor(private readonly maxWeight: number) {}

  get(key: K): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: K, value: V, weight = 1): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.weight -= old.weight;
    }
    // An entry heavier than the whole budget is not kept.
    if (weight > this.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [oldKey, entry] of this.entries) {
      if (this.weight <= this.maxWeight) break;
      this.entries.delete(oldKey);
      this.weight -= entry.weight;
    }
  }

  delete(key: K): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.weight -= old.weight;
  }

  get size(): number {
    return this.entries.size;
  }
}
