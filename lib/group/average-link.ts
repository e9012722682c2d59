/**
 * Average-link agglomerative clustering over a sparse similarity graph. Two
 * groups merge only while the MEAN similarity of all their article pairs
 * reaches the threshold (missing pairs count as 0), so one article that
 * happens to resemble two events cannot chain them together the way
 * single-link does. Deterministic: ties break on the lower cluster ids.
 */
import type { Edge } from "./neighbour-graph";

interface Candidate {
  average: number;
  a: number;
  b: number;
}

/** Max-heap on average, then lower ids first, so the merge order never depends on insertion order. */
class MergeQueue {
  private heap: Candidate[] = [];
  private static before(x: Candidate, y: Candidate): boolean {
    return x.average > y.average || (x.average === y.average && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  get size(): number {
    return this.heap.length;
  }
  push(item: Candidate): void {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!MergeQueue.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }
  pop(): Candidate | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && MergeQueue.before(h[l]!, h[best]!)) best = l;
        if (r < h.length && MergeQueue.before(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
  }
}

/** Returns, for each of the n items, the index of its cluster's smallest member. */
export function averageLinkClusters(n: number, edges: readonly Edge[], threshold: number): number[] {
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  // Sum of pair similarities between two live clusters, keyed by the clusters' ids.
  const links: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (const { a, b, score } of edges) {
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + score);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + score);
  }
  const queue = new MergeQueue();
  for (let a = 0; a < n; a++) for (const [b, sum] of links[a]!) if (a < b) queue.push({ average: sum / (size[a]! * size[b]!), a, b });

  while (queue.size > 0) {
    const top = queue.pop()!;
    if (top.average < threshold) break;
    const { a, b } = top;
    if (!alive[a] || !alive[b]) continue;
    const current = (links[a]!.get(b) ?? 0) / (size[a]! * size[b]!);
    if (Math.abs(current - top.average) > 1e-12) continue; // stale entry
    // Merge b into a.
    alive[b] = false;
    size[a]! += size[b]!;
    members[a]!.push(...members[b]!);
    members[b] = [];
    links[a]!.delete(b);
    for (const [c, sum] of links[b]!) {
      if (c === a) continue;
      const merged = (links[a]!.get(c) ?? 0) + sum;
      links[a]!.set(c, merged);
      links[c]!.delete(b);
      links[c]!.set(a, merged);
    }
    links[b]!.clear();
    for (const [c, sum] of links[a]!) queue.push({ average: sum / (size[a]! * size[c]!), a: Math.min(a, c), b: Math.max(a, c) });
  }

  const label = new Array<number>(n).fill(0);
  for (let c = 0; c < n; c++) {
    if (!alive[c]) continue;
    const smallest = Math.min(...members[c]!);
    for (const m of members[c]!) label[m] = smallest;
  }
  return label;
}
