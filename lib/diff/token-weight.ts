/**
 * How much a shared token tells a reader. The word diff keeps a shared run
 * on screen when its tokens weigh enough (keep-shared-content.ts), so that
 * what two outlets both report stays visible between their edits, while
 * shared function words and punctuation ("the", "of", ",") are merged into
 * the edits around them as before.
 */
import { wordForms } from "../text/tokens";

/** A name, a figure or an acronym: the facts an analyst checks first. */
export const FACT_WEIGHT = 2;
/** Any other content word ("talks", "agreed", "coercion"). */
export const WORD_WEIGHT = 1;

// Upper-case letters with at most inner dots or digits and no lower case:
// "US", "U.S.", "G7", "NHK". "US" normalises to the stopword "us", so it needs this test of its own.
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}.]*\p{Lu}[\p{Lu}\p{N}.]*$|^\p{Lu}\p{N}+$/u;

const DIGIT = /\p{N}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

// Every diff weighs its distinct tokens again, and news vocabulary repeats (Zipf): a bounded memo, emptied when full.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, number>();

/** 0 for function words and punctuation, WORD_WEIGHT for content words, FACT_WEIGHT for names, figures and acronyms. */
export function tokenWeight(token: string): number {
  let weight = memo.get(token);
  if (weight === undefined) {
    weight = weighToken(token);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, weight);
  }
  return weight;
}

function weighToken(token: string): number {
  // Punctuation and symbols: wordForms would give "—" or "“" a form of its own and call it content.
  if (!WORDLIKE.test(token)) return 0;
  if (ACRONYM.test(token)) return FACT_WEIGHT;
  const forms = wordForms(token);
  if (forms === null) return 0;
  // Figures are facts; number words ("two", "first") are common enough to weigh as any content word.
  if (forms.isNumber) return DIGIT.test(token) ? FACT_WEIGHT : WORD_WEIGHT;
  if (!forms.isContent) return 0;
  // Capitalised content words are mostly names; a capital at a sentence start gives a false "name" now and then,
  // which only keeps one more shared word on screen.
  return forms.isCapitalized ? FACT_WEIGHT : WORD_WEIGHT;
}
