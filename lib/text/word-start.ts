/**
 * Whether a search word starts a word of a title or a name: "us" finds
 * "US, Japan hold talks" and "U.S.-Japan", not "Russia" or "the house"; "chin"
 * finds "China" (a word being typed). Letter case is folded. Scripts written
 * without spaces (Chinese, Japanese, Thai) have no word starts to go by, so a
 * word that opens with one of their characters matches anywhere ("中国" in
 * "美中国务会谈").
 */
import { isLetterNumberOrMarkAt } from "./char-classes";
import { isUnspacedCode } from "./unspaced-words";

export function startsAWordIn(text: string, word: string): boolean {
  const needle = word.toLowerCase();
  if (!needle) return false;
  const haystack = text.toLowerCase();
  const anywhere = isUnspacedCode(needle.charCodeAt(0)) || !isLetterNumberOrMarkAt(needle, 0);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (anywhere || at === 0 || !isLetterNumberOrMarkAt(haystack, previousCharAt(haystack, at))) return true;
  }
  return false;
}

/** The index of the character before `at` (two code units back for a surrogate pair). */
function previousCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && at >= 2 ? at - 2 : at - 1;
}
