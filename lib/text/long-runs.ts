/**
 * Caps the length of a passage. Text with no sentence punctuation (transcripts,
 * scraped captions, all-in-one-line dumps) would otherwise become one huge
 * "sentence" that aligns with everything and diffs slowly; cutting it into
 * runs of about `maxWords` words keeps passages comparable to real sentences.
 */
import type { Span } from "./sentences";

/** Longest passage, in words, before it is cut (news sentences rarely exceed 50). */
export const MAX_PASSAGE_WORDS = 60;
/** Longest passage, in characters, for text without spaces (e.g. Japanese with no 。). */
export const MAX_PASSAGE_CHARS = 400;
/** How far (in words) from the even cut point a comma, semicolon or colon may pull the cut. */
const CLAUSE_REACH = 6;

const WORD = /\S+/g;

export function capSpanLength(text: string, span: Span, maxWords = MAX_PASSAGE_WORDS, maxChars = MAX_PASSAGE_CHARS): Span[] {
  // Nearly every sentence is short enough: count its words without building them, and keep it whole.
  if (span.end - span.start <= maxChars && countWords(text, span.start, span.end) <= maxWords) return [span];
  const words: Span[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    words.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  const byWords = words.length > maxWords ? cutByWords(text, words, maxWords) : [span];
  // The character cap is for text without spaces: a sentence of 59 words and 406 characters is cut by words
  // or not at all (cut at 400 characters, "… against Green River Valley Water Company" lost its ", Inc.").
  return byWords.flatMap((s) => (s.end - s.start > maxChars && !spaced(text, s) ? cutByChars(text, s, maxChars) : [s]));
}

/** Longest average word, in characters, of text written with spaces between its words (English averages under 7). */
const SPACED_WORD_CHARS = 24;

/** Whether a piece is written with spaces between its words, so that the word cap bounds it. */
function spaced(text: string, span: Span): boolean {
  return (span.end - span.start) / Math.max(1, countWords(text, span.start, span.end)) <= SPACED_WORD_CHARS;
}

/** Number of /\S+/ runs in text[start, end), counted without a regex match per word. */
function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The characters JavaScript's \s matches (WhiteSpace and LineTerminator), code unit by code unit. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function cutByWords(text: string, words: Span[], maxWords: number): Span[] {
  // Aim below the cap so that pulling a cut to a clause mark never makes a piece longer than `maxWords`.
  const pieces = Math.ceil(words.length / Math.max(1, maxWords - 2 * CLAUSE_REACH));
  const starts: number[] = [0];
  for (let k = 1; k < pieces; k++) {
    const target = Math.round((words.length * k) / pieces);
    starts.push(clauseCut(text, words, target, starts[starts.length - 1] as number));
  }
  return starts.map((first, k) => {
    const last = (k + 1 < starts.length ? (starts[k + 1] as number) : words.length) - 1;
    return { start: (words[first] as Span).start, end: (words[last] as Span).end };
  });
}

/** The word index to start the next piece at: after the clause mark nearest to `target`, else `target`. */
function clauseCut(text: string, words: Span[], target: number, previous: number): number {
  for (let d = 0; d <= CLAUSE_REACH; d++) {
    for (const at of [target - d, target + d]) {
      if (at <= previous + 1 || at >= words.length) continue;
      const prev = words[at - 1] as Span;
      if (/[,;:،、，；]$/.test(text.slice(prev.start, prev.end))) return at;
    }
  }
  return target;
}

function cutByChars(text: string, span: Span, maxChars: number): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > maxChars) {
    let end = start + maxChars;
    // Never cut a surrogate pair in half.
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? "")) end--;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: span.end });
  return out;
}
