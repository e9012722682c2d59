/**
 * Weights of the "same content" model (logistic regression over the features
 * of pair-features.ts, in FEATURE_NAMES order, on the raw feature scale).
 *
 * Provenance: fitted by `npm run eval:align -- --fit` on all 4,076 pairs of
 * the MRPC training part (news sentence pairs from different outlets, labelled
 * same meaning or not; ../shared/datasets/mrpc-train), L2 penalty 1 on
 * standardised features, the two gram features cross-fitted (see
 * gram-weights.ts; the same run writes their table, gram-weights-data.ts).
 * Only these numbers are kept, no MRPC text. The same procedure scores 78.4%
 * accuracy / 0.847 F1 when judged on held-out folds (10-fold cross-validation,
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
    -6.9802, // containmentMin
    -0.5448, // containmentMax
    0.0121, // unsharedMax
    -0.0860, // unsharedMin
    -6.0310, // wordDice
    -0.4987, // bigramDice
    -3.0232, // trigramDice
    1.1715, // lcsRatio
    -0.1388, // lengthLogRatio
    -0.0263, // numbersUnshared
    -0.1859, // numbersConflict
    0.0648, // namesUnshared
    -1.1676, // negationMismatch
    12.0529, // unigramPrecisionMin
    2.8298, // charGramDice
    -0.1691, // unmatchedRunMax
    6.5974, // containmentMinSquared
    -0.2990, // quoteMismatch
    -0.2013, // weekdayMismatch
    0.0784, // gramShared
    0.1163, // gramUnshared
  ],
  intercept: -0.7786,
};
