/**
 * Korean words carry their grammar at the end: a noun takes a particle
 * ("북한의", "북한은", "북한이": of / topic / subject of North Korea) and a
 * Sino-Korean verb is a noun plus 하다 or 되다 ("협력하겠다고", "진행됐다",
 * "강화하는"). Porter knows none of it, so two reports of one statement
 * shared almost no word ("동맹국과 긴밀히 협력하겠다고" / "동맹국들과
 * 긴밀하게 협력할 것이라고"), aligned weakly and were listed as left out by
 * each other. A light stemmer of the kind Korean search engines use (no
 * dictionary): strip one particle, or cut a 하다/되다 verb at its noun, and
 * the forms above meet at 동맹국, 긴밀, 협력. Its mistakes are consistent
 * (the same word always gets the same stem), which is what matching needs.
 */

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;

function isHangulSyllable(code: number): boolean {
  return code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE;
}

/** Whether the word is written in Hangul syllables (a cheap test on its first character). */
export function isHangulWord(word: string): boolean {
  return word.length > 0 && isHangulSyllable(word.charCodeAt(0));
}

/**
 * Particles, plural 들 and their common stacks, longest first. A single
 * syllable is stripped only from words of three syllables or more, so that
 * two-syllable nouns ending in one ("회의", "논의", "국가", "결과") stay whole.
 */
const PARTICLES = [
  "에서부터", "으로부터", "들에게서",
  "에게서", "한테서", "으로서", "으로써", "에서는", "에서도", "에서의", "으로는", "으로도", "에게는", "까지는", "부터는",
  "이라고", "이라는", "들에게", "들까지", "들처럼",
  "에서", "에게", "한테", "께서", "으로", "까지", "부터", "처럼", "보다", "마다", "조차", "이나", "이며", "이고", "이다",
  "에는", "에도", "과의", "와의", "와는", "과는", "로서", "로써", "로는", "로도", "라고", "라는",
  "들이", "들은", "들을", "들의", "들과", "들도", "들로", "들만",
  "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만", "들",
];

/**
 * Syllables that begin the endings of 하다 and 되다 (and the adverb's 히):
 * a word that has one after a noun of at least two syllables is that noun
 * used as a verb or an adverb ("논의했다" → 논의, "긴밀히" → 긴밀). Two
 * syllables at least, so "위해", "통해", "대한" and "북한" stay whole.
 */
const VERB_SYLLABLES = new Set("하한할함해했합히되된될됨돼됐됩".split(""));
const MIN_NOUN_SYLLABLES = 2;

/** The stem of a Hangul word; any other word is returned as it is. */
export function koreanStem(word: string): string {
  if (!isHangulWord(word)) return word;
  for (let i = MIN_NOUN_SYLLABLES; i < word.length; i++) {
    if (!isHangulSyllable(word.charCodeAt(i))) break;
    if (VERB_SYLLABLES.has(word[i]!)) return word.slice(0, i);
  }
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const rest = word.length - particle.length;
    if (rest >= (particle.length === 1 ? MIN_NOUN_SYLLABLES : 1)) return word.slice(0, rest);
  }
  return word;
}

/**
 * Whether a new word starts at `i`: a Hangul syllable right after a digit.
 * Korean writes counters and units onto the number ("40분간", "18일",
 * "5명"), which the word scanners read as one word, so "40분간" / "30분간"
 * was a changed word rather than a changed figure; cut there, as ICU cuts
 * the Japanese "40分間".
 */
export function startsWordAfterDigit(text: string, i: number): boolean {
  // The word scanners ask at every character: the syllable test first, as almost no character passes it.
  if (!isHangulSyllable(text.charCodeAt(i))) return false;
  const previous = text.charCodeAt(i - 1);
  return previous >= 48 && previous <= 57;
}
