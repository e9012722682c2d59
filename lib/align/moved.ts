/**
 * Which aligned pairs are "moved": those outside the heaviest chain of pairs
 * that run in the same order in both articles (a weighted longest increasing
 * subsequence). Weighting by length means a long paragraph that stayed put
 * anchors the order and the short one that moved is the one flagged.
 */

export interface OrderedPair {
  /** First passage of the pair on each side. */
  a: number;
  b: number;
  weight: number;
}

/** moved[k] is true when pairs[k] is out of order. Runs in O(n log n). */
export function findMoved(pairs: readonly OrderedPair[]): boolean[] {
  const order = pairs.map((_, k) => k).sort((x, y) => (pairs[x] as OrderedPair).a - (pairs[y] as OrderedPair).a);
  const bValues = [...new Set(pairs.map((p) => p.b))].sort((x, y) => x - y);
  const rank = new Map(bValues.map((v, r) => [v, r + 1]));
  // Fenwick tree over B ranks holding the best chain ending at or below a rank.
  const size = bValues.length;
  const treeWeight = new Float64Array(size + 1);
  const treeEnd = new Int32Array(size + 1).fill(-1);
  const chainWeight = new Float64Array(pairs.length);
  const previous = new Int32Array(pairs.length).fill(-1);

  for (const k of order) {
    const p = pairs[k] as OrderedPair;
    const r = rank.get(p.b) as number;
    let bestW = 0;
    let bestK = -1;
    for (let x = r - 1; x > 0; x -= x & -x) {
      if ((treeWeight[x] as number) > bestW) {
        bestW = treeWeight[x] as number;
        bestK = treeEnd[x] as number;
      }
    }
    chainWeight[k] = bestW + p.weight;
    previous[k] = bestK;
    for (let x = r; x <= size; x += x & -x) {
      if ((chainWeight[k] as number) > (treeWeight[x] as number)) {
        treeWeight[x] = chainWeight[k] as number;
        treeEnd[x] = k;
      }
    }
  }

  let end = -1;
  let endW = -1;
  for (const k of order) {
    if ((chainWeight[k] as number) > endW) {
      endW = chainWeight[k] as number;
      end = k;
    }
  }
  const moved = pairs.map(() => true);
  for (let k = end; k !== -1; k = previous[k] as number) moved[k] = false;
  return moved;
}
