/**
 * The grouping parameters, fixed in advance and shared by `groupArticles`,
 * `suggestStory`, the CLI and the evaluation. Why each value is what it is:
 * docs/grouping.md. Change them only with the evaluation figures in hand.
 */
export interface GroupParams {
  /** Average-link merge threshold: two stories merge while the mean similarity of their article pairs reaches it. */
  mergeThreshold: number;
  /** Weight of a feature family relative to plain content-word stems. */
  weights: { stem: number; title: number; name: number; quote: number; number: number };
  /** Pseudo-documents added to the IDF denominator so a small collection weighs words as a large one would. */
  idfPriorDocs: number;
  /** Features found in fewer articles are dropped: one seen in a single article can match nothing and only dilutes the rest. */
  minDocFrequency: number;
  /** Candidates per article, found through the inverted index, that are scored exactly. */
  candidates: number;
  /** Features held by more than this share of the collection (and more than 50 articles) are too common to find candidates by. */
  maxIndexDocShare: number;
  /** Nearest neighbours kept per article; similarities to anything further count as 0. */
  neighbours: number;
  /** Articles this many days apart or less are "same time"; beyond it similarity decays. */
  dateWindowDays: number;
  /** Days over which similarity halves once past the window. */
  dateHalfLifeDays: number;
  /** Similarity multiplier for a pair where either date is unknown. */
  undatedFactor: number;
}

export const DEFAULT_GROUP_PARAMS: Readonly<GroupParams> = {
  mergeThreshold: 0.11,
  weights: { stem: 1, title: 1, name: 1.5, quote: 2, number: 0.5 },
  idfPriorDocs: 1000,
  minDocFrequency: 2,
  candidates: 50,
  maxIndexDocShare: 0.05,
  neighbours: 20,
  dateWindowDays: 3,
  dateHalfLifeDays: 3,
  undatedFactor: 0.55,
};
