/**
 * Weights of the "same content" model (logistic regression over the features
 * of pair-features.ts, in FEATURE_NAMES order, on the raw feature scale).
 *
 * Provenance: fitted by `npm run eval:align -- --fit` on all 4,076 pairs of
 * the MRPC training part (news sentence pairs from different outlets, labelled
 * same meaning or not; ../shared/datasets/mrpc-train), L2 penalty 1 on
 * standardised features, the two gram log-odds features cross-fitted (see
 * gram-log-odds.ts; the same run writes their table, gram-log-odds-data.ts).
 * Only these numbers are kept, no MRPC text. The same procedure scores 77.2%
 * accuracy / 0.838 F1 when judged on held-out folds (10-fold cross-validation,
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
    -8.2069, // containmentMin
    -0.6055, // containmentMax
    0.0649, // unsharedMax
    -0.0085, // unsharedMin
    -6.1318, // wordDice
    -1.0861, // bigramDice
    -3.0380, // trigramDice
    1.5713, // lcsRatio
    -0.3885, // lengthLogRatio
    -0.1353, // numbersUnshared
    -0.1404, // numbersConflict
    0.0207, // namesUnshared
    -1.1758, // negationMismatch
    11.9125, // unigramPrecisionMin
    3.4105, // charGramDice
    -0.2036, // unmatchedRunMax
    7.3608, // containmentMinSquared
    -0.2928, // quoteMismatch
    -0.4120, // weekdayMismatch
    0.0902, // gramOddsShared
    0.1562, // gramOddsUnshared
  ],
  intercept: -0.3179,
};
