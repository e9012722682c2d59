/**
 * What the aligner needs of each passage, derived from the scorer's prepared
 * form (lib/similarity/prepare-sentence.ts) so every passage is tokenised
 * once, for indexing and scoring alike: the keys it is indexed under and its
 * weight in the similarity. The scorer's costlier n-gram sets are built only
 * when the passage is first scored.
 */
import { mixHashes, sortedUnique } from "../similarity/hashed-set";
import { prepareSentence, type SentenceFeatures } from "../similarity/prepare-sentence";

export interface PassageFeatures {
  /** The scorer's form of the passage. */
  prepared: SentenceFeatures;
  /** Distinct content stems (30-bit hashes), ascending. */
  stems: readonly number[];
  /** Distinct pairs of consecutive content stems ("north korea"), hashed, ascending. */
  shingles: readonly number[];
  /** Normalised words (null when there are none): identical passages always find each other, however common their words. */
  exact: string | null;
  /** Word count (at least 1): how much of the article this passage is. */
  weight: number;
}

export function passageFeatures(text: string): PassageFeatures {
  const prepared = prepareSentence(text);
  const sequence = prepared.contentSequence;
  const shingles: number[] = [];
  for (let k = 1; k < sequence.length; k++) shingles.push(mixHashes(sequence[k - 1] as number, sequence[k] as number));
  return {
    prepared,
    stems: prepared.stems,
    shingles: sortedUnique(shingles),
    exact: prepared.normalized.length > 0 ? prepared.normalized : null,
    weight: Math.max(1, prepared.tokenCount),
  };
}
