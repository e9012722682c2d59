/**
 * Rule-based sentence splitting for news copy, with offsets.
 *
 * Why not `Intl.Segmenter`: it is fast, but Node's ICU build breaks after every
 * "Gen. ", "Mr. ", "Dr. ", "Jan. " and "John F. " (no abbreviation
 * suppressions), and fixing its output means re-joining with the same rules
 * written here anyway. A single left-to-right scan is as fast and keeps every
 * decision in one readable place (see docs/alignment.md for the figures).
 */
import { AMBIGUOUS, BEFORE_NUMBER, CASE_CAPTIONS, MONTHS, TITLES } from "./abbreviations";
import { STOPWORDS } from "./stopwords";

export interface Span {
  start: number;
  end: number;
}

/** Full stops that end a sentence with or without a following space (Japanese / Chinese). */
const CJK_TERMINATORS = new Set(["。", "！", "？", "．"]);
const TERMINATORS = new Set([".", "!", "?", "…", ...CJK_TERMINATORS]);
/** Terminators as code units (each is one), and a table of the ASCII characters the scan stops at. */
const TERMINATOR_CODES = new Set([...TERMINATORS].map((t) => t.charCodeAt(0)));
const ASCII_STOPS = new Uint8Array(128);
for (const code of [...TERMINATOR_CODES, 10]) if (code < 128) ASCII_STOPS[code] = 1;
/** Closing quotes and brackets that belong to the sentence they follow: `discussed China.” He` → `discussed China.”`. */
const CLOSERS = new Set(['"', "'", "”", "’", "»", "›", ")", "]", "}", "」", "』", "）", "】", "〕"]);
const OPENERS = new Set(['"', "'", "“", "‘", "«", "‹", "(", "[", "「", "『", "（", "【"]);
/** A list marker at the start of a line: "- ", "• ", "1. ", "2) ", "a) ". */
const LIST_MARKER = /^[ \t\u00a0]*(?:[-*•·▪◦‣–—]|\d{1,3}[.)]|\p{Ll}\))[ \t\u00a0]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const WORD_BEFORE_DOT = /[\p{L}\p{N}.]+$/u;
const WORD_AT = /^[\p{L}\p{N}'’]+/u;
/** Up to four words then a speech verb, ending the sentence: "Obama said.", "Mr. Akin continued.", "she asked." */
const SHORT_ATTRIBUTION =
  /^(?:[\p{L}.'’-]+\s+){1,4}(?:said|says|asked|asks|added|adds|continued|replied|wrote|told\s+\p{L}+|explained|insisted|noted|recalled)[.!?](?:\s|$)/u;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Sentence spans of `text`, trimmed, in order; spans holding no letter or digit are dropped. */
export function splitSentences(text: string): Span[] {
  const cuts: number[] = [0];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Most characters are neither a line break nor a terminator: one table look-up skips them.
    const code = text.charCodeAt(i);
    if (code < 128 ? ASCII_STOPS[code] === 0 : !TERMINATOR_CODES.has(code)) {
      i++;
      continue;
    }
    const ch = text[i] as string;
    if (ch === "\n") {
      // A blank line or a list item on the next line starts a new passage even without punctuation.
      const rest = text.slice(i + 1, i + 40);
      if (/^[ \t\u00a0]*\n/.test(rest) || LIST_MARKER.test(rest)) cuts.push(i + 1);
      i++;
      continue;
    }
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    const runStart = i;
    let j = i;
    while (j < n && TERMINATORS.has(text[j] as string)) j++;
    const runEnd = j;
    let closed = false;
    while (j < n && CLOSERS.has(text[j] as string)) {
      j++;
      closed = true;
    }
    const end = j;
    const run = text.slice(runStart, runEnd);
    if ([...run].some((c) => CJK_TERMINATORS.has(c))) {
      // 「…した。」と述べた: the quotation continues the sentence.
      if (!(closed && text[end] === "と")) cuts.push(end);
      i = end;
      continue;
    }
    if (end < n && !isSpace(text[end])) {
      i = end; // "3.5", "U.S.-Japan", "example.com": not a boundary
      continue;
    }
    let k = end;
    while (k < n && isSpace(text[k])) k++;
    // `"Why?" Obama asked.` — a short attribution after a closed quotation belongs to it.
    const attribution = closed && SHORT_ATTRIBUTION.test(text.slice(k, k + 60));
    if (k < n && !attribution && breaksBefore(text, runStart, run, k)) cuts.push(end);
    i = end;
  }
  cuts.push(n);
  const spans: Span[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const span = trimSpan(text, cuts[c] as number, cuts[c + 1] as number);
    if (span && LETTER_OR_DIGIT.test(text.slice(span.start, span.end))) spans.push(span);
  }
  return spans;
}

/** Does the sentence end at the terminator run starting at `runStart`, given the next text starts at `next`? */
function breaksBefore(text: string, runStart: number, run: string, next: number): boolean {
  let m = next;
  while (m < text.length && OPENERS.has(text[m] as string)) m++;
  const first = text[m];
  if (first === undefined) return true;
  // A lower-case continuation ("e.g. the", "waited … and", `"Why?" he asked`) never starts a sentence.
  if (LOWER.test(first)) return false;
  if (run !== ".") return true;

  const before = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, runStart - 24), runStart))?.[0] ?? "";
  if (before === "") return true;
  const word = before.toLowerCase();
  // "1. First point" at the start of a line is a list marker, not a sentence.
  if (/^\d{1,3}$/.test(before) && /(?:^|\n)[ \t\u00a0]*$/.test(text.slice(Math.max(0, runStart - before.length - 8), runStart - before.length))) {
    return false;
  }
  const nextIsDigit = DIGIT.test(first);
  if (TITLES.has(word)) return false;
  // As written: a capital "V." is an initial or a numeral ("Title V. The law"), read below.
  if (CASE_CAPTIONS.has(before)) return false;
  const initial = /^\p{Lu}$/u.test(before); // "John F. Kennedy", "Robert P. McCulloch" (a capital "P." is no page)
  if (!initial && (BEFORE_NUMBER.has(word) || MONTHS.has(word))) return !nextIsDigit;
  const initialism = before.includes("."); // "U.S.", "a.m.", "U.N."
  if (initial || initialism || AMBIGUOUS.has(word)) return startsSentence(text, m);
  return true;
}

/** A capitalised function word ("The", "He", "But", "In") is the surest sign a new sentence begins. */
function startsSentence(text: string, at: number): boolean {
  const word = WORD_AT.exec(text.slice(at, at + 30))?.[0];
  if (!word || !UPPER.test(word[0] as string)) return false;
  // "C. A. Dutch Ruppersberger": a capital letter with a full stop is another initial, even when it spells "A" or "I".
  if (word.length === 1 && text[at + 1] === ".") return false;
  return STOPWORDS.has(word.toLowerCase().replace(/['’]s$/, ""));
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}
