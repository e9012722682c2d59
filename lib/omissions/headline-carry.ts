/**
 * Whether an item carries its outlet's headline news, so that "in X's
 * headline" is true as written. The headline's words are weighed by rarity in
 * everyday English (word-rarity.ts), as the passage cover weighs a passage's.
 *
 * An item carries it when it says, of the headline, something the other side
 * never does, and that is the headline's substance:
 *   - two of the headline's words the other side never says, or one that is a
 *     name or figure of the headline ("Halden", "23"); or
 *   - one such word in a passage that restates the headline: it holds most of
 *     the headline's weight, over several of its words. "Sirens at Hollins
 *     Creek were broken for months, county employees say" is told again by
 *     "The warning sirens in Hollins Creek had been broken for months, county
 *     employees said"; when the other side writes of Hollins Creek, county
 *     employees and months but never of sirens, the headline's news is the
 *     passage's one new word, and the passage is that news.
 * One word shared and nothing else of the headline ("The cause of the
 * explosion was not immediately known." under "Explosion at Halden refinery
 * kills four, injures 23"; "state" or "officials" in passing) is not the
 * headline's news, however rare the word: SUBTLEX rates news words such as
 * "officials" as rare as "sirens", so rarity alone cannot tell them apart.
 * A sentence restating the headline is the headline's news told again, and
 * the ranking weighs it so (item-salience.ts).
 */
import type { Side } from "../types/comparison";
import { wordRarity } from "../similarity/word-rarity";
import type { OmissionContext } from "./omission-input";
import { headlineNamesAndFigures, headlineWords } from "./side-readings";

/** A content word of a headline, as the rule reads it. */
export interface HeadlineWord {
  /** As written, normalised: what the other side is read not to say (the passage cover's words). */
  norm: string;
  /** Stem: "sirens" and "siren" are one word where a passage restates the headline. */
  stem: string;
  /** Rarity weight (word-rarity.ts). */
  weight: number;
  /** A figure of the headline, or a word of a name it has. */
  key: boolean;
}

/** What one passage of an item holds. */
export interface PassageWords {
  /** Every content word of the passage, by stem. */
  held: ReadonlySet<string>;
  /**
   * Its words the other side never says, normalised as the passage cover gives
   * them: by stem, "senators" would be the headline's "Senate".
   */
  novel: ReadonlySet<string>;
  /** The item is titled by it: reasons are read under the title, so only it can be the headline restated. */
  titled: boolean;
}

/** A passage restates the headline when it holds at least this many of its words … */
export const RESTATES_MIN_WORDS = 3;
/** … and at least this share of their weight. */
export const RESTATES_MIN_SHARE = 0.5;

/**
 * How an item carries its headline's news, its passages' words as given (see
 * above): "restated" when the sentence it is titled by restates the headline
 * and says a word of it the other side never does, the headline's news
 * itself (a sentence grouped with it would be read as the title's); "news"
 * when its new words are the headline's (two of them, or a name or figure of
 * it) without a sentence restating it (a paragraph around the headline's
 * news); undefined when it does not carry it.
 */
export function headlineCarry(headline: readonly HeadlineWord[], passages: readonly PassageWords[]): HeadlineCarry | undefined {
  const news = headline.filter((w) => passages.some((p) => p.novel.has(w.norm)));
  if (news.length === 0) return undefined;
  // One sentence restates the headline and is where a new word of it is: the words of a few sentences grouped together would not.
  if (passages.some((p) => p.titled && news.some((w) => p.novel.has(w.norm)) && restates(headline, p.held))) return "restated";
  return news.length >= 2 || news.some((w) => w.key) ? "news" : undefined;
}

export type HeadlineCarry = "restated" | "news";

function restates(headline: readonly HeadlineWord[], held: ReadonlySet<string>): boolean {
  const words = headline.filter((w) => held.has(w.stem));
  const total = headline.reduce((sum, w) => sum + w.weight, 0);
  const heldWeight = words.reduce((sum, w) => sum + w.weight, 0);
  return words.length >= RESTATES_MIN_WORDS && total > 0 && heldWeight / total >= RESTATES_MIN_SHARE;
}

const memo = new WeakMap<OmissionContext, Partial<Record<Side, readonly HeadlineWord[]>>>();

/**
 * A side's headline words, one per stem: those headlineWords keeps (no
 * preposition nor linking word), less the outlet's own name ("Meridian
 * Press", which a command-line compare takes for the headline) that is no news of it.
 */
export function headlineTerms(ctx: OmissionContext, side: Side): readonly HeadlineWord[] {
  const bySide = (memo.get(ctx) ?? memo.set(ctx, {}).get(ctx)) as Partial<Record<Side, readonly HeadlineWord[]>>;
  let terms = bySide[side];
  if (!terms) {
    const kept = headlineWords(ctx, side);
    const keys = headlineNamesAndFigures(ctx, side);
    const ownName = new Set(ctx.tokens(ctx.outlets[side]).map((t) => t.norm));
    const byStem = new Map<string, HeadlineWord>();
    for (const t of ctx.tokens(ctx.titles[side] ?? "")) {
      if (!kept.has(t.norm) || ownName.has(t.norm) || byStem.has(t.stem)) continue;
      byStem.set(t.stem, { norm: t.norm, stem: t.stem, weight: wordRarity(t.norm, t.isNumber), key: keys.has(t.norm) });
    }
    terms = bySide[side] = [...byStem.values()];
  }
  return terms;
}
