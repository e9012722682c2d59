/**
 * Tokens of a text, computed once per comparison. The same passage is read by
 * the entity recogniser, the salience score and the flag keys; tokenising it
 * once for all of them is a large part of what the omission pass costs.
 * Callers must treat the arrays as read-only (they are shared).
 */
import { tokenize, type Token } from "../text/tokens";

export type Tokenizer = (text: string) => readonly Token[];

/** A tokenizer that remembers every text it has seen: make one per comparison, then drop it. */
export function memoTokenizer(): Tokenizer {
  const memo = new Map<string, readonly Token[]>();
  return (text) => {
    let tokens = memo.get(text);
    if (!tokens) {
      tokens = tokenize(text);
      memo.set(text, tokens);
    }
    return tokens;
  };
}
