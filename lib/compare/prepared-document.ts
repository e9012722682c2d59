/**
 * An article made ready for comparison: its passages, and everything the
 * aligner and the omission finders read off it alone, kept so that the
 * article is read once however many articles it is compared with (a story of
 * n articles has n(n−1)/2 pairs). The per-pair work is what remains:
 * candidates, scores, diffs, which entities and quotes the two share.
 *
 * Built lazily: a caller that only wants the similarity of two articles never
 * pays for the entity scans.
 */
import { ArticleFeatures } from "../align/article-features";
import type { PassageFeatures } from "../align/passage-features";
import { ArticleReading } from "../omissions/article-reading";
import { segmentBlocks } from "../text/segment";
import type { Passage } from "../text/types";
import type { ComparableDocument, SourceInfo } from "../types/comparison";

export class PreparedDocument {
  readonly info: SourceInfo;
  readonly passages: readonly Passage[];
  /** What the omission finders read off this article. */
  readonly reading: ArticleReading;
  private alignmentMemo?: ArticleFeatures;

  constructor(doc: ComparableDocument) {
    this.info = doc.info;
    this.passages = segmentBlocks(doc.blocks);
    this.reading = new ArticleReading(this.passages);
  }

  /** The aligner's view of every passage (see lib/align/passage-features.ts). */
  get features(): readonly PassageFeatures[] {
    return this.alignment.passages;
  }

  /** The aligner's view of the whole article: passage features, its candidate index, merge candidates (lib/align/article-features.ts). */
  get alignment(): ArticleFeatures {
    return (this.alignmentMemo ??= new ArticleFeatures(this.passages.map((p) => p.text)));
  }
}

export function prepareDocument(doc: ComparableDocument): PreparedDocument {
  return new PreparedDocument(doc);
}
