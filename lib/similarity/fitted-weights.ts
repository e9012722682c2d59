/**
 * Weights of the "same content" model (logistic regression over the features
 * of pair-features.ts, in FEATURE_NAMES order, on the raw feature scale).
 *
 * Provenance: fitted by `npm run eval:align -- --fit` on all 4,076 pairs of
 * the MRPC training part (news sentence pairs from different outlets, labelled
 * same meaning or not; ../shared/datasets/mrpc-train), L2 penalty 1 on
 * standardised features. Only these numbers are kept, no MRPC text. The same
 * procedure scores 76.3% accuracy / 0.832 F1 when judged on held-out folds
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
    -7.4912, // containmentMin
    -1.4210, // containmentMax
    0.0508, // unsharedMax
    -0.0664, // unsharedMin
    -5.6174, // wordDice
    -1.1037, // bigramDice
    -2.9864, // trigramDice
    1.8006, // lcsRatio
    0.0073, // lengthLogRatio
    -0.1732, // numbersUnshared
    -0.0441, // numbersConflict
    0.0484, // namesUnshared
    -1.2184, // negationMismatch
    13.1014, // unigramPrecisionMin
    4.0070, // charGramDice
    -0.1962, // unmatchedRunMax
    6.5353, // containmentMinSquared
    -0.2869, // quoteMismatch
    -0.2989, // weekdayMismatch
  ],
  intercept: -1.4867,
};
