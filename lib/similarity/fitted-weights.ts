/**
 * Weights of the "same content" model (logistic regression over the features
 * of pair-features.ts, in FEATURE_NAMES order, on the raw feature scale).
 *
 * Provenance: fitted by `npm run eval:align -- --fit` on all 4,076 pairs of
 * the MRPC training part (news sentence pairs from different outlets, labelled
 * same meaning or not; ../shared/datasets/mrpc-train), L2 penalty 1 on
 * standardised features, the two gram features cross-fitted (see
 * gram-weights.ts; the same run writes their table, gram-weights-data.ts).
 * Only these numbers are kept, no MRPC text. The same procedure scores 77.7%
 * accuracy / 0.842 F1 when judged on held-out folds (10-fold cross-validation,
 * printed by `npm run eval:align`); see docs/similarity.md. Refit after
 * changing a feature, and keep the order.
 *
 * Several features overlap (containment, word Dice, unigram precision), so
 * single weights carry opposite signs that cancel in sum: read the model as a
 * whole, not weight by weight.
 */
import type { LogisticModel } from "./logistic-regression";

export const SAME_CONTENT_MODEL: LogisticModel = {
  weights: [
    -7.7465, // containmentMin
    -1.0475, // containmentMax
    0.0310, // unsharedMax
    -0.0678, // unsharedMin
    -5.7853, // wordDice
    -0.8752, // bigramDice
    -2.9143, // trigramDice
    1.6280, // lcsRatio
    -0.1345, // lengthLogRatio
    -0.0704, // numbersUnshared
    -0.1694, // numbersConflict
    0.0548, // namesUnshared
    -1.2122, // negationMismatch
    12.1323, // unigramPrecisionMin
    3.5463, // charGramDice
    -0.1883, // unmatchedRunMax
    6.9388, // containmentMinSquared
    -0.2851, // quoteMismatch
    -0.2543, // weekdayMismatch
    0.0510, // gramShared
    0.0821, // gramUnshared
  ],
  intercept: -0.8740,
};
