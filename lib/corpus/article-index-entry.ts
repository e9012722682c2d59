/**
 * Everything the corpus index keeps about one article, computed once when it
 * is stored or re-extracted (never on a page view): its grouping features
 * (lib/group/features.ts, weights before IDF), the rare-term keys it is found
 * by, its publication day, and its passages' fingerprints.
 */
import { dayNumber } from "../group/date-proximity";
import { extractFeatures } from "../group/features";
import { DEFAULT_GROUP_PARAMS } from "../group/params";
import { selectRareKeys } from "../group/rare-keys";
import { segmentBlocks } from "../text/segment";
import type { Block } from "../text/types";
import { hash52 } from "./hash52";
import { INDEX_VERSION } from "./index-version";
import { passageFingerprints, type PassageFingerprint } from "./passage-fingerprints";

export interface IndexableArticle {
  title: string;
  blocks: readonly Block[];
  /** Joined blocks (blocksToText); passed in because every caller has it already. */
  text: string;
  publishedAt: Date | null;
}

export interface ArticleIndexEntry {
  version: number;
  day: number | null;
  /** Grouping features, named by the hash of their text (`featureHash`), and their weights before IDF. */
  features: Array<{ hash: number; weight: number }>;
  /** Hashes of the subset of `features` posted to the inverted index. */
  rareKeys: number[];
  fingerprints: PassageFingerprint[];
}

/** How the index names a grouping feature ("n:antony blinken"). */
export function featureHash(key: string): number {
  return hash52(key);
}

export function articleIndexEntry(article: IndexableArticle): ArticleIndexEntry {
  const rarity = new Map<string, number>();
  const counts = extractFeatures({ title: article.title, text: article.text }, DEFAULT_GROUP_PARAMS.weights, rarity);
  return {
    version: INDEX_VERSION,
    day: article.publishedAt && !Number.isNaN(article.publishedAt.getTime()) ? dayNumber(article.publishedAt.toISOString()) : null,
    features: [...counts].map(([key, weight]) => ({ hash: featureHash(key), weight })),
    rareKeys: selectRareKeys(counts, rarity).map(featureHash),
    fingerprints: passageFingerprints(segmentBlocks(article.blocks)),
  };
}
