/**
 * Raw article text with its word starts indexed, for "is this spelling
 * written here on its own?" (the entity flags' raw-text check).
 */

/** Word runs of a text, as the boundary rules below see words. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const LETTER_OR_NUMBER_START = /^[\p{L}\p{N}]+/u;
/**
 * The boundary rules of a spelling written "on its own", checked at one
 * position (sticky, empty match): not inside a word and not the tail of a
 * longer capitalised name before it ("South China" for "China")…
 */
const ALONE_BEFORE = /(?<![\p{L}\p{N}]|\p{Lu}[\p{L}.]*\s)/uy;
/** …nor followed by more letters or by another capitalised word ("China Sea"). */
const ALONE_AFTER = /(?![\p{L}\p{N}]|\s\p{Lu})/uy;

/**
 * One article's text with the start of every word indexed, so looking up a
 * spelling costs a hash lookup plus a check per occurrence of its first word
 * instead of a scan of the whole text (there are hundreds of spellings to try
 * on a long article).
 */
export class TextIndex {
  private readonly starts = new Map<string, number[]>();
  constructor(readonly text: string) {
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
      // Names are looked up, and they start with a capital or a digit: words in lower case
      // (most of a text) are left out, and the rare spelling that starts with one is scanned for.
      if (startsLowerAscii(m[0])) continue;
      const list = this.starts.get(m[0]);
      if (list) list.push(m.index);
      else this.starts.set(m[0], [m.index]);
    }
  }

  /** Is `form` written here on its own, not inside a longer name ("China" in "South China Sea" is not)? */
  hasAlone(form: string): boolean {
    const end = (at: number): boolean => {
      ALONE_AFTER.lastIndex = at + form.length;
      return ALONE_AFTER.test(this.text);
    };
    const before = (at: number): boolean => {
      ALONE_BEFORE.lastIndex = at;
      return ALONE_BEFORE.test(this.text);
    };
    const lead = LETTER_OR_NUMBER_START.exec(form)?.[0];
    if (lead === undefined || startsLowerAscii(lead)) {
      // Starts with a mark, a space or a lower-case word (not indexed): scan.
      for (let at = this.text.indexOf(form); at >= 0; at = this.text.indexOf(form, at + 1)) {
        if (before(at) && end(at)) return true;
      }
      return false;
    }
    // Not preceded by a letter or digit, so the match starts a whole word run, which is `lead`.
    for (const at of this.starts.get(lead) ?? []) {
      if (this.text.startsWith(form, at) && before(at) && end(at)) return true;
    }
    return false;
  }
}


function startsLowerAscii(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}
