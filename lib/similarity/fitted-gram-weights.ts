/**
 * The gram weights of the "same content" model (gram-weights.ts),
 * written by `npm run eval:align -- --fit` from all of MRPC train and the
 * STS-B pairs whose human score is clear (≥ 4 same, ≤ 2 not; see
 * scripts/eval-align.ts). Only gram hashes and rounded weights are kept, no
 * text of either corpus. Do not edit by hand.
 */
import { decodeGramWeights, type GramWeights } from "./gram-weights";
import { GRAM_WEIGHTS_DATA } from "./gram-weights-data";

export const SAME_CONTENT_GRAM_WEIGHTS: GramWeights = decodeGramWeights(GRAM_WEIGHTS_DATA);
