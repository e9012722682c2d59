/**
 * Group articles into stories (coverage of one event): features → TF-IDF with
 * a smoothed collection IDF → nearest neighbours from an inverted index →
 * average-link clustering. Same input, same output.
 */
import { averageLinkClusters } from "./average-link";
import { dayNumber } from "./date-proximity";
import { extractFeatures } from "./features";
import { buildNeighbourGraph } from "./neighbour-graph";
import { DEFAULT_GROUP_PARAMS, type GroupParams } from "./params";
import { buildVocabulary, vectorize, type SparseVector } from "./vectors";

export interface GroupableDoc {
  id: string;
  title: string;
  text: string;
  /** ISO date (YYYY-MM-DD or full timestamp); unknown dates never count against a pair. */
  publishedAt?: string;
}

export interface StoryAssignment {
  id: string;
  /** Same label = same story. Labels are "story-1", "story-2", … in order of each story's first article. */
  story: string;
}

export interface Overrides {
  params?: Partial<Omit<GroupParams, "weights">> & { weights?: Partial<GroupParams["weights"]> };
}

export function resolveParams(overrides?: Overrides["params"]): GroupParams {
  return { ...DEFAULT_GROUP_PARAMS, ...overrides, weights: { ...DEFAULT_GROUP_PARAMS.weights, ...overrides?.weights } };
}

export interface PreparedCollection {
  vectors: SparseVector[];
  days: (number | null)[];
}

export function prepareCollection(docs: readonly Omit<GroupableDoc, "id">[], params: GroupParams): PreparedCollection {
  const features = docs.map((d) => extractFeatures(d, params.weights));
  const vocabulary = buildVocabulary(features);
  return {
    vectors: features.map((f) => vectorize(f, vocabulary, docs.length, params.idfPriorDocs, params.minDocFrequency)),
    days: docs.map((d) => dayNumber(d.publishedAt)),
  };
}

export function groupArticles(docs: readonly GroupableDoc[], params?: Overrides["params"]): StoryAssignment[] {
  const resolved = resolveParams(params);
  const { vectors, days } = prepareCollection(docs, resolved);
  const edges = buildNeighbourGraph(vectors, days, resolved);
  const clusters = averageLinkClusters(docs.length, edges, resolved.mergeThreshold);
  const names = new Map<number, string>();
  return docs.map((doc, i) => {
    const root = clusters[i]!;
    let name = names.get(root);
    if (!name) {
      name = `story-${names.size + 1}`;
      names.set(root, name);
    }
    return { id: doc.id, story: name };
  });
}
