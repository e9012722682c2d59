/**
 * Character classes for the hand-written scanners (words in tokens.ts, word
 * runs in the raw-text index): ASCII answers from a table, anything else from
 * the Unicode property classes, one code point at a time. A property regex
 * run over a whole text costs several times more.
 */

/** 1 for ASCII letters and digits: the common case needs no function call. */
export const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER_NUMBER_OR_MARK = /^[\p{L}\p{N}\p{M}]$/u;

/** UTF-16 code units of the character at i (2 for a surrogate pair). */
export function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** \p{L} or \p{N} at i. */
export function isLetterOrNumberAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_ALNUM[code] === 1;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** \p{L}, \p{N} or \p{M} at i. */
export function isLetterNumberOrMarkAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_ALNUM[code] === 1;
  return LETTER_NUMBER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i) as number));
}
