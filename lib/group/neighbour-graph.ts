/**
 * Which article pairs are worth scoring. Comparing every pair is O(n²); instead
 * each article is indexed under its heaviest features and only articles that
 * share one become candidates. Coverage of one event shares its rare names,
 * quotes and words, so true pairs are almost never missed.
 */
import { dateFactor } from "./date-proximity";
import type { GroupParams } from "./params";
import { cosine, type SparseVector } from "./vectors";

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/** A feature's posting list is dropped above this many documents however large the collection (small collections). */
const MIN_POSTING_CAP = 50;

function heaviestIds(vector: SparseVector, count: number): number[] {
  const order = Array.from(vector.ids.keys()).sort((x, y) => vector.values[y]! - vector.values[x]! || vector.ids[x]! - vector.ids[y]!);
  return order.slice(0, count).map((k) => vector.ids[k]!);
}

/** Symmetric edges (a < b) between each article and its nearest neighbours, similarity already damped by date distance. */
export function buildNeighbourGraph(vectors: readonly SparseVector[], days: readonly (number | null)[], params: GroupParams): Edge[] {
  const n = vectors.length;
  const postingCap = Math.max(MIN_POSTING_CAP, Math.floor(params.maxIndexDocShare * n));
  const postings = new Map<number, number[]>();
  const indexed = vectors.map((v) => heaviestIds(v, params.indexTerms));
  indexed.forEach((ids, doc) => {
    for (const id of ids) {
      const list = postings.get(id);
      if (list) list.push(doc);
      else postings.set(id, [doc]);
    }
  });

  const kept = new Map<string, Edge>();
  for (let doc = 0; doc < n; doc++) {
    const candidates = new Set<number>();
    for (const id of indexed[doc]!) {
      const list = postings.get(id)!;
      if (list.length > postingCap) continue;
      for (const other of list) if (other !== doc) candidates.add(other);
    }
    const scored: Edge[] = [];
    for (const other of candidates) {
      const score = cosine(vectors[doc]!, vectors[other]!) * dateFactor(days[doc]!, days[other]!, params.dateWindowDays, params.dateHalfLifeDays, params.undatedFactor);
      if (score > 0) scored.push({ a: Math.min(doc, other), b: Math.max(doc, other), score });
    }
    scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    for (const edge of scored.slice(0, params.neighbours)) kept.set(`${edge.a}:${edge.b}`, edge);
  }
  return [...kept.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
