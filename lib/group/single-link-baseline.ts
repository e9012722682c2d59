/**
 * The yardstick the grouper must beat: plain TF-IDF (content stems, IDF
 * log((N+1)/(df+1)), no prior) cosine and single-link clustering (connected components of the
 * pairs at or above a threshold). Kept for the evaluation only.
 */
import { contentStems } from "../text/tokens";
import type { GroupableDoc } from "./group-articles";
import { buildVocabulary, cosine, vectorize, type SparseVector } from "./vectors";

export function baselineVectors(docs: readonly GroupableDoc[]): SparseVector[] {
  const counts = docs.map((d) => {
    const m = new Map<string, number>();
    for (const s of contentStems(`${d.title}\n${d.text}`)) m.set(s, (m.get(s) ?? 0) + 1);
    return m;
  });
  const vocabulary = buildVocabulary(counts);
  return counts.map((c) => vectorize(c, vocabulary, docs.length, 0));
}

/** All pairs with their cosine; fine for a few hundred documents, which is all the baseline is run on exhaustively. */
export function allPairs(vectors: readonly SparseVector[]): Array<{ a: number; b: number; score: number }> {
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  for (let a = 0; a < vectors.length; a++)
    for (let b = a + 1; b < vectors.length; b++) pairs.push({ a, b, score: cosine(vectors[a]!, vectors[b]!) });
  return pairs;
}

/** Connected components of the pairs scoring at least `threshold`; returns each item's component root. */
export function singleLink(n: number, pairs: ReadonlyArray<{ a: number; b: number; score: number }>, threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const { a, b, score } of pairs) if (score >= threshold) parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
  return Array.from({ length: n }, (_, i) => find(i));
}
