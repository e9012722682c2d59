/**
 * cyrb53 (a public-domain 53-bit string hash), cut to 52 bits: well mixed,
 * fast in JavaScript, the same value in every process and release (a stored
 * index needs that), and a safe integer, so it fits SQL BIGINT, a JS number
 * and a Float64Array exactly. Among a million distinct strings the chance that
 * any two share a hash is about 1 in 9,000.
 */
export function hash52(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 0x100000000 * (h2 & 0xfffff) + (h1 >>> 0);
}
