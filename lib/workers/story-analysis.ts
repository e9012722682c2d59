/**
 * The heavy part of a story page: how similar each article is to every other
 * and the N-way coverage matrix. Pure (documents in, plain data out), so the
 * server runs it in its own thread for small stories and in a worker thread
 * (heavy-work.ts) for long ones, with the same result.
 */
import { comparePassages } from "../compare/compare-documents";
import type { PreparedDocument } from "../compare/prepared-document";
import type { AliasEntry } from "../entities/aliases";
import { buildCoverage, type Coverage } from "../omissions/coverage";
import type { TextLanguage } from "../text/language";

/** Pairwise similarities are computed up to this many articles (n² pairs); beyond it the column is left out. */
export const MAX_SIMILARITY_ARTICLES = 40;

export interface StoryAnalysis {
  /** similarity[i][j] between articles i and j; null on the diagonal and when not computed. */
  similarity: (number | null)[][];
  coverage: Coverage | null;
  /** Each article's language: a pair in two languages is not compared, so its similarity is no figure to average. */
  languages: TextLanguage[];
}

/** What the caller worked out already, so it is not worked out again. */
export interface StoryAnalysisGiven {
  /**
   * `known[i][j]`, when not null, is the similarity of articles i and j
   * already computed (the server caches pairs by their content): it is used
   * instead of comparing them again.
   */
  known?: readonly (readonly (number | null)[])[];
  /** Each article's group of copies (groupCopies, in this order), read by the caller to order the story. */
  copyGroups?: readonly number[];
}

export function analyseStory(
  prepared: readonly PreparedDocument[],
  labels: readonly { id: string; label: string }[],
  aliases: readonly AliasEntry[],
  { known, copyGroups }: StoryAnalysisGiven = {},
): StoryAnalysis {
  const similarity: (number | null)[][] = prepared.map(() => prepared.map(() => null));
  if (prepared.length <= MAX_SIMILARITY_ARTICLES) {
    for (let i = 0; i < prepared.length; i++) {
      for (let j = i + 1; j < prepared.length; j++) {
        const [a, b] = [prepared[i]!, prepared[j]!];
        const s = known?.[i]?.[j] ?? comparePassages(a.passages, b.passages, undefined, { a: a.alignment, b: b.alignment }).similarity;
        similarity[i]![j] = s;
        similarity[j]![i] = s;
      }
    }
  }
  const coverage =
    prepared.length >= 2
      ? buildCoverage(
          prepared.map((doc, i) => ({ id: labels[i]!.id, label: labels[i]!.label, title: doc.info.title, passages: doc.passages, reading: doc.reading, sentences: doc.features.map((f) => f.prepared) })),
          { aliases, ...(copyGroups ? { copyGroups } : {}) },
        )
      : null;
  return { similarity, coverage, languages: prepared.map((doc) => doc.reading.language) };
}
