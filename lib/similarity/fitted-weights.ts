/**
 * Weights of the "same content" model (logistic regression over the features
 * of pair-features.ts, in FEATURE_NAMES order, on the raw feature scale).
 *
 * Provenance: fitted by `npm run eval:align -- --fit` on all 4,076 pairs of
 * the MRPC training part (news sentence pairs from different outlets, labelled
 * same meaning or not; ../shared/datasets/mrpc-train), L2 penalty 1 on
 * standardised features, the two gram features cross-fitted (see
 * gram-weights.ts; the same run writes their table, gram-weights-data.ts).
 * Only these numbers are kept, no MRPC text. The same procedure scores 78.0%
 * accuracy / 0.844 F1 when judged on held-out folds (10-fold cross-validation,
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
    -7.5235, // containmentMin
    -1.0402, // containmentMax
    0.0249, // unsharedMax
    -0.0737, // unsharedMin
    -5.8251, // wordDice
    -0.7082, // bigramDice
    -3.0544, // trigramDice
    1.5928, // lcsRatio
    -0.1660, // lengthLogRatio
    -0.0644, // numbersUnshared
    -0.1521, // numbersConflict
    0.0534, // namesUnshared
    -1.1823, // negationMismatch
    11.9901, // unigramPrecisionMin
    3.4293, // charGramDice
    -0.1881, // unmatchedRunMax
    6.7315, // containmentMinSquared
    -0.2941, // quoteMismatch
    -0.2244, // weekdayMismatch
    0.0773, // gramShared
    0.1154, // gramUnshared
  ],
  intercept: -0.7717,
};
