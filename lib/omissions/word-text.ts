/**
 * A whole article as normalised words joined by single spaces, with the start
 * of every word indexed: "does it contain these words?" is asked for every
 * unmatched quote, and a scan of the whole text each time added up.
 */
export class WordText {
  private readonly starts = new Map<string, number[]>();
  constructor(readonly text: string) {
    for (let at = 0; at <= text.length; ) {
      const space = text.indexOf(" ", at);
      const end = space < 0 ? text.length : space;
      const word = text.slice(at, end);
      const list = this.starts.get(word);
      if (list) list.push(at);
      else this.starts.set(word, [at]);
      at = end + 1;
    }
  }

  /** Whether `words` (space-separated normalised words) occurs as whole words: a quoted "war" is not found in "software". */
  includes(words: string): boolean {
    const atWordEdges = (from: number) =>
      (from === 0 || this.text[from - 1] === " ") && (from + words.length === this.text.length || this.text[from + words.length] === " ");
    // "w0 w1 …": any match puts w1 right after a space of the text, and w1 is a whole
    // word there when more words follow it. Shorter phrases are scanned for.
    const first = words.indexOf(" ");
    const second = first < 0 ? -1 : words.indexOf(" ", first + 1);
    if (second < 0) {
      for (let from = this.text.indexOf(words); from >= 0; from = this.text.indexOf(words, from + 1)) if (atWordEdges(from)) return true;
      return false;
    }
    const w1 = words.slice(first + 1, second);
    for (const at of this.starts.get(w1) ?? []) {
      const from = at - first - 1;
      if (from >= 0 && this.text.startsWith(words, from) && atWordEdges(from)) return true;
    }
    return false;
  }
}

