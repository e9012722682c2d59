/** A map, or a weak map, as `kept` uses it. */
interface Memo<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}

/**
 * The value kept under `key`, read and kept on first use; an undefined answer is kept too, so a
 * text with no speech verb or no unnamed source is not read again.
 */
export function kept<K, V>(memo: Memo<K, V>, key: K, read: () => V): V {
  const value = memo.get(key);
  if (value !== undefined || memo.has(key)) return value as V;
  const fresh = read();
  memo.set(key, fresh);
  return fresh;
}
