/**
 * Words of scripts written without spaces between them: Chinese, Japanese,
 * Thai, Lao, Khmer, Myanmar. The word scanners (tokens.ts, and the word
 * diff's pieces) take letters up to the next space or punctuation as one
 * word, which in these scripts is a whole clause: "両外相はロンドンで会談した"
 * was one word, so two sentences differing in a place name shared nothing and
 * neither aligned nor diffed below the whole sentence. Such a run is cut into
 * words by ICU's dictionary-based word segmenter (Intl.Segmenter, built into
 * Node): 両|外相|は|ロンドン|で|会談|した.
 */

/** Whether a UTF-16 code unit belongs to a script written without spaces (surrogates: CJK extension planes). */
export function isUnspacedCode(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xff66 && code <= 0xff9f) || // half-width Katakana
    (code >= 0xd840 && code <= 0xd87f) // high surrogates of CJK extensions B–F
  );
}

/** Whether `text[start, end)` holds a letter of such a script (a cheap scan: most text has no code unit that high). */
export function hasUnspacedScript(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0e00 && isUnspacedCode(code)) return true;
  }
  return false;
}

/**
 * Words as a reader counts them: the runs between white space, except that
 * a run in Chinese, Japanese or Thai counts the words ICU finds in it. For
 * text without those scripts, exactly `text.split(/\s+/).filter(Boolean).length`:
 * the page-cleaning rules that count words ("a menu entry is short") read a
 * Japanese paragraph as one word, and dropped whole articles as menus.
 */
export function readerWordCount(text: string): number {
  const runs = text.split(/\s+/).filter(Boolean);
  if (!hasUnspacedScript(text)) return runs.length;
  let count = 0;
  for (const run of runs) {
    if (!hasUnspacedScript(run)) {
      count++;
      continue;
    }
    let words = 0;
    forEachUnspacedWord(run, 0, run.length, () => words++);
    count += Math.max(1, words);
  }
  return count;
}

let segmenter: Intl.Segmenter | undefined;

/** Calls `visit` with the offsets of each word of `text[start, end)`, a run of letters holding unspaced script. */
export function forEachUnspacedWord(text: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  forEachSegment(text, start, end, (from, to, wordLike) => {
    if (wordLike) visit(from, to);
  });
}

/** The same run cut into all its segments, words and what lies between them, which together are the run again. */
export function forEachSegment(text: string, start: number, end: number, visit: (start: number, end: number, wordLike: boolean) => void): void {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  for (const part of segmenter.segment(text.slice(start, end))) {
    visit(start + part.index, start + part.index + part.segment.length, part.isWordLike === true);
  }
}

/**
 * Japanese particles and endings are written in hiragana alone (は, で, した,
 * から); the words that carry content mostly in kanji or katakana. Chinese
 * function characters are few and listed. Neither kind is what a passage
 * reports, as "the" and "of" are not in English.
 */
const CHINESE_FUNCTION_WORDS = new Set(["的", "了", "是", "在", "和", "也", "有", "这", "那", "就", "都", "而", "及", "与", "着", "对", "等", "其", "之", "并", "但", "被", "把", "为", "将", "于", "以", "中", "上", "下", "个"]);
const HIRAGANA_ONLY = /^[\u3040-\u309f]+$/;

export function isUnspacedFunctionWord(word: string): boolean {
  return HIRAGANA_ONLY.test(word) || CHINESE_FUNCTION_WORDS.has(word);
}
