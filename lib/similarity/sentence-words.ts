/**
 * The scorer's view of one word as written, memoised by its surface form:
 * its parts (hyphenated compounds split, as outlets write "256-170" and
 * "256 to 170", "U.S.-led" and "led by the U.S."), each with 30-bit hashes
 * of its normal form and stem and its rarity weight. News vocabulary repeats
 * a lot, so after the first few sentences preparing a sentence is one memo
 * look-up per word: no stemming, no rarity look-up, no string hashing.
 */
import { STOPWORDS } from "../text/stopwords";
import { stemWord, wordForms } from "../text/tokens";
import { hashString } from "./hashed-set";
import { wordRarity } from "./word-rarity";

export interface WordUnit {
  /** Normalised form (Token.norm, or one part of a hyphenated one). */
  norm: string;
  /** hashString(norm). */
  id: number;
  /** Hash of the Porter stem (numbers are their own stem). */
  stemId: number;
  isNumber: boolean;
  /** Not a function word. */
  isContent: boolean;
  /** wordRarity(norm): how much sharing this word says. */
  rarity: number;
}

export interface SurfaceWord {
  units: readonly WordUnit[];
  /** Starts with a capital letter (a likely name unless it starts the sentence or is a number). */
  isCapitalized: boolean;
  isNumber: boolean;
  /** A negating word: "not", "never", "without", "didn't"…, or a compound holding one ("do-not-call"). */
  isNegation: boolean;
  /** A verb that reports a refusal or failure ("declined", "refused", "denied", "failed"): says "not" without a negation. */
  isRefusal: boolean;
  /** One bit per day of the week (Monday = 1, Tuesday = 2, …), 0 for any other word. */
  weekday: number;
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

// Contractions lose their apostrophe in normalisation ("didn't" → "didnt").
const NEGATIONS: ReadonlySet<string> = new Set(
  `not no never none nobody nothing nowhere neither nor without cannot cant dont doesnt didnt
  isnt arent wasnt werent hasnt havent hadnt wont wouldnt couldnt shouldnt mustnt neednt aint`.split(/\s+/),
);

/** Stems of verbs that carry a negation in their meaning: "declined to comment" = "had no comment". */
const REFUSAL_STEMS: ReadonlySet<string> = new Set(["declin", "refus", "deni", "fail", "reject", "unabl"]);

function unit(norm: string, stem: string, isNumber: boolean, isContent: boolean): WordUnit {
  return { norm, id: hashString(norm), stemId: hashString(stem), isNumber, isContent, rarity: wordRarity(norm, isNumber) };
}

function describe(surface: string): SurfaceWord | null {
  const forms = wordForms(surface);
  if (forms === null) return null;
  const units: WordUnit[] = [];
  // A number's stem is its value (tokens.ts): "forty-three" is the one number 43, as "43" is, not 40 and 3.
  const written = forms.isNumber ? forms.stem : forms.norm;
  if (!written.includes("-")) units.push(unit(written, forms.stem, forms.isNumber, forms.isContent));
  else {
    for (const part of written.split("-")) {
      if (!part) continue;
      const isNumber = /^\d/.test(part);
      units.push(unit(part, isNumber ? part : stemWord(part), isNumber, !STOPWORDS.has(part)));
    }
  }
  return {
    units,
    isCapitalized: forms.isCapitalized,
    isNumber: forms.isNumber,
    isNegation: NEGATIONS.has(forms.norm) || /n't$/i.test(surface) || units.some((u) => NEGATIONS.has(u.norm)),
    isRefusal: REFUSAL_STEMS.has(forms.stem),
    weekday: WEEKDAYS.includes(forms.norm) ? 1 << WEEKDAYS.indexOf(forms.norm) : 0,
  };
}

/**
 * Bounded like the tokeniser's memo: emptied when full, which keeps memory
 * flat on huge inputs. Entries hold only hashes and flags, so emptying it
 * never makes two preparations disagree.
 */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, SurfaceWord | null>();

export function surfaceWord(surface: string): SurfaceWord | null {
  let word = memo.get(surface);
  if (word === undefined) {
    word = describe(surface);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(surface, word);
  }
  return word;
}

/** Empties the memo: only for benchmarks that want cold-start figures. */
export function clearSurfaceWordMemo(): void {
  memo.clear();
}
