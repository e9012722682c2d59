/**
 * Weights of the "same content" model (logistic regression over the features
 * of pair-features.ts, in FEATURE_NAMES order, on the raw feature scale).
 *
 * Provenance: fitted by `npm run eval:align -- --fit` on all 4,076 pairs of
 * the MRPC training part (news sentence pairs from different outlets, labelled
 * same meaning or not; ../shared/datasets/mrpc-train), L2 penalty 1 on
 * standardised features. Only these numbers are kept, no MRPC text. The same
 * procedure scores 76% accuracy / 0.83 F1 when judged on held-out folds
 * (10-fold cross-validation, printed by `npm run eval:align`); see
 * docs/similarity.md. Refit after changing a feature, and keep the order.
 *
 * Several features overlap (containment, word Dice, unigram precision), so
 * single weights carry opposite signs that cancel in sum: read the model as a
 * whole, not weight by weight.
 */
import type { LogisticModel } from "./logistic-regression";

export const SAME_CONTENT_MODEL: LogisticModel = {
  weights: [
    -7.5268, // containmentMin
    -1.3984, // containmentMax
    0.0545, // unsharedMax
    -0.0663, // unsharedMin
    -5.5830, // wordDice
    -1.1174, // bigramDice
    -2.9891, // trigramDice
    1.7831, // lcsRatio
    0.0196, // lengthLogRatio
    -0.1729, // numbersUnshared
    -0.0343, // numbersConflict
    0.0469, // namesUnshared
    -1.2207, // negationMismatch
    13.1032, // unigramPrecisionMin
    3.9935, // charGramDice
    -0.1970, // unmatchedRunMax
    6.6007, // containmentMinSquared
  ],
  intercept: -1.5453,
};
