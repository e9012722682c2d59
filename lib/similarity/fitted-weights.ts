/**
 * Weights of the "same content" model (logistic regression over the features
 * of pair-features.ts, in FEATURE_NAMES order, on the raw feature scale).
 *
 * Provenance: fitted by `npm run eval:align -- --fit` on all 4,076 pairs of
 * the MRPC training part (news sentence pairs from different outlets, labelled
 * same meaning or not; ../shared/datasets/mrpc-train), L2 penalty 1 on
 * standardised features, the two gram features cross-fitted (see
 * gram-weights.ts; the same run writes their table, gram-weights-data.ts,
 * which also learns from STS-B's clear pairs). Only these numbers are kept,
 * no MRPC text. The same procedure scores 78.7% accuracy / 0.849 F1 when
 * judged on held-out folds (10-fold cross-validation,
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
    -7.1503, // containmentMin
    -0.5992, // containmentMax
    0.0248, // unsharedMax
    -0.0553, // unsharedMin
    -6.1537, // wordDice
    -0.4395, // bigramDice
    -2.9635, // trigramDice
    1.3949, // lcsRatio
    -0.0718, // lengthLogRatio
    -0.0349, // numbersUnshared
    -0.1760, // numbersConflict
    0.0671, // namesUnshared
    -1.1527, // negationMismatch
    12.1317, // unigramPrecisionMin
    2.7874, // charGramDice
    -0.1725, // unmatchedRunMax
    6.5535, // containmentMinSquared
    -0.2977, // quoteMismatch
    -0.1101, // weekdayMismatch
    0.0620, // gramShared
    0.1261, // gramUnshared
  ],
  intercept: -0.7011,
};
