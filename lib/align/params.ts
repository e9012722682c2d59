/**
 * Every tunable of the aligner, in one place. Figures behind the defaults are
 * in docs/alignment.md; change them there and here together.
 */
export interface AlignParams {
  /**
   * A content stem is an index key only while at most this many passages of
   * the indexed side contain it (at least `minPostings`, growing with the
   * square root of the passage count). Common words ("government", "said")
   * would make every passage a candidate of every other; rare ones — names,
   * numbers, unusual verbs — are what two outlets' versions of a sentence share.
   */
  minPostings: number;
  /** Ditto for pairs of consecutive content stems ("north korea", "status quo"): they are rarer, so they may be a little more frequent and still useful. */
  minShinglePostings: number;
  /**
   * Evidence a pair needs before it is scored at all: a shared two-stem
   * shingle counts 2, a shared rare stem 1. Two rare stems or one shingle is
   * enough; one shared name is not (it would pair every sentence about Blinken).
   */
  minCandidateEvidence: number;
  /**
   * Share of the shorter passage's distinct content stems that the other must
   * also contain before the pair is scored. On the BASIL development pairs
   * (same event, different outlets) 0.3 keeps 232 of the 249 pairs the scorer
   * calls paraphrases and every near/identical one, while scoring 6.6× fewer pairs.
   */
  minContainment: number;
  /** At most this many candidates per passage, the best-evidenced first: bounds the cost on repetitive text. */
  maxCandidatesPerPassage: number;
  /**
   * A one-to-two merge (one sentence of A reporting what B says in two, or the
   * reverse) replaces the one-to-one pair only when the concatenation scores at
   * least this much higher; otherwise the second sentence stays unmatched.
   */
  mergeGain: number;
  /**
   * Lowest score at which a "partial" pair that sits out of order is kept.
   * A weak partial overlap (a shared phrase such as "change the status quo in
   * the East China Sea") that also contradicts the order of both articles is
   * more often a coincidence than a moved sentence, and two unmatched passages
   * serve an analyst better than one wrong pair. Stronger moved partials are
   * usually real: in BASIL's Benghazi e-mails triplet the three moved partials
   * scoring 0.46–0.66 are all right, the two below 0.4 (0.17, 0.37) are not,
   * and so is the seed story's 0.35 one. 0 keeps them all. Other kinds are always kept
   * (see also `keepDistinctiveMovedPartials`).
   */
  minMovedPartialScore: number;
  /**
   * Factor on the score of a candidate pair that would sit out of the order
   * of the other pairs (after a first matching by score alone) and whose two
   * sentences each name someone or something the other does not (other
   * actors), when matching one to one. Below 1, a sentence's in-order
   * counterpart wins over such a higher-scoring look-alike elsewhere unless
   * the look-alike scores more than 1/movedDiscount times as much: in the seed story, "both countries will
   * oppose any unilateral attempts by China to change the status quo … in the
   * East and South China seas" pairs with the other outlet's in-order "the two
   * nations have agreed to deter any change in the status quo … East and South
   * China seas" (0.39), not with the closing "Yamazaki and Milley reaffirmed …
   * opposed to any unilateral attempts to change the status quo in the East
   * China Sea" (0.54). 1 matches by score alone.
   */
  movedDiscount: number;
  /**
   * Keep a weak moved partial pair (below `minMovedPartialScore`) when its
   * passages share a distinctive word (a name such as "Myanmar") that no other
   * passage of either article has: that overlap cannot be a stock phrase that
   * matched elsewhere by chance. With it, the seed story's "The two leaders
   * also discussed Myanmar and North Korea" pairs (partial 0.40, moved) with
   * "Blinken and Motegi also held talks about the military situation in
   * Myanmar and North Korea" (tested in lib/compare).
   */
  keepDistinctiveMovedPartials: boolean;
  /**
   * Passages per side beyond which the rest of an article is not aligned (it
   * is reported as not compared). A 200,000-word article is about 10,000
   * sentences, well inside; the cap only guards memory against absurd input.
   */
  maxPassages: number;
}

export const DEFAULT_ALIGN_PARAMS: Readonly<AlignParams> = {
  minPostings: 4,
  minShinglePostings: 6,
  minCandidateEvidence: 2,
  minContainment: 0.3,
  maxCandidatesPerPassage: 16,
  mergeGain: 0.08,
  minMovedPartialScore: 0.4,
  movedDiscount: 0.7,
  keepDistinctiveMovedPartials: true,
  maxPassages: 50_000,
};
