/**
 * The measurements the classifier combines for one sentence pair. Every
 * feature is symmetric (swapping A and B gives the same vector), because
 * "same content" does not depend on which outlet is called A.
 *
 * Order matters: FEATURE_NAMES lines up with the fitted weights.
 */
import { hashedDice } from "./hashed-set";
import type { SentenceFeatures } from "./prepare-sentence";

export const FEATURE_NAMES = [
  /** Weighted share of the less-covered side's content that the other side has. */
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
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;
/** Position of each feature in the vector: `x[FEATURE.wordDice]`. */
export const FEATURE = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<FeatureName, number>;

/** Sets and maps alike: only size and membership are needed. */
interface Keyed<T> {
  readonly size: number;
  has(key: T): boolean;
  keys(): Iterable<T>;
}

function sharedCount<T>(a: Keyed<T>, b: Keyed<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small.keys()) if (large.has(x)) n += 1;
  return n;
}

function dice<T>(a: Keyed<T>, b: Keyed<T>): number {
  const denominator = a.size + b.size;
  return denominator === 0 ? 0 : (2 * sharedCount(a, b)) / denominator;
}

/** Classic dynamic programme on two short sequences (sentences: tens of items), one row of memory. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function unsharedOf(mine: ReadonlySet<string>, theirs: { has(key: string): boolean }): number {
  let n = 0;
  for (const x of mine) if (!theirs.has(x)) n += 1;
  return n;
}

function unigramPrecision(mine: ReadonlyMap<string, number>, theirs: ReadonlyMap<string, number>): number {
  let found = 0;
  let all = 0;
  for (const [word, count] of mine) {
    all += count;
    found += Math.min(count, theirs.get(word) ?? 0);
  }
  return all > 0 ? found / all : 0;
}

/** Weight of the heaviest run of consecutive content stems of `sequence` that `other` lacks. */
function unmatchedRun(sequence: readonly string[], weights: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>): number {
  let best = 0;
  let run = 0;
  for (const stem of sequence) {
    if (other.has(stem)) run = 0;
    else {
      run += weights.get(stem) ?? 0;
      if (run > best) best = run;
    }
  }
  return best;
}

/** Fills `out` (length FEATURE_COUNT) to avoid an allocation per pair; returns it. */
export function pairFeatures(a: SentenceFeatures, b: SentenceFeatures, out: number[] = new Array<number>(FEATURE_COUNT)): number[] {
  let shared = 0;
  for (const [stem, wa] of a.weights) {
    const wb = b.weights.get(stem);
    if (wb !== undefined) shared += Math.min(wa, wb);
  }
  const coverA = a.total > 0 ? shared / a.total : 0;
  const coverB = b.total > 0 ? shared / b.total : 0;
  const leftA = Math.max(0, a.total - shared) / 10;
  const leftB = Math.max(0, b.total - shared) / 10;

  const shorter = Math.min(a.contentSequence.length, b.contentSequence.length);
  const lengthA = Math.max(1, a.words.length);
  const lengthB = Math.max(1, b.words.length);
  const numbersOnlyA = unsharedOf(a.numbers, b.numbers);
  const numbersOnlyB = unsharedOf(b.numbers, a.numbers);

  const containmentMin = Math.min(coverA, coverB);
  out[FEATURE.containmentMin] = containmentMin;
  out[FEATURE.containmentMax] = Math.max(coverA, coverB);
  out[FEATURE.unsharedMax] = Math.max(leftA, leftB);
  out[FEATURE.unsharedMin] = Math.min(leftA, leftB);
  out[FEATURE.wordDice] = dice(a.wordCounts, b.wordCounts);
  out[FEATURE.bigramDice] = hashedDice(a.bigrams, b.bigrams);
  out[FEATURE.trigramDice] = hashedDice(a.trigrams, b.trigrams);
  out[FEATURE.lcsRatio] = shorter > 0 ? lcsLength(a.contentSequence, b.contentSequence) / shorter : 0;
  out[FEATURE.lengthLogRatio] = Math.log(Math.max(lengthA, lengthB) / Math.min(lengthA, lengthB));
  out[FEATURE.numbersUnshared] = numbersOnlyA + numbersOnlyB;
  out[FEATURE.numbersConflict] = a.numbers.size > 0 && b.numbers.size > 0 && (numbersOnlyA > 0 || numbersOnlyB > 0) ? 1 : 0;
  out[FEATURE.namesUnshared] = unsharedOf(a.names, b.weights) + unsharedOf(b.names, a.weights);
  out[FEATURE.negationMismatch] = (a.negations > 0) !== (b.negations > 0) ? 1 : 0;
  out[FEATURE.unigramPrecisionMin] = Math.min(unigramPrecision(a.wordCounts, b.wordCounts), unigramPrecision(b.wordCounts, a.wordCounts));
  out[FEATURE.charGramDice] = hashedDice(a.charGrams, b.charGrams);
  out[FEATURE.unmatchedRunMax] = Math.max(unmatchedRun(a.contentSequence, a.weights, b.weights), unmatchedRun(b.contentSequence, b.weights, a.weights)) / 10;
  out[FEATURE.containmentMinSquared] = containmentMin * containmentMin;
  return out;
}
