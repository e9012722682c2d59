/**
 * `suggestStory` for an archive too large to re-read: the same score (the mean
 * date-damped TF-IDF cosine between the article and each story's articles,
 * best story if it clears the merge threshold) computed from feature vectors
 * stored at ingest and document frequencies kept for the whole corpus
 * (docs/scale.md), for the few candidate stories the inverted index returned.
 * Features are named by 52-bit hashes of their text: what the database stores.
 */
import { dateFactor } from "./date-proximity";
import { resolveParams, type Overrides } from "./group-articles";
import type { StoryScore, StorySuggestion } from "./suggest-story";
import { idfOf } from "./vectors";

/** An article's features as stored: hashes ascending, weights before IDF. */
export interface IndexedTerms {
  hashes: Float64Array;
  weights: Float32Array;
}

export interface IndexedArticle extends IndexedTerms {
  /** Publication day (days since 1970), null when undated. */
  day: number | null;
}

/** The corpus statistics the IDF needs. */
export interface CorpusFrequencies {
  /** Articles in the corpus (the N of the IDF). */
  size: number;
  /** Articles holding the feature; 0 (or 1) for one no other article holds. */
  documentFrequency(hash: number): number;
}

export interface IndexedStoryCandidate {
  storyId: string;
  members: readonly IndexedArticle[];
}

/** Unit-length TF-IDF vector over hashed features, ascending. */
export interface HashedVector {
  hashes: Float64Array;
  values: Float64Array;
}

/** Features held by fewer than `minDocFrequency` articles are left out, as in `vectorize`. */
export function indexedVector(terms: IndexedTerms, corpus: CorpusFrequencies, params?: Overrides["params"]): HashedVector {
  const resolved = resolveParams(params);
  const hashes: number[] = [];
  const values: number[] = [];
  let sumSquares = 0;
  for (let k = 0; k < terms.hashes.length; k++) {
    const hash = terms.hashes[k]!;
    const df = corpus.documentFrequency(hash);
    if (df < resolved.minDocFrequency) continue;
    const value = terms.weights[k]! * idfOf(df, corpus.size, resolved.idfPriorDocs);
    hashes.push(hash);
    values.push(value);
    sumSquares += value * value;
  }
  const norm = Math.sqrt(sumSquares) || 1;
  return { hashes: Float64Array.from(hashes), values: Float64Array.from(values, (v) => v / norm) };
}

export function hashedCosine(x: HashedVector, y: HashedVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.hashes.length && j < y.hashes.length) {
    const a = x.hashes[i]!;
    const b = y.hashes[j]!;
    if (a === b) sum += x.values[i++]! * y.values[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return sum;
}

/**
 * Cosine between the (unit) query vector and a member's TF-IDF vector, the
 * member's vector never built: one pass over its features sums the squares
 * for its norm and the products with the query's matching features.
 */
function cosineWithMember(query: HashedVector, member: IndexedTerms, corpus: CorpusFrequencies, minDocFrequency: number, idfPriorDocs: number): number {
  let sumSquares = 0;
  let dot = 0;
  let q = 0;
  for (let k = 0; k < member.hashes.length; k++) {
    const hash = member.hashes[k]!;
    const df = corpus.documentFrequency(hash);
    if (df < minDocFrequency) continue;
    const value = member.weights[k]! * idfOf(df, corpus.size, idfPriorDocs);
    sumSquares += value * value;
    while (q < query.hashes.length && query.hashes[q]! < hash) q++;
    if (q < query.hashes.length && query.hashes[q] === hash) dot += query.values[q]! * value;
  }
  return sumSquares > 0 ? dot / Math.sqrt(sumSquares) : 0;
}

export function scoreIndexedStories(
  article: IndexedArticle,
  stories: readonly IndexedStoryCandidate[],
  corpus: CorpusFrequencies,
  params?: Overrides["params"],
): StorySuggestion {
  const resolved = resolveParams(params);
  const query = indexedVector(article, corpus, params);
  const ranked: StoryScore[] = stories
    .map((story, s) => {
      let sum = 0;
      for (const member of story.members) {
        const similarity = cosineWithMember(query, member, corpus, resolved.minDocFrequency, resolved.idfPriorDocs);
        sum += similarity * dateFactor(article.day, member.day, resolved.dateWindowDays, resolved.dateHalfLifeDays, resolved.undatedFactor);
      }
      return { storyId: story.storyId, score: story.members.length > 0 ? sum / story.members.length : 0, s };
    })
    // Stable order on ties: by the caller's story order.
    .sort((x, y) => y.score - x.score || x.s - y.s)
    .map(({ storyId, score }) => ({ storyId, score }));
  const best = ranked[0];
  if (!best) return { storyId: null, score: 0, runnerUp: null };
  return { storyId: best.score >= resolved.mergeThreshold ? best.storyId : null, score: best.score, runnerUp: ranked[1] ?? null };
}
