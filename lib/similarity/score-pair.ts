/**
 * Sentence-pair scoring: does passage B report the same content as passage A?
 * The aligner calls `prepareSentence` once per passage and `scorePrepared` for
 * each candidate pair, so per-pair work stays in microseconds: set look-ups,
 * one short common-subsequence table and a dot product.
 *
 * How a pair becomes a kind, all thresholds in one place (KIND_THRESHOLDS):
 * - identical: the same words after normalisation (quotes, dashes, case,
 *   British/American spelling, numbers in words).
 * - otherwise a logistic model over the features of pair-features.ts gives the
 *   probability that both report the same content (weights fitted on news
 *   sentence pairs, see fitted-weights.ts and docs/similarity.md);
 * - at or above `same` → near when the wording barely changed, else paraphrase,
 *   unless a negation flipped while the words agree (then partial);
 * - below it → partial when one side's content is mostly found in the other
 *   (one side says more, or something different about the same thing), else
 *   null (unrelated: no alignment).
 */
import type { AlignmentKind } from "../types/comparison";
import { SAME_CONTENT_GRAM_WEIGHTS } from "./fitted-gram-weights";
import { SAME_CONTENT_MODEL } from "./fitted-weights";
import type { GramWeights } from "./gram-weights";
import { sharedHashes } from "./hashed-set";
import { type LogisticModel, logisticProbability } from "./logistic-regression";
import { charGramDiceOf, FEATURE, FEATURE_COUNT, pairFeatures } from "./pair-features";
import { prepareSentence, type SentenceFeatures } from "./prepare-sentence";

export { prepareSentence, type SentenceFeatures };

export interface PairVerdict {
  /**
   * 0–1 graded similarity: the rarity-weighted share of content words the two
   * have in common (Dice), discounted when a negation or a figure differs. It
   * ranks pairs for the aligner; `same` is the separate yes/no decision.
   */
  score: number;
  /** null: not the same content at all (no alignment). */
  kind: AlignmentKind | null;
  /** identical / near / paraphrase: reports the same content. */
  same: boolean;
}

export const KIND_THRESHOLDS = {
  /** Model probability at or above which a pair reports the same content. */
  same: 0.5,
  /** "near" = same, and at least this share of distinct words in common (Dice)… */
  nearWordDice: 0.8,
  /** …and each side's weighted content at least this much found in the other. */
  nearContainment: 0.9,
  /**
   * A partial pair shares at least this graded similarity (`score`): below it
   * the overlap is a word or two (on BASIL the few such pairs, 0.07–0.08,
   * were coincidences), and "partial 3%" tells an analyst nothing.
   */
  partialMinScore: 0.1,
  /** "partial" = not same, but at least this share of one side's weighted content found in the other… */
  partialContainment: 0.5,
  /** …or a model probability of at least this much… */
  partialProbability: 0.25,
  /**
   * …or at least `partialRareWords` distinctive words (rarity ≥ `rareWord`
   * nats, about a news-specific word or a name) shared while at least
   * `partialRareContainment` of one side's weighted content and
   * `partialRareContainmentMin` of the other's are found in the other side
   * (both sides mostly about the shared thing, not a passing mention): "The two leaders also
   * discussed Myanmar and North Korea" / "… held talks about the military
   * situation in Myanmar and North Korea" share little else, but what they
   * share is the point of both.
   */
  partialRareContainment: 0.4,
  partialRareContainmentMin: 0.3,
  partialRareWords: 2,
  rareWord: 11,
  /**
   * A flipped negation vetoes "same" when each side's weighted content is at
   * least this much found in the other: the words agree, so the negation is
   * what changed ("agreed" / "did not agree"). Below it the model decides, as
   * rewordings often trade a negation for an antonym ("would not" / "refused").
   */
  negationVetoContainment: 0.8,
} as const;

/** Factors applied to `score` when one side is negated and the other not, or when both give figures that disagree. */
export const SCORE_PENALTIES = { negationMismatch: 0.7, numbersConflict: 0.8 } as const;

// Reused feature buffer: scoring is synchronous, so one per module is safe.
const scratch = new Array<number>(FEATURE_COUNT).fill(0);

/**
 * The scorer with an explicit model and gram table: the evaluation
 * cross-validates through this (each fold its own), the app uses the fitted ones.
 */
export function scoreWithModel(a: SentenceFeatures, b: SentenceFeatures, model: LogisticModel, grams: GramWeights = SAME_CONTENT_GRAM_WEIGHTS): PairVerdict {
  if (a.normalized.length > 0 && a.normalized === b.normalized) return { score: 1, kind: "identical", same: true };
  if (a.total === 0 || b.total === 0) return { score: 0, kind: null, same: false };
  const x = pairFeatures(a, b, scratch, false, grams);
  const probability = probabilityWithCharGrams(a, b, model, x);
  const containmentMin = x[FEATURE.containmentMin] ?? 0;
  const containmentMax = x[FEATURE.containmentMax] ?? 0;
  const wordDice = x[FEATURE.wordDice] ?? 0;
  const numbersConflict = (x[FEATURE.numbersConflict] ?? 0) > 0;
  const negationMismatch = (x[FEATURE.negationMismatch] ?? 0) > 0;
  const dice = containmentMin + containmentMax > 0 ? (2 * containmentMin * containmentMax) / (containmentMin + containmentMax) : 0;
  const score = dice * (negationMismatch ? SCORE_PENALTIES.negationMismatch : 1) * (numbersConflict ? SCORE_PENALTIES.numbersConflict : 1);
  // Figures that disagree get no such veto: outlets update, round and convert
  // figures of one story, and news annotators still call those the same report
  // (vetoing them cost 2 points of MRPC accuracy). The score drops instead, and
  // the word diff and the number omission flags show the changed figure.
  const veto = negationMismatch && containmentMin >= KIND_THRESHOLDS.negationVetoContainment && negationFlipsSharedWords(a, b);
  if (probability >= KIND_THRESHOLDS.same && !veto) {
    const near = wordDice >= KIND_THRESHOLDS.nearWordDice && containmentMin >= KIND_THRESHOLDS.nearContainment;
    return { score, kind: near ? "near" : "paraphrase", same: true };
  }
  // A partial pair always shares real content: its score is what the analyst reads as "partial n%".
  const partial =
    score >= KIND_THRESHOLDS.partialMinScore &&
    (containmentMax >= KIND_THRESHOLDS.partialContainment ||
      probability >= KIND_THRESHOLDS.partialProbability ||
      (containmentMax >= KIND_THRESHOLDS.partialRareContainment &&
        containmentMin >= KIND_THRESHOLDS.partialRareContainmentMin &&
        sharedRareWords(a, b) >= KIND_THRESHOLDS.partialRareWords));
  return { score, kind: partial ? "partial" : null, same: false };
}

/**
 * Whether the one negation that differs is about what both sides say: the
 * negated side's negation governs a word the other side has ("raised rates" /
 * "did not raise rates"), and the other side does not say "not" in other words
 * ("had no comment" / "declined to comment").
 */
function negationFlipsSharedWords(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const [negated, plain] = a.negations > 0 ? [a, b] : [b, a];
  return !plain.refusal && sharedHashes(negated.negatedStems, plain.stems) > 0;
}

/** Distinct content stems both sentences have that weigh at least `rareWord` on both sides. */
function sharedRareWords(a: SentenceFeatures, b: SentenceFeatures): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.stems.length && j < b.stems.length) {
    const x = a.stems[i] as number;
    const y = b.stems[j] as number;
    if (x === y) {
      if (Math.min(a.stemWeights[i] as number, b.stemWeights[j] as number) >= KIND_THRESHOLDS.rareWord) count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The model's probability, computing the character-gram feature (the
 * costliest) only when the thresholds depend on it: charGramDice lies in
 * [0, 1], so its term lies between 0 and its weight; when both ends give the
 * same decisions, either end serves. Verdicts are exactly those of the full
 * computation (the evaluation goes through here too).
 */
function probabilityWithCharGrams(a: SentenceFeatures, b: SentenceFeatures, model: LogisticModel, x: number[]): number {
  const weight = model.weights[FEATURE.charGramDice] ?? 0;
  x[FEATURE.charGramDice] = 0;
  const z = logit(model, x);
  const low = sigmoid(z + Math.min(0, weight));
  const high = sigmoid(z + Math.max(0, weight));
  const settled = (t: number) => low >= t === high >= t;
  if (settled(KIND_THRESHOLDS.same) && settled(KIND_THRESHOLDS.partialProbability)) return low;
  x[FEATURE.charGramDice] = charGramDiceOf(a, b);
  return logisticProbability(model, x);
}

function logit(model: LogisticModel, x: readonly number[]): number {
  let z = model.intercept;
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i] ?? 0) * (x[i] ?? 0);
  return z;
}

export function scorePrepared(a: SentenceFeatures, b: SentenceFeatures): PairVerdict {
  return scoreWithModel(a, b, SAME_CONTENT_MODEL);
}

export function scorePair(a: string, b: string): PairVerdict {
  return scorePrepared(prepareSentence(a), prepareSentence(b));
}
