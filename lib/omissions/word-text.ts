/**
 * A whole article as normalised words joined by single spaces, with the start
 * of every word indexed: "does it contain these words?" is asked for every
 * unmatched quote, and a scan of the whole text each time added up.
 */
export class WordText {
  private constructor(
    readonly text: string,
    /** Where each word starts in `text`. */
    private readonly starts: Map<string, number[]>,
  ) {}

  /** From normalised words joined by single spaces. */
  static fromText(text: string): WordText {
    return WordText.fromWords(text.split(" "));
  }

  /** From normalised words in order (none of them empty or holding a space). */
  static fromWords(words: readonly string[]): WordText {
    const starts = new Map<string, number[]>();
    let at = 0;
    for (const word of words) {
      const list = starts.get(word);
      if (list) list.push(at);
      else starts.set(word, [at]);
      at += word.length + 1;
    }
    return new WordText(words.join(" "), starts);
  }

  /** Whether `words` (space-separated normalised words) occurs as whole words: a quoted "war" is not found in "software". */
  includes(words: string): boolean {
    return this.includesWords(words.split(" "), words);
  }

  /** The same, for a phrase already split at its spaces (`list`, of `words`). */
  includesWords(list: readonly string[], words: string): boolean {
    // In a whole-word match every word of the phrase is a whole word of the text, so the
    // phrase can only start where its rarest word sits, minus that word's offset in the phrase.
    let anchor: readonly number[] | undefined;
    let anchorOffset = 0;
    let offset = 0;
    for (const word of list) {
      const starts = this.starts.get(word);
      if (!starts) return false;
      if (!anchor || starts.length < anchor.length) {
        anchor = starts;
        anchorOffset = offset;
      }
      offset += word.length + 1;
    }
    const text = this.text;
    const end = (from: number) => from + words.length;
    for (const at of anchor ?? []) {
      const from = at - anchorOffset;
      if (from >= 0 && (from === 0 || text[from - 1] === " ") && (end(from) === text.length || text[end(from)] === " ") && text.startsWith(words, from)) return true;
    }
    return false;
  }
}
