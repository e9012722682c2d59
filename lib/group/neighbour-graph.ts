/**
 * Which article pairs are worth scoring. Comparing every pair is O(n²);
 * instead an inverted index over the features that are rare enough to be
 * telling (held by at most `maxIndexDocShare` of the collection, and never
 * fewer than MIN_POSTING_CAP articles) accumulates each article's dot product
 * with every article it shares such a feature with. The best of those
 * candidates are then scored exactly. Coverage of one event shares its rare
 * names, quotes and words, so true pairs are not missed, and the work grows
 * with the postings, not with n².
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

interface Posting {
  docs: number[];
  weights: number[];
}

function buildPostings(vectors: readonly SparseVector[], cap: number): Map<number, Posting> {
  const postings = new Map<number, Posting>();
  vectors.forEach((vector, doc) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k]!;
      let posting = postings.get(id);
      if (!posting) postings.set(id, (posting = { docs: [], weights: [] }));
      posting.docs.push(doc);
      posting.weights.push(vector.values[k]!);
    }
  });
  for (const [id, posting] of postings) if (posting.docs.length > cap) postings.delete(id);
  return postings;
}

/** Symmetric edges (a < b) between each article and its nearest neighbours, similarity already damped by date distance. */
export function buildNeighbourGraph(vectors: readonly SparseVector[], days: readonly (number | null)[], params: GroupParams): Edge[] {
  const n = vectors.length;
  const postings = buildPostings(vectors, Math.max(MIN_POSTING_CAP, Math.floor(params.maxIndexDocShare * n)));
  const partial = new Float64Array(n);
  const isTouched = new Uint8Array(n);
  const kept = new Map<number, Edge>();

  for (let doc = 0; doc < n; doc++) {
    const vector = vectors[doc]!;
    const touched: number[] = [];
    for (let k = 0; k < vector.ids.length; k++) {
      const posting = postings.get(vector.ids[k]!);
      if (!posting) continue;
      const weight = vector.values[k]!;
      for (let p = 0; p < posting.docs.length; p++) {
        const other = posting.docs[p]!;
        if (other === doc) continue;
        if (isTouched[other] === 0) {
          isTouched[other] = 1;
          touched.push(other);
        }
        partial[other] = partial[other]! + weight * posting.weights[p]!;
      }
    }
    // Exact scores (common features and the date included) for the most promising candidates only.
    touched.sort((x, y) => partial[y]! - partial[x]! || x - y);
    const scored: Edge[] = [];
    for (const other of touched.slice(0, params.candidates)) {
      const score = cosine(vector, vectors[other]!) * dateFactor(days[doc]!, days[other]!, params.dateWindowDays, params.dateHalfLifeDays, params.undatedFactor);
      if (score > 0) scored.push({ a: Math.min(doc, other), b: Math.max(doc, other), score });
    }
    for (const other of touched) {
      partial[other] = 0;
      isTouched[other] = 0;
    }
    scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    for (const edge of scored.slice(0, params.neighbours)) kept.set(edge.a * n + edge.b, edge);
  }
  return [...kept.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
