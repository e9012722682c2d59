/**
 * Whether a search word starts a word of a title or a name: "us" finds
 * "US, Japan hold talks" and "U.S.-Japan", not "Russia" or "the house"; "chin"
 * finds "China" (a word being typed). Letter case and accents are folded
 * (searchKey: "cafe" finds "Café", "café" finds "Cafe"). Scripts written
 * without spaces (Chinese, Japanese, Thai) have no word starts to go by, so a
 * word that opens with one of their characters matches anywhere ("中国" in
 * "美中国务会谈").
 */
import { isLetterNumberOrMarkAt } from "./char-classes";
import { searchKey } from "./search-key";
import { isUnspacedCode } from "./unspaced-words";

export function startsAWordIn(text: string, word: string): boolean {
  const needle = searchKey(word);
  if (!needle) return false;
  const haystack = searchKey(text);
  const anywhere = matchesAnywhere(needle);
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

/** A word of a script written without spaces, or one that opens with a sign ("$5"), is matched anywhere. */
function matchesAnywhere(word: string): boolean {
  return isUnspacedCode(word.charCodeAt(0)) || !isLetterNumberOrMarkAt(word, 0);
}

/**
 * What a word starting after them is commonly preceded by in a title: the
 * marks SQL can look for to narrow a search to word starts ("% us%", "%-us%",
 * "%“us%"). A start after any other mark is still a word start; SQL just
 * does not narrow to it, so such a title may be missed by a search.
 */
const MARKS_BEFORE_WORDS = [" ", "-", "(", "[", '"', "“", "„", "‘", "’", "'", "/", "«", "‹", "—", "–", ":", ";", ".", ",", "¿", "¡", "#", "@", "$", "£", "€", "¥"];

/**
 * Substrings that narrow a search for `word` to its word starts: a text that
 * starts a word with it begins with `prefix` or holds one of `inside`. They
 * are in searchKey's form, to be looked for in the stored keys of titles and
 * names (folded the same way), not in the titles themselves.
 */
export function wordStartNeedles(typed: string): { prefix: string | null; inside: string[] } {
  const word = searchKey(typed);
  if (!word) return { prefix: null, inside: [] };
  if (matchesAnywhere(word)) return { prefix: null, inside: [word] };
  return { prefix: word, inside: MARKS_BEFORE_WORDS.map((mark) => mark + word) };
}
