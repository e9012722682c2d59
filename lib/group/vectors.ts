/**
 * TF-IDF vectors over the collection being grouped. The IDF is smoothed with
 * `priorDocs` pseudo-documents that hold none of the features: in a small
 * collection every word looks rare, and without the prior the same two
 * articles would score very differently among 135 documents and among 5,000.
 */
import type { FeatureCounts } from "./features";

/** Unit-length sparse vector: parallel arrays of feature ids (ascending) and weights. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

export interface Vocabulary {
  idOf: Map<string, number>;
  docFrequency: number[];
}

export function buildVocabulary(docs: readonly FeatureCounts[]): Vocabulary {
  const idOf = new Map<string, number>();
  const docFrequency: number[] = [];
  for (const counts of docs) {
    for (const key of counts.keys()) {
      let id = idOf.get(key);
      if (id === undefined) {
        id = docFrequency.length;
        idOf.set(key, id);
        docFrequency.push(0);
      }
      docFrequency[id]! += 1;
    }
  }
  return { idOf, docFrequency };
}

export function idfOf(docFrequency: number, collectionSize: number, priorDocs: number): number {
  return Math.log((collectionSize + priorDocs + 1) / (docFrequency + 1));
}

/** Features in fewer than `minDocFrequency` articles are left out: they can match nothing and would only shrink every similarity. */
export function vectorize(counts: FeatureCounts, vocabulary: Vocabulary, collectionSize: number, priorDocs: number, minDocFrequency = 1): SparseVector {
  const entries: Array<[number, number]> = [];
  for (const [key, weight] of counts) {
    const id = vocabulary.idOf.get(key);
    // Callers build the vocabulary from every vector they make, so nothing is unknown; skip defensively.
    if (id === undefined) continue;
    if (minDocFrequency > 1 && vocabulary.docFrequency[id]! < minDocFrequency) continue;
    entries.push([id, weight * idfOf(vocabulary.docFrequency[id]!, collectionSize, priorDocs)]);
  }
  entries.sort((x, y) => x[0] - y[0]);
  const norm = Math.sqrt(entries.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
  return { ids: Int32Array.from(entries, (e) => e[0]), values: Float64Array.from(entries, (e) => e[1] / norm) };
}

export function cosine(x: SparseVector, y: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i]!;
    const b = y.ids[j]!;
    if (a === b) sum += x.values[i++]! * y.values[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return sum;
}
