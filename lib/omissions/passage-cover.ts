/**
 * How much of a passage the other article says, anywhere. The aligner pairs
 * each passage once, so a sentence whose counterpart went to a weaker pair,
 * or whose content the other article spreads over two sentences, is left
 * "unpaired" although nothing is missing. Before anything is called left out
 * it is checked against every sentence of the other article and every pair
 * of neighbouring sentences (one sentence can cover parts of two).
 *
 * Words count by how much they tell (rarity in everyday English: sharing
 * "Smythe" or "716" says more than sharing "said"), and a word counts as said
 * when the other article has its stem or a WordNet synonym of it ("talks" /
 * "discussions"). A passage is covered when most of its weight is said by one
 * short stretch of the other article.
 */
import type { Token } from "../text/tokens";
import { wordRarity } from "../similarity/word-rarity";
import { synonymGroupsOfStem } from "../similarity/synonyms";

export interface PassageCover {
  /** 0–1: share of the text's content weight said by the best window (one passage, or two neighbours) of the other article. */
  window: number;
  /** Passage positions (in the other article's order) of that window; empty when nothing is shared. */
  by: number[];
  /** 0–1: share of the text's content weight said anywhere in the other article. */
  article: number;
  /** Content words (normalised) the other article never says, heaviest first. */
  novel: string[];
  /** Total content weight of the text. */
  weight: number;
}

/** A distinct content word of a text, as the cover reads it. */
export interface CoverWord {
  /** Stem (what counts as "the same word"). */
  key: string;
  norm: string;
  /** Rarity weight. */
  weight: number;
}
type Word = CoverWord;

/** Rarity of a token's word (memoised in word-rarity.ts). */
function rarityOf(t: Token): number {
  return wordRarity(t.norm, t.isNumber);
}

/** The distinct content words of a text, by stem (ArticleReading keeps them per passage). */
export function coverWords(tokens: readonly Token[]): CoverWord[] {
  const seen = new Map<string, Word>();
  for (const t of tokens) {
    if (!t.isContent || seen.has(t.stem)) continue;
    seen.set(t.stem, { key: t.stem, norm: t.norm, weight: rarityOf(t) });
  }
  return [...seen.values()];
}

const synonymKey = (group: number) => `~${group}`;

/**
 * A word said in more passages of an article than this says nothing of which
 * stretch says a text (a live blog's place names, repeated in every update).
 * The story's matcher reads a stem so too (coverage.ts).
 */
export function commonIn(passages: number): number {
  return Math.max(16, Math.ceil(Math.sqrt(passages)));
}

/**
 * One article's passages indexed by content stem and synonym group, so a text
 * of the other article is covered with one lookup per word. It depends on
 * this article alone: built once per article (ArticleReading) and asked by
 * every comparison it takes part in.
 */
export class CoverIndex {
  private readonly postings = new Map<string, number[]>();
  /** passagesSaying by stem, as asked (the same stems are asked for every passage of the other side). */
  private readonly sayingMemo = new Map<string, readonly number[]>();
  /** `sayings` by text (its cover words, as ArticleReading keeps them). */
  private readonly sayingsMemo = new WeakMap<readonly Word[], ReadonlyArray<readonly [Word, readonly number[]]>>();
  private readonly size: number;
  /** `commonIn` of this article's size. */
  private readonly commonCap: number;
  // Per window scratch, reused across calls (a cover is computed for every passage of the other side).
  private readonly windowWeight: Float64Array;
  private readonly passageWeight: Float64Array;
  private readonly touched: Int32Array;

  constructor(passageTokens: ReadonlyArray<readonly Token[]>) {
    this.size = passageTokens.length;
    this.commonCap = commonIn(this.size);
    const groupsMemo = new Map<string, readonly number[]>();
    passageTokens.forEach((tokens, j) => {
      for (const t of tokens) {
        if (!t.isContent) continue;
        this.post(t.stem, j);
        let groups = groupsMemo.get(t.stem);
        if (!groups) groupsMemo.set(t.stem, (groups = synonymGroupsOfStem(t.stem)));
        for (const g of groups) this.post(synonymKey(g), j);
      }
    });
    this.windowWeight = new Float64Array(Math.max(1, this.size));
    this.passageWeight = new Float64Array(Math.max(1, this.size));
    this.touched = new Int32Array(Math.max(1, this.size));
  }

  private post(key: string, j: number): void {
    const list = this.postings.get(key);
    if (!list) this.postings.set(key, [j]);
    else if (list[list.length - 1] !== j) list.push(j);
  }

  /**
   * The words of a text that tell where (and whether) this article says it,
   * each with the passages saying it (memoised per text: a story asks the
   * same passage of several sources):
   * - Only words it says in at most `commonIn` passages, or never. A word a
   *   long article says everywhere (a live blog's "Marlow", "emergency
   *   vehicles", "rising water" in every update) is said by any stretch of two
   *   sentences, so it is no evidence that one stretch says the text: "Governor
   *   Miriam Tate declared a state of emergency for Marlow and Ashby County"
   *   was "said" by "… roads clear for emergency vehicles … toward Ashby
   *   County" and the next update's "state officials said", and neither the
   *   comparison nor the story flagged the Governor left out. A text made only
   *   of such words is judged by all of them; articles of up to 16 passages
   *   never drop a word.
   * - A word is not said by a passage that has only its synonym, when that
   *   synonym is another word of the text ("declared a state": declare /
   *   state): one word of this article ("state officials said") does not say
   *   both.
   */
  private sayings(words: readonly Word[]): ReadonlyArray<readonly [Word, readonly number[]]> {
    let memo = this.sayingsMemo.get(words);
    if (memo) return memo;
    // How many of the text's words fall in each synonym group: a word sharing none has no twin to check.
    const inGroup = new Map<number, number>();
    for (const w of words) for (const g of synonymGroupsOfStem(w.key)) inGroup.set(g, (inGroup.get(g) ?? 0) + 1);
    const all = words.map((w) => [w, this.saidBeside(w, words, inGroup)] as const);
    const cap = this.commonCap;
    const located = this.size <= cap ? all : all.filter(([, hits]) => hits.length <= cap);
    memo = located.length === 0 || located.length === all.length ? all : located;
    this.sayingsMemo.set(words, memo);
    return memo;
  }

  /**
   * The passages saying a word of a text, less those that say it only by a
   * synonym that is another word of the same text, written there ("declared
   * a state": "state officials said" says "state", not "declared" as well).
   */
  private saidBeside(word: Word, text: readonly Word[], inGroup: ReadonlyMap<number, number>): readonly number[] {
    const hits = this.passagesSaying(word);
    const groups = synonymGroupsOfStem(word.key);
    if (hits.length === 0 || !groups.some((g) => (inGroup.get(g) ?? 0) > 1)) return hits;
    const twins = text.filter((t) => t !== word && synonymGroupsOfStem(t.key).some((g) => groups.includes(g)));
    if (twins.length === 0) return hits;
    const own = new Set(this.postings.get(word.key) ?? []);
    const taken = new Set(twins.flatMap((t) => this.postings.get(t.key) ?? []));
    return hits.filter((j) => own.has(j) || !taken.has(j));
  }

  /** Passages of this article that say the word (its stem or a synonym), ascending, without repeats. */
  private passagesSaying(word: Word): readonly number[] {
    let saying = this.sayingMemo.get(word.key);
    if (saying) return saying;
    const exact = this.postings.get(word.key) ?? [];
    const groups = synonymGroupsOfStem(word.key);
    if (groups.length === 0) saying = exact;
    else {
      const all = new Set(exact);
      for (const g of groups) for (const j of this.postings.get(synonymKey(g)) ?? []) all.add(j);
      saying = [...all].sort((x, y) => x - y);
    }
    this.sayingMemo.set(word.key, saying);
    return saying;
  }

  /** How much of a text (its tokens, or its cover words) this article says; see PassageCover. */
  cover(text: readonly Token[] | { words: readonly CoverWord[] }): PassageCover {
    const words = this.sayings("words" in text ? text.words : coverWords(text));
    const n = this.size;
    // Locals, not fields, in the loop below: it runs once per posting of every word (the omission pass's hottest loop).
    const windowWeight = this.windowWeight;
    const passageWeight = this.passageWeight;
    const touched = this.touched;
    let touchedCount = 0;
    let total = 0;
    let anywhere = 0;
    const novel: Word[] = [];
    for (let wi = 0; wi < words.length; wi++) {
      const [w, hits] = words[wi] as readonly [Word, readonly number[]];
      const weight = w.weight;
      total += weight;
      if (hits.length === 0) {
        novel.push(w);
        continue;
      }
      anywhere += weight;
      // (Rarity weights are positive, so each window enters `touched` once.)
      // Window k holds passages k and k + 1: a word in passage j counts for windows j - 1 and j, once
      // each. Hits ascend, so the windows this word has counted for are those up to `counted`.
      let counted = -1;
      for (let h = 0; h < hits.length; h++) {
        const j = hits[h] as number;
        passageWeight[j] = (passageWeight[j] as number) + weight;
        const last = j < n ? j : n - 1;
        for (let k = j > counted + 1 ? j - 1 : counted + 1; k <= last; k++) {
          if (k < 0) continue;
          if (windowWeight[k] === 0) touched[touchedCount++] = k;
          windowWeight[k] = (windowWeight[k] as number) + weight;
        }
        if (last > counted) counted = last;
      }
    }
    let best = -1;
    for (let t = 0; t < touchedCount; t++) {
      const k = touched[t] as number;
      if (best < 0 || (windowWeight[k] as number) > (windowWeight[best] as number)) best = k;
    }
    const bestWeight = best >= 0 ? (windowWeight[best] as number) : 0;
    const by = best < 0 ? [] : [best, best + 1].filter((j) => j < n && (passageWeight[j] as number) > 0);
    for (let t = 0; t < touchedCount; t++) {
      const k = touched[t] as number;
      windowWeight[k] = 0;
      passageWeight[k] = 0;
      if (k + 1 < n) passageWeight[k + 1] = 0;
    }
    novel.sort((x, y) => y.weight - x.weight);
    return {
      window: total > 0 ? bestWeight / total : 1,
      by,
      article: total > 0 ? anywhere / total : 1,
      novel: novel.map((x) => x.norm),
      weight: total,
    };
  }
}
