/**
 * Word tokens with offsets. Each token carries the forms the matchers need:
 * `norm` (lower case, normalised spelling and numbers) for exact comparison
 * and `stem` (Porter) so "agreed" / "agrees" / "agreement" meet.
 */
import { stemmer } from "stemmer";
import { americanSpelling, normalizePunctuation, numberWordToDigits } from "./normalize";
import { STOPWORDS } from "./stopwords";

export interface Token {
  /** The word as written. */
  surface: string;
  /** Lower case, American spelling, numbers as digits, no inner punctuation ("U.S." → "us"). */
  norm: string;
  /** Porter stem of `norm` (numbers are their own stem). */
  stem: string;
  /** Offsets into the text given to `tokenize`. */
  start: number;
  end: number;
  isNumber: boolean;
  /** Not a function word: counts towards what a passage reports. */
  isContent: boolean;
  /** Starts with a capital letter (a hint for names; unreliable at sentence start). */
  isCapitalized: boolean;
}

// Letters/digits with inner apostrophes, dots (U.S., 3.5), commas in numbers (1,000) and hyphens.
const WORD_PATTERN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,\-](?=[\p{L}\p{N}]))*/gu;

export function normalizeWord(surface: string): string {
  let w = normalizePunctuation(surface).toLowerCase();
  if (/^\d[\d,]*(\.\d+)?$/.test(w)) return w.replace(/,/g, "");
  w = w.replace(/'s$/, "").replace(/[.']/g, "");
  // Hyphenated compounds vary part by part: "three-day" → "3-day", "defence-related" → "defense-related".
  return w
    .split("-")
    .map((part) => numberWordToDigits(americanSpelling(part)))
    .join("-");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const surface = match[0];
    const start = match.index;
    const norm = normalizeWord(surface);
    if (!norm) continue;
    const isNumber = /^\d/.test(norm);
    tokens.push({
      surface,
      norm,
      stem: isNumber ? norm : stemmer(norm),
      start,
      end: start + surface.length,
      isNumber,
      isContent: !STOPWORDS.has(norm),
      isCapitalized: /^\p{Lu}/u.test(surface),
    });
  }
  return tokens;
}

/** Stems of content words only: the bag most matchers work on. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.isContent)
    .map((t) => t.stem);
}
