/**
 * Stable keys for flags: an analyst's review is stored against the key, so the
 * key must depend only on what the flag is about (normalised words), never on
 * passage positions that move when an article is re-extracted.
 */
import { tokenize, type Token } from "../text/tokens";

/** Words as the matchers see them: case, quote style, spelling and number words ironed out. */
export function normalizedWords(text: string, tokens: (text: string) => readonly Token[] = tokenize): string {
  return tokens(text)
    .map((t) => t.norm)
    .join(" ");
}

/** FNV-1a, 32 bit, as 8 hex digits: short, deterministic, dependency-free. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function textKey(text: string, tokens?: (text: string) => readonly Token[]): string {
  return shortHash(normalizedWords(text, tokens));
}
