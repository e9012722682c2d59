/**
 * `suggestStory` for an archive too large to re-read: the same score (the mean
 * date-damped TF-IDF cosine between the article and each story's articles,
 * best story if it clears the merge threshold) computed from feature vectors
 * stored at ingest and document frequencies kept for the whole corpus
 * (docs/scale.md), for the few candidate stories the inverted index returned.
 * Term ids replace the feature strings: they are what the database stores.
 */
import { dateFactor } from "./date-proximity";
import { resolveParams, type Overrides } from "./group-articles";
import type { StoryScore, StorySuggestion } from "./suggest-story";
import { cosine, idfOf, type SparseVector } from "./vectors";

/** An article's features as stored: term ids ascending, weights before IDF. */
export interface IndexedTerms {
  termIds: Int32Array;
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
  /** Articles holding the term; 0 for a term the statistics do not know. */
  documentFrequency(termId: number): number;
}

export interface IndexedStoryCandidate {
  storyId: string;
  members: readonly IndexedArticle[];
}

/** Unit-length TF-IDF vector; terms held by fewer than `minDocFrequency` articles are left out, as in `vectorize`. */
export function indexedVector(terms: IndexedTerms, corpus: CorpusFrequencies, params?: Overrides["params"]): SparseVector {
  const resolved = resolveParams(params);
  const ids: number[] = [];
  const values: number[] = [];
  let sumSquares = 0;
  for (let k = 0; k < terms.termIds.length; k++) {
    const id = terms.termIds[k]!;
    const df = corpus.documentFrequency(id);
    if (df < resolved.minDocFrequency) continue;
    const value = terms.weights[k]! * idfOf(df, corpus.size, resolved.idfPriorDocs);
    ids.push(id);
    values.push(value);
    sumSquares += value * value;
  }
  const norm = Math.sqrt(sumSquares) || 1;
  return { ids: Int32Array.from(ids), values: Float64Array.from(values, (v) => v / norm) };
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
        const similarity = cosine(query, indexedVector(member, corpus, params));
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
