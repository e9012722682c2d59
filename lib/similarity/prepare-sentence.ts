/**
 * Everything the pair scorer needs from one sentence, as integer arrays, so
 * that scoring a candidate pair is merges of short sorted arrays, one short
 * common-subsequence table and a dot product: no strings, no maps.
 *
 * Two stages. `prepareSentence` does the cheap part every passage needs (the
 * aligner indexes passages by their content stems): one pass over the words
 * through a memo (sentence-words.ts). The n-gram and character-gram sets are
 * built by `scoringDetail` on first use, so a passage that never becomes a
 * candidate never pays for them.
 */
import { forEachWord } from "../text/tokens";
import type { SentenceGramWeights } from "./gram-weights";
import { mixHashes, sortedUnique } from "./hashed-set";
import { rewriteNewsVariants } from "./news-variants";
import { surfaceWord, type WordUnit } from "./sentence-words";
import { synonymEntriesOf, type SynonymEntries } from "./synonyms";

export interface SentenceFeatures {
  /** Normalised word sequence, for the "identical" check. */
  readonly normalized: string;
  /** Words as written (a hyphenated compound counts once): how much text this is. */
  readonly tokenCount: number;
  /** Hashes of every normalised word, function words included, in order (hyphenated compounds split). */
  readonly words: readonly number[];
  /** Content stem hashes in order of appearance (repeats kept), for the common-subsequence and unmatched-run measures. */
  readonly contentSequence: readonly number[];
  /** Weight of each entry of `contentSequence` (its stem's weight). */
  readonly sequenceWeights: readonly number[];
  /** Distinct content stem hashes, ascending, and their weights (rarer words weigh more; the rarest form of a stem counts). */
  readonly stems: readonly number[];
  readonly stemWeights: readonly number[];
  /** Sum of `stemWeights`. */
  readonly total: number;
  /** Distinct numbers (hashes of normalised digits: "three" and "3" are both "3"), ascending. */
  readonly numbers: readonly number[];
  /** Distinct stems of capitalised content words not at the start of the sentence (likely names), ascending. */
  readonly names: readonly number[];
  /** How many negating words ("not", "never", "didn't", "without"…) the sentence holds. */
  readonly negations: number;
  /**
   * Distinct content stems among the two words after each negation, ascending:
   * what the negation is about ("did not *agree*", "no *decisions*"). A
   * negation whose scope the other side never mentions ("has not *seen* such
   * a protest" / "the biggest protest") is a rewording, not a flip.
   */
  readonly negatedStems: readonly number[];
  /** Holds a verb of refusal or failure ("declined", "refused", "denied"): a negation in other words. */
  readonly refusal: boolean;
  /** Days of the week named, one bit each (sentence-words.ts): "on Tuesday" / "on Wednesday" is a different event or update. */
  readonly weekdays: number;
  /** Holds a double quotation mark: a direct quotation, not reported speech. */
  readonly quoted: boolean;
  /** Stem hash of every word, function words included, in order: the source of the grams (gramsOf). */
  readonly stemSequence: readonly number[];
  /** Built on first scoring (scoringDetail). */
  detail: ScoringDetail | null;
}

export interface ScoringDetail {
  /** Distinct word hashes, ascending, and how often each occurs. */
  wordSet: number[];
  wordCounts: number[];
  /** Distinct adjacent word pairs and triples, hashed, ascending. */
  bigrams: number[];
  trigrams: number[];
  /** Distinct character 4-grams of ` normalized `, hashed: spelling and inflection variants the stemmer misses (built on first use: charGramsOf). */
  charGrams: Int32Array | null;
  /** Which synonym groups the sentence's stems belong to (synonyms.ts; built on first use: synonymsOf). */
  synonyms: SynonymEntries | null;
  /** The sentence's grams found in a gram-weight table, with their weights (gram-weights.ts; built on first use, for one table at a time). */
  gramWeights: SentenceGramWeights | null;
}

/** How many words after a negation it is taken to be about. */
const NEGATION_SCOPE = 2;

/**
 * "Did not begin notifying customers until Tuesday" says they began on
 * Tuesday: a negation followed within this many words by "until" or "till"
 * dates an event ("only started contacting customers on Tuesday"), it does
 * not deny it, so it is not counted as one.
 */
const NOT_UNTIL_SPAN = 8;
const UNTIL: ReadonlySet<string> = new Set(["until", "till", "til"]);

// Scratch of the word pass, reused across calls (preparing is synchronous): the
// per-sentence arrays are then allocated once at their final size instead of
// growing word by word.
const scratchUnits: WordUnit[] = [];
const scratchNames: boolean[] = [];

/** Straight, curly and guillemet double quotes. */
const QUOTE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/;

export function prepareSentence(text: string): SentenceFeatures {
  let count = 0;
  let negations = 0;
  let tokenCount = 0;
  let contentCount = 0;
  let numberCount = 0;
  let nameCount = 0;
  let weekdays = 0;
  let refusal = false;
  // Words left in the scope of the last negation.
  let scope = 0;
  const negatedStems: number[] = [];
  // The last negation: how many words ago, and how many negated stems there were before it (to take it back at "until").
  let sinceNegation = -1;
  let stemsBeforeNegation = 0;
  forEachWord(rewriteNewsVariants(text), (surface) => {
    const word = surfaceWord(surface);
    if (word === null) return;
    if (sinceNegation >= 0) sinceNegation += 1;
    if (sinceNegation > 0 && sinceNegation <= NOT_UNTIL_SPAN && word.units.length === 1 && UNTIL.has((word.units[0] as WordUnit).norm)) {
      negations -= 1;
      negatedStems.length = stemsBeforeNegation;
      scope = 0;
      sinceNegation = -1;
    }
    if (scope > 0) {
      scope -= 1;
      for (const u of word.units) if (u.isContent && !word.isNegation) negatedStems.push(u.stemId);
    }
    if (word.isNegation) {
      negations += 1;
      scope = NEGATION_SCOPE;
      sinceNegation = 0;
      stemsBeforeNegation = negatedStems.length;
    }
    if (word.isRefusal) refusal = true;
    weekdays |= word.weekday;
    const maybeName = tokenCount > 0 && word.isCapitalized && !word.isNumber;
    tokenCount += 1;
    for (const u of word.units) {
      scratchUnits[count] = u;
      scratchNames[count] = maybeName && u.isContent;
      count += 1;
      if (u.isNumber) numberCount += 1;
      if (u.isContent) contentCount += 1;
      if (maybeName && u.isContent) nameCount += 1;
    }
  });
  const stemSequence = new Array<number>(count);
  const words = new Array<number>(count);
  const norms = new Array<string>(count);
  const contentSequence = new Array<number>(contentCount);
  const contentRarity = new Array<number>(contentCount);
  const numbers = new Array<number>(numberCount);
  const names = new Array<number>(nameCount);
  let c = 0;
  let n = 0;
  let m = 0;
  for (let k = 0; k < count; k++) {
    const u = scratchUnits[k] as WordUnit;
    words[k] = u.id;
    norms[k] = u.norm;
    stemSequence[k] = u.stemId;
    if (u.isNumber) numbers[n++] = u.id;
    if (!u.isContent) continue;
    contentSequence[c] = u.stemId;
    contentRarity[c++] = u.rarity;
    if (scratchNames[k]) names[m++] = u.stemId;
  }

  const stems = sortedUnique(contentSequence.slice());
  const stemWeights: number[] = [];
  for (let k = 0; k < stems.length; k++) stemWeights.push(0);
  const sequenceWeights: number[] = [];
  for (let k = 0; k < contentSequence.length; k++) {
    const at = indexOf(stems, contentSequence[k] as number);
    sequenceWeights.push(at);
    // Several forms can share a stem ("agreed", "agreement"): keep the rarest.
    if ((contentRarity[k] as number) > (stemWeights[at] as number)) stemWeights[at] = contentRarity[k] as number;
  }
  let total = 0;
  for (let k = 0; k < stemWeights.length; k++) total += stemWeights[k] as number;
  for (let k = 0; k < sequenceWeights.length; k++) sequenceWeights[k] = stemWeights[sequenceWeights[k] as number] as number;
  return {
    normalized: norms.join(" "), tokenCount, words, contentSequence, sequenceWeights, stems, stemWeights, total,
    numbers: sortedUnique(numbers), names: sortedUnique(names), negations, negatedStems: sortedUnique(negatedStems), refusal, weekdays, quoted: QUOTE_MARK.test(text), stemSequence, detail: null,
  };
}

// Stem bigram hashes are kept apart from the unigram hashes (and from word bigrams) by a fixed mask.
const BIGRAM_MASK = 0x15555555;

function indexOf(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function wordGrams(words: readonly number[], size: 2 | 3): number[] {
  const grams: number[] = [];
  for (let i = 0; i + size <= words.length; i++) {
    let h = mixHashes(words[i] as number, words[i + 1] as number);
    if (size === 3) h = mixHashes(h, words[i + 2] as number);
    grams.push(h);
  }
  return sortedUnique(grams);
}

/** FNV-1a over each window of 4 UTF-16 units of ` text `, without slicing strings; sorted, distinct. */
function charGrams(text: string): Int32Array {
  const padded = ` ${text} `;
  const grams = new Int32Array(Math.max(0, padded.length - 3));
  for (let i = 0; i < grams.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) {
      h ^= padded.charCodeAt(i + k);
      h = Math.imul(h, 0x01000193);
    }
    grams[i] = (h ^ (h >>> 30)) & 0x3fffffff;
  }
  // Sentences give a hundred or more grams: the native typed-array sort, then dedupe in place.
  grams.sort();
  let n = 0;
  for (let i = 0; i < grams.length; i++) if (n === 0 || grams[i] !== grams[n - 1]) grams[n++] = grams[i] as number;
  return grams.subarray(0, n);
}

export function scoringDetail(f: SentenceFeatures): ScoringDetail {
  if (f.detail !== null) return f.detail;
  const sorted = sortedWithRepeats(f.words.slice());
  const wordSet: number[] = [];
  const wordCounts: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) {
      wordSet.push(sorted[k] as number);
      wordCounts.push(1);
    } else wordCounts[wordCounts.length - 1] = (wordCounts[wordCounts.length - 1] as number) + 1;
  }
  f.detail = { wordSet, wordCounts, bigrams: wordGrams(f.words, 2), trigrams: wordGrams(f.words, 3), charGrams: null, synonyms: null, gramWeights: null };
  return f.detail;
}

/**
 * Distinct hashes of the stems of every word (function words included) and of
 * each adjacent pair of them, ascending: the grams whose learned weights for
 * "same content" the scorer sums (gram-weights.ts).
 */
export function gramsOf(f: SentenceFeatures): number[] {
  const grams: number[] = [];
  forEachGram(f, (gram) => grams.push(gram));
  return sortedUnique(grams);
}

/** Visits every gram of gramsOf in sentence order, repeats included: each stem, then its bigram with the one before. */
export function forEachGram(f: SentenceFeatures, visit: (gram: number) => void): void {
  const s = f.stemSequence;
  for (let k = 0; k < s.length; k++) {
    visit(s[k] as number);
    if (k > 0) visit(mixHashes(s[k - 1] as number, s[k] as number) ^ BIGRAM_MASK);
  }
}

export function synonymsOf(f: SentenceFeatures): SynonymEntries {
  const detail = scoringDetail(f);
  return (detail.synonyms ??= synonymEntriesOf(f.stems));
}

/** The character 4-grams: the costliest set, and only needed when the other features leave the verdict open. */
export function charGramsOf(f: SentenceFeatures): Int32Array {
  const detail = scoringDetail(f);
  return (detail.charGrams ??= charGrams(f.normalized));
}

function sortedWithRepeats(values: number[]): Int32Array {
  return Int32Array.from(values).sort();
}
