/**
 * What the aligner needs of each passage, computed once: the keys it is
 * indexed under and its weight in the similarity. (The scorer's prepared form
 * is made lazily by the aligner, only for passages that have candidates.)
 */
import { tokenize } from "../text/tokens";

export interface PassageFeatures {
  /** Distinct content stems, in first-seen order. */
  stems: string[];
  /** Distinct pairs of consecutive content stems ("north korea"). */
  shingles: string[];
  /** Normalised words (null when there are none): identical passages always find each other, however common their words. */
  exact: string | null;
  /** Word count (at least 1): how much of the article this passage is. */
  weight: number;
}

export function passageFeatures(text: string): PassageFeatures {
  const tokens = tokenize(text);
  const stems: string[] = [];
  const shingles: string[] = [];
  const seenStems = new Set<string>();
  const seenShingles = new Set<string>();
  let previous: string | null = null;
  for (const t of tokens) {
    if (!t.isContent) continue;
    if (!seenStems.has(t.stem)) {
      seenStems.add(t.stem);
      stems.push(t.stem);
    }
    if (previous !== null) {
      const shingle = `${previous} ${t.stem}`;
      if (!seenShingles.has(shingle)) {
        seenShingles.add(shingle);
        shingles.push(shingle);
      }
    }
    previous = t.stem;
  }
  const exact = tokens.length > 0 ? tokens.map((t) => t.norm).join(" ") : null;
  return { stems, shingles, exact, weight: Math.max(1, tokens.length) };
}
