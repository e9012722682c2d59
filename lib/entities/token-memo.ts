/**
 * Tokens of the texts a comparison reads that no article reading keeps:
 * entity names, headlines, outlet names. A story reads the same ones in every
 * pair it compares, so they are kept across comparisons, not per comparison.
 * Callers must treat the arrays as read-only (they are shared).
 */
import { tokenize, type Token } from "../text/tokens";

export type Tokenizer = (text: string) => readonly Token[];

/**
 * Bounded like the tokeniser's word-form memo: emptied when full, which keeps
 * memory flat whatever texts pass through. Tokens depend on the text alone,
 * so emptying it never changes an answer.
 */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, readonly Token[]>();

/** Tokens of a text, from the shared memo. */
export function sharedTokens(text: string): readonly Token[] {
  let tokens = memo.get(text);
  if (!tokens) {
    tokens = tokenize(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, tokens);
  }
  return tokens;
}
