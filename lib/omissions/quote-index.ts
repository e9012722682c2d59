/**
 * One article's quotations indexed by wording and by content stem, so a quote
 * of the other article is matched against the few that could be the same
 * (worded identically or sharing a stem) instead of against every one. It
 * depends on this article alone: built once per article (ArticleReading) and
 * queried by every comparison it takes part in.
 */
export interface IndexedQuote {
  /** Content stems. */
  stems: ReadonlySet<string>;
  /** Normalised words joined by single spaces. */
  words: string;
}

export class QuoteIndex {
  /** The first quote with each wording. */
  private readonly byWords = new Map<string, number>();
  private readonly byStem = new Map<string, number[]>();
  /** Shared-stem counts per quote, zeroed after each query, and the quotes a query touched (both reused to spare allocations per query). */
  private readonly counts: Int32Array;
  private readonly touched: Int32Array;

  constructor(quotes: readonly IndexedQuote[]) {
    this.counts = new Int32Array(quotes.length);
    this.touched = new Int32Array(quotes.length);
    quotes.forEach((q, i) => {
      if (!this.byWords.has(q.words)) this.byWords.set(q.words, i);
      for (const s of q.stems) {
        const list = this.byStem.get(s);
        if (list) list.push(i);
        else this.byStem.set(s, [i]);
      }
    });
  }

  /** Position of the first quote worded exactly so, or -1. */
  sameWords(words: string): number {
    return this.byWords.get(words) ?? -1;
  }

  /**
   * Quotes sharing a content stem with `stems`, ascending, each with the
   * number of stems it shares (`visit(position, shared)`): counted off the stem
   * lists, so no pair of quotes is compared stem by stem. `visit` must not
   * query this index again (the buffers are shared).
   */
  sharingAStem(stems: ReadonlySet<string>, visit: (position: number, shared: number) => void): void {
    const counts = this.counts;
    let n = 0;
    for (const s of stems) {
      const list = this.byStem.get(s);
      if (!list) continue;
      for (const i of list) {
        if (counts[i] === 0) this.touched[n++] = i;
        counts[i] = (counts[i] as number) + 1;
      }
    }
    // A typed array sorts numerically, natively: no comparator call per comparison.
    const touched = this.touched.subarray(0, n).sort();
    for (const i of touched) {
      const shared = counts[i] as number;
      counts[i] = 0;
      visit(i, shared);
    }
  }
}
