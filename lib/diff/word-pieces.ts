/**
 * How the word diff cuts a text: into tokens (words and single other
 * characters) and the white space between them. White space is kept apart
 * from the tokens on purpose: as a piece of its own it was the commonest
 * "word" of every sentence, so the longest common subsequence matched spaces
 * instead of the words around them, and two reports sharing "Japanese Foreign
 * Minister Toshimitsu Motegi" in another order came out as space-separated
 * confetti.
 */
import { charLength, isLetterNumberOrMarkAt } from "../text/char-classes";
import { startsWordAfterDigit } from "../text/korean-stem";
import { forEachSegment, hasUnspacedScript } from "../text/unspaced-words";

/**
 * Where the piece starting at `at` ends. A piece is a word (letters, digits
 * and marks, with inner apostrophes, dots, commas and hyphens: "U.S.",
 * "1,000", "don't"), a run of white space, or any single other character —
 * the rule /[\p{L}\p{N}\p{M}]+(?:['’.,\-][\p{L}\p{N}\p{M}]+)*|\s+|[\s\S]/u,
 * scanned by hand (see lib/text/char-classes.ts; tested against the regex),
 * except that a number and the Korean counter written onto it ("40분간") are
 * two pieces, as in the tokeniser (lib/text/korean-stem.ts).
 */
export function pieceEnd(text: string, at: number): number {
  const n = text.length;
  if (isLetterNumberOrMarkAt(text, at)) {
    let i = at + charLength(text, at);
    for (;;) {
      while (i < n && isLetterNumberOrMarkAt(text, i) && !startsWordAfterDigit(text, i)) i += charLength(text, i);
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45) && isLetterNumberOrMarkAt(text, i + 1)) i += 1;
      else return i;
    }
  }
  if (isSpaceAt(text, at)) {
    let i = at + 1;
    while (i < n && isSpaceAt(text, i)) i++;
    return i;
  }
  return at + charLength(text, at);
}

const SPACE = /\s/;

export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

export interface TokenizedSide {
  /** White space before the first token ("" when none). */
  lead: string;
  /** Words and single other characters, in order. */
  tokens: string[];
  /** `gaps[i]`: the white space right after `tokens[i]` ("" when none). */
  gaps: string[];
}

/** `lead + tokens[0] + gaps[0] + tokens[1] + gaps[1] + …` is `text` again. */
export function splitTokens(text: string): TokenizedSide {
  const tokens: string[] = [];
  const gaps: string[] = [];
  let lead = "";
  for (let at = 0; at < text.length; ) {
    const end = pieceEnd(text, at);
    if (isSpaceAt(text, at)) {
      if (tokens.length === 0) lead = text.slice(at, end);
      else gaps[gaps.length - 1] = text.slice(at, end);
    } else if (hasUnspacedScript(text, at, end)) {
      // A run of Chinese, Japanese or Thai is many words (lib/text/unspaced-words.ts), each a token.
      forEachSegment(text, at, end, (start, stop) => {
        tokens.push(text.slice(start, stop));
        gaps.push("");
      });
    } else {
      tokens.push(text.slice(at, end));
      gaps.push("");
    }
    at = end;
  }
  return { lead, tokens, gaps };
}
