/**
 * Lists kept under keys, grown in place. `map.set(key, [...(map.get(key) ?? []), value])`
 * copies the whole list on every append, which is quadratic in a list's length:
 * harmless for a handful of entries, minutes for the 20,000 figures of a hostile
 * page or the thousands of unmatched passages of two unrelated long articles.
 */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
