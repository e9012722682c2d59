/**
 * Everything the pair scorer needs from one sentence, computed once so that
 * scoring a candidate pair is only set look-ups (the aligner scores each
 * passage against many candidates).
 */
import { stemmer } from "stemmer";
import { tokenize } from "../text/tokens";
import { STOPWORDS } from "../text/stopwords";
import { hashedSet } from "./hashed-set";
import { rewriteNewsVariants } from "./news-variants";
import { wordRarity } from "./word-rarity";

export interface SentenceFeatures {
  /** Content stems with their weights (rarer words weigh more; see word-rarity.ts). */
  weights: Map<string, number>;
  /** Sum of `weights`. */
  total: number;
  /** Normalised word sequence, for the "identical" check. */
  normalized: string;
  /** Normalised forms of every word, function words included, in order (hyphenated compounds split). */
  words: string[];
  /** How often each of `words` occurs. */
  wordCounts: Map<string, number>;
  /** Content stems in order of appearance (repeats kept), for the common-subsequence and unmatched-run measures. */
  contentSequence: string[];
  /** Distinct adjacent word pairs and triples over `words` ("x y", "x y z"), as hashed sets (hashed-set.ts). */
  bigrams: Uint32Array;
  trigrams: Uint32Array;
  /** Distinct character 4-grams of `normalized`: catches spelling and inflection variants the stemmer misses. */
  charGrams: Uint32Array;
  /** Distinct numbers as normalised digits ("three" and "3" are both "3"). */
  numbers: Set<string>;
  /** Content stems of capitalised words not at the start of the sentence: likely names. */
  names: Set<string>;
  /** How many negating words ("not", "never", "didn't", "without"…) the sentence holds. */
  negations: number;
}

// Contractions lose their apostrophe in normalisation ("didn't" → "didnt").
const NEGATIONS: ReadonlySet<string> = new Set(
  `not no never none nobody nothing nowhere neither nor without cannot cant dont doesnt didnt
  isnt arent wasnt werent hasnt havent hadnt wont wouldnt couldnt shouldnt mustnt neednt aint`.split(/\s+/),
);

interface Unit {
  norm: string;
  stem: string;
  isNumber: boolean;
  isContent: boolean;
  isName: boolean;
}

/**
 * Words of the sentence, with hyphenated compounds split into their parts:
 * outlets write "256-170" and "256 to 170", "U.S.-led" and "led by the U.S.".
 */
function units(text: string): { units: Unit[]; negations: number } {
  const result: Unit[] = [];
  let negations = 0;
  tokenize(rewriteNewsVariants(text)).forEach((t, i) => {
    if (NEGATIONS.has(t.norm) || /n't$/i.test(t.surface)) negations += 1;
    const isName = i > 0 && t.isCapitalized && !t.isNumber;
    if (!t.norm.includes("-")) {
      result.push({ norm: t.norm, stem: t.stem, isNumber: t.isNumber, isContent: t.isContent, isName: isName && t.isContent });
      return;
    }
    for (const part of t.norm.split("-")) {
      if (!part) continue;
      const isNumber = /^\d/.test(part);
      const isContent = !STOPWORDS.has(part);
      result.push({ norm: part, stem: isNumber ? part : stemmer(part), isNumber, isContent, isName: isName && isContent });
    }
  });
  return { units: result, negations };
}

function wordGrams(words: readonly string[], size: number): Uint32Array {
  const grams: string[] = [];
  for (let i = 0; i + size <= words.length; i++) grams.push(words.slice(i, i + size).join(" "));
  return hashedSet(grams);
}

function charGrams(text: string, size: number): Uint32Array {
  const grams: string[] = [];
  const padded = ` ${text} `;
  for (let i = 0; i + size <= padded.length; i++) grams.push(padded.slice(i, i + size));
  return hashedSet(grams);
}

export function prepareSentence(text: string): SentenceFeatures {
  const { units: list, negations } = units(text);
  const weights = new Map<string, number>();
  const words: string[] = [];
  const wordCounts = new Map<string, number>();
  const contentSequence: string[] = [];
  const numbers = new Set<string>();
  const names = new Set<string>();
  for (const u of list) {
    words.push(u.norm);
    wordCounts.set(u.norm, (wordCounts.get(u.norm) ?? 0) + 1);
    if (u.isNumber) numbers.add(u.norm);
    if (!u.isContent) continue;
    contentSequence.push(u.stem);
    // Several forms can share a stem ("agreed", "agreement"): keep the rarest.
    weights.set(u.stem, Math.max(weights.get(u.stem) ?? 0, wordRarity(u.norm, u.isNumber)));
    if (u.isName) names.add(u.stem);
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  const normalized = words.join(" ");
  return {
    weights, total, normalized, words, wordCounts, contentSequence,
    bigrams: wordGrams(words, 2), trigrams: wordGrams(words, 3), charGrams: charGrams(normalized, 4), numbers, names, negations,
  };
}
