/**
 * Word tokens with offsets. Each token carries the forms the matchers need:
 * `norm` (lower case, normalised spelling and numbers) for exact comparison
 * and `stem` (Porter) so "agreed" / "agrees" / "agreement" meet.
 */
import { stemmer } from "stemmer";
import { americanSpelling, joinedNumberWord, normalizePunctuation, numberWordToDigits } from "./normalize";
import { ASCII_ALNUM, charLength, isLetterNumberOrMarkAt, isLetterOrNumberAt } from "./char-classes";
import { STOPWORDS } from "./stopwords";
import { forEachUnspacedWord, isUnspacedCode, isUnspacedFunctionWord } from "./unspaced-words";
import { isHangulWord, koreanStem, startsWordAfterDigit } from "./korean-stem";

export interface Token {
  /** The word as written. */
  surface: string;
  /** Lower case, American spelling, numbers as digits, no inner punctuation ("U.S." → "us"). */
  norm: string;
  /** Stem of `norm` (`stemWord`); a number's is its value: "43" for "forty-three", whose `norm` is "40-3". */
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


// Plain ASCII words (the vast majority in English news) need no Unicode
// normalisation; skipping NFKC and the typographic replacements there is the
// single largest saving in tokenising.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function normalizeWord(surface: string): string {
  let w = (PLAIN_ASCII.test(surface) ? surface : normalizePunctuation(surface)).toLowerCase();
  if (/^\d[\d,]*(\.\d+)?$/.test(w)) return w.replace(/,/g, "");
  w = w.replace(/'s$/, "").replace(/[.']/g, "");
  // Hyphenated compounds vary part by part: "three-day" → "3-day", "defence-related" → "defense-related".
  return w
    .split("-")
    .map((part) => numberWordToDigits(americanSpelling(part)))
    .join("-");
}

export interface WordForms {
  norm: string;
  stem: string;
  isNumber: boolean;
  isContent: boolean;
  isCapitalized: boolean;
}

/**
 * Word forms depend only on the surface string, and news vocabulary repeats a
 * lot (Zipf), so a memo of surface → forms makes tokenising several times
 * cheaper: the aligner tokenises every passage of every compared article. The
 * memo is bounded and simply emptied when full, which keeps memory flat on
 * huge inputs without any clock or LRU bookkeeping. 100,000 surfaces (about
 * 15 MB at most): 2,000 stored articles of the scale corpus write 73,000
 * distinct ones, and at 50,000 the memo was emptied four times, a miss in 12
 * (index entries 2.4 → 2.0 ms an article, the same entries).
 */
const FORMS_MEMO_LIMIT = 100_000;
const formsMemo = new Map<string, WordForms | null>();

/** The stem of a normalised word: Porter's, or for a Korean word its noun (korean-stem.ts). */
export function stemWord(norm: string): string {
  return isHangulWord(norm) ? koreanStem(norm) : stemmer(norm);
}

/** The forms of one word as written (memoised); null when it normalises to nothing. */
export function wordForms(surface: string): WordForms | null {
  const cached = formsMemo.get(surface);
  if (cached !== undefined) return cached;
  const norm = normalizeWord(surface);
  let forms: WordForms | null = null;
  if (norm) {
    const isNumber = /^\d/.test(norm);
    forms = {
      norm,
      // "forty-three" and "43" are one word to the matchers (the passage cover, the aligner), though not to keys.
      stem: isNumber ? (joinedNumberWord(surface, norm) ?? norm) : stemWord(norm),
      isNumber,
      isContent: !STOPWORDS.has(norm) && !isUnspacedFunctionWord(norm),
      isCapitalized: /^\p{Lu}/u.test(surface),
    };
  }
  if (formsMemo.size >= FORMS_MEMO_LIMIT) formsMemo.clear();
  formsMemo.set(surface, forms);
  return forms;
}

/** Empties the word-form memo: only for benchmarks that want cold-start figures. */
export function clearTokenMemo(): void {
  formsMemo.clear();
}

/**
 * Calls `visit` with every word of `text` as written, in order, without
 * building Token objects: for callers that need neither offsets nor (on a
 * memo hit of their own) the word forms, such as the sentence scorer.
 * Yields exactly the surfaces `tokenize` finds.
 */
export function forEachWord(text: string, visit: (surface: string) => void): void {
  forEachWordSpan(text, (start, end) => visit(text.slice(start, end)));
}

/**
 * Calls `visit` with the offsets of every word of `text`: letters or digits,
 * with inner marks, and inner apostrophes, dots, commas and hyphens when a
 * letter or digit follows ("U.S.", "3.5", "1,000", "In-Choul", "don't"). A
 * number and the Korean counter written onto it are two words ("40분간").
 */
function forEachWordSpan(text: string, visit: (start: number, end: number) => void): void {
  // A hand-written scan instead of a Unicode property regex, which costs several
  // times more per word, and this runs over every word of every compared article.
  // Non-ASCII characters fall back to the property classes, one character at a time.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_ALNUM[c] === 0 : !isLetterOrNumberAt(text, i)) {
      i += c < 128 ? 1 : charLength(text, i);
      continue;
    }
    const start = i;
    let unspaced = c >= 128 && isUnspacedCode(c);
    i += c < 128 ? 1 : charLength(text, i);
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code < 128 ? ASCII_ALNUM[code] === 1 : isLetterNumberOrMarkAt(text, i)) {
        if (code >= 128) {
          if (startsWordAfterDigit(text, i)) break;
          if (!unspaced) unspaced = isUnspacedCode(code);
        }
        i += code < 128 ? 1 : charLength(text, i);
      } else if ((code === 39 || code === 0x2019 || code === 46 || code === 44 || code === 45) && i + 1 < n && isLetterOrNumberAt(text, i + 1)) i += 1;
      else break;
    }
    // A run of Chinese, Japanese or Thai letters is many words (unspaced-words.ts).
    if (unspaced) forEachUnspacedWord(text, start, i, visit);
    else visit(start, i);
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWordSpan(text, (start, end) => {
    const surface = text.slice(start, end);
    const forms = wordForms(surface);
    if (forms === null) return;
    tokens.push({
      surface,
      norm: forms.norm,
      stem: forms.stem,
      start,
      end,
      isNumber: forms.isNumber,
      isContent: forms.isContent,
      isCapitalized: forms.isCapitalized,
    });
  });
  return tokens;
}

/** The distinct stems of the content words among `tokens`. */
export function contentStemSet(tokens: readonly Token[]): Set<string> {
  const stems = new Set<string>();
  for (const t of tokens) if (t.isContent) stems.add(t.stem);
  return stems;
}

/** Stems of content words only: the bag most matchers work on. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.isContent)
    .map((t) => t.stem);
}
