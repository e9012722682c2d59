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

/**
 * The promise cached under `key`, or `start()`'s, kept there while it is
 * pending and once it succeeds: a second caller for the same key waits for
 * the first instead of doing the work again. A failure (a budget overrun, a
 * lost worker) is forgotten, so the next caller tries again.
 */
export function rememberPromise<K, V>(cache: BoundedCache<K, Promise<V>>, key: K, weight: number, start: () => Promise<V>): Promise<V> {
  const cached = cache.get(key);
  if (cached) return cached;
  const pending = start();
  cache.set(key, pending, weight);
  pending.catch(() => {
    // Only our own entry: a later success under the same key stays.
    if (cache.get(key) === pending) cache.delete(key);
  });
  return pending;
}
