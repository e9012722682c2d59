/**
 * The measurements the classifier combines for one sentence pair. Every
 * feature is symmetric (swapping A and B gives the same vector), because
 * "same content" does not depend on which outlet is called A.
 *
 * Order matters: FEATURE_NAMES lines up with the fitted weights.
 */
import { hashedDice, hasHash, sharedHashes } from "./hashed-set";
import { SAME_CONTENT_GRAM_WEIGHTS } from "./fitted-gram-weights";
import { type GramWeights, gramWeightSums } from "./gram-weights";
import { charGramsOf, scoringDetail, type ScoringDetail, type SentenceFeatures, synonymsOf } from "./prepare-sentence";
import { synonymWeight } from "./synonyms";

export const FEATURE_NAMES = [
  /** Weighted share of the less-covered side's content that the other side has, word for word or through a synonym (synonyms.ts). */
  "containmentMin",
  /** Same, for the better-covered side: high min + high max = same content; high max alone = one side says more. */
  "containmentMax",
  /** Rarity-weighted content the two do not share, of the side with more left over (in units of 10 nats, about one rare word). */
  "unsharedMax",
  "unsharedMin",
  /** Unweighted Dice over all distinct words, function words included. */
  "wordDice",
  /** Dice over adjacent word pairs and triples: word order and phrasing kept. */
  "bigramDice",
  "trigramDice",
  /** Longest common subsequence of content stems over the shorter side's length. */
  "lcsRatio",
  /** |log(lenA / lenB)| over all words. */
  "lengthLogRatio",
  /** Numbers present on one side only (count, both sides). */
  "numbersUnshared",
  /** 1 when both sides give numbers and they disagree: a changed figure. */
  "numbersConflict",
  /** Likely names present on one side only (count). */
  "namesUnshared",
  /** 1 when one side is negated and the other is not. */
  "negationMismatch",
  /** Share of the words (with repeats, function words included) found in the other side, the lower of the two: BLEU-1 style. */
  "unigramPrecisionMin",
  /** Dice over character 4-grams: spelling and inflection variants. */
  "charGramDice",
  /** Rarity of the longest run of consecutive content words found only on one side (units of 10 nats): an added clause rather than scattered rewording. */
  "unmatchedRunMax",
  /** containmentMin squared: lets the linear model bend (the step from 0.8 to 1 matters more than from 0.2 to 0.4). */
  "containmentMinSquared",
  /** 1 when one side quotes (a double quotation mark) and the other does not: direct quotation against reported speech, often with words added or dropped. */
  "quoteMismatch",
  /** 1 when both name days of the week and share none: a different day is a different event or an update. */
  "weekdayMismatch",
  /** Summed learned weights of the stem unigrams and bigrams both sides have (gram-weights.ts): which shared words say "same". */
  "gramShared",
  /** The same for the grams only one side has: which words left over signal a different report. */
  "gramUnshared",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;
/** Position of each feature in the vector: `x[FEATURE.wordDice]`. */
export const FEATURE = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<FeatureName, number>;

/** Dice over the two sentences' character 4-grams. */
export function charGramDiceOf(a: SentenceFeatures, b: SentenceFeatures): number {
  const x = charGramsOf(a);
  const y = charGramsOf(b);
  const total = x.length + y.length;
  if (total === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      shared++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return (2 * shared) / total;
}

/** Σ min(weight in a, weight in b) over the stems both have: the weighted content they share. */
export function sharedWeight(a: SentenceFeatures, b: SentenceFeatures): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.stems.length && j < b.stems.length) {
    const x = a.stems[i] as number;
    const y = b.stems[j] as number;
    if (x === y) {
      shared += Math.min(a.stemWeights[i] as number, b.stemWeights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Distinct words in common, and Σ min(count in a, count in b) over them. */
function sharedWords(a: ScoringDetail, b: ScoringDetail): { distinct: number; occurrences: number } {
  let i = 0;
  let j = 0;
  let distinct = 0;
  let occurrences = 0;
  while (i < a.wordSet.length && j < b.wordSet.length) {
    const x = a.wordSet[i] as number;
    const y = b.wordSet[j] as number;
    if (x === y) {
      distinct += 1;
      occurrences += Math.min(a.wordCounts[i] as number, b.wordCounts[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { distinct, occurrences };
}

// One row of the common-subsequence table, grown as needed: scoring is synchronous.
let lcsRow = new Int32Array(64);

/** Classic dynamic programme on two short sequences (sentences: tens of items), one row of memory. */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (lcsRow.length < b.length + 1) lcsRow = new Int32Array(2 * (b.length + 1));
  const row = lcsRow;
  row.fill(0, 0, b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    const x = a[i - 1] as number;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** Weight of the heaviest run of consecutive content stems of `mine` that `other` lacks. */
function unmatchedRun(mine: SentenceFeatures, other: SentenceFeatures): number {
  let best = 0;
  let run = 0;
  for (let k = 0; k < mine.contentSequence.length; k++) {
    if (hasHash(other.stems, mine.contentSequence[k] as number)) run = 0;
    else {
      run += mine.sequenceWeights[k] as number;
      if (run > best) best = run;
    }
  }
  return best;
}

/**
 * Fills `out` (length FEATURE_COUNT) to avoid an allocation per pair; returns it.
 * With `charGrams` false, charGramDice is left at 0 (the scorer fills it in
 * only when the verdict depends on it: charGramDiceOf). `weights` is the gram
 * table: the committed one, or in the evaluation the one fitted on the folds
 * a model is trained on.
 */
export function pairFeatures(
  a: SentenceFeatures,
  b: SentenceFeatures,
  out: number[] = new Array<number>(FEATURE_COUNT),
  charGrams = true,
  weights: GramWeights = SAME_CONTENT_GRAM_WEIGHTS,
): number[] {
  const da = scoringDetail(a);
  const db = scoringDetail(b);
  // Left-over words with a synonym on the other side count as shared content.
  const shared = sharedWeight(a, b) + synonymWeight(a, synonymsOf(a), b, synonymsOf(b));
  const coverA = a.total > 0 ? shared / a.total : 0;
  const coverB = b.total > 0 ? shared / b.total : 0;
  const leftA = Math.max(0, a.total - shared) / 10;
  const leftB = Math.max(0, b.total - shared) / 10;

  const shorter = Math.min(a.contentSequence.length, b.contentSequence.length);
  const lengthA = Math.max(1, a.words.length);
  const lengthB = Math.max(1, b.words.length);
  const numbersShared = sharedHashes(a.numbers, b.numbers);
  const numbersOnlyA = a.numbers.length - numbersShared;
  const numbersOnlyB = b.numbers.length - numbersShared;
  const words = sharedWords(da, db);
  const wordTotal = da.wordSet.length + db.wordSet.length;

  const containmentMin = Math.min(coverA, coverB);
  out[FEATURE.containmentMin] = containmentMin;
  out[FEATURE.containmentMax] = Math.max(coverA, coverB);
  out[FEATURE.unsharedMax] = Math.max(leftA, leftB);
  out[FEATURE.unsharedMin] = Math.min(leftA, leftB);
  out[FEATURE.wordDice] = wordTotal === 0 ? 0 : (2 * words.distinct) / wordTotal;
  out[FEATURE.bigramDice] = hashedDice(da.bigrams, db.bigrams);
  out[FEATURE.trigramDice] = hashedDice(da.trigrams, db.trigrams);
  out[FEATURE.lcsRatio] = shorter > 0 ? lcsLength(a.contentSequence, b.contentSequence) / shorter : 0;
  out[FEATURE.lengthLogRatio] = Math.log(Math.max(lengthA, lengthB) / Math.min(lengthA, lengthB));
  out[FEATURE.numbersUnshared] = numbersOnlyA + numbersOnlyB;
  out[FEATURE.numbersConflict] = a.numbers.length > 0 && b.numbers.length > 0 && (numbersOnlyA > 0 || numbersOnlyB > 0) ? 1 : 0;
  out[FEATURE.namesUnshared] = a.names.length - sharedHashes(a.names, b.stems) + (b.names.length - sharedHashes(b.names, a.stems));
  out[FEATURE.negationMismatch] = (a.negations > 0) !== (b.negations > 0) ? 1 : 0;
  // BLEU-1 style: the words of each side (with repeats) found in the other; the lower share is over the longer side.
  const wordsMax = Math.max(a.words.length, b.words.length);
  out[FEATURE.unigramPrecisionMin] = a.words.length > 0 && b.words.length > 0 ? words.occurrences / wordsMax : 0;
  out[FEATURE.charGramDice] = charGrams ? charGramDiceOf(a, b) : 0;
  out[FEATURE.unmatchedRunMax] = Math.max(unmatchedRun(a, b), unmatchedRun(b, a)) / 10;
  out[FEATURE.containmentMinSquared] = containmentMin * containmentMin;
  out[FEATURE.quoteMismatch] = a.quoted !== b.quoted ? 1 : 0;
  out[FEATURE.weekdayMismatch] = a.weekdays !== 0 && b.weekdays !== 0 && (a.weekdays & b.weekdays) === 0 ? 1 : 0;
  const gram = gramWeightSums(a, b, weights);
  out[FEATURE.gramShared] = gram.shared;
  out[FEATURE.gramUnshared] = gram.unshared;
  return out;
}
