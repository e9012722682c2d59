/**
 * Whether two tokens may stand in one name: only spaces between them (or the
 * full stop of "Gen." / "H."), no possessive that ends a name ("Trump's
 * lawyer"), no hashtag. The mention scan (find-mentions.ts) and the rules at
 * the edges of known names (alias-edges.ts) join words by these.
 */
import type { Token } from "../text/tokens";
import { NAME_SUFFIXES } from "./given-names";
import { ABBREVIATIONS } from "./name-words";

/** Ends in 's or ’s (either case of s). */
export function isPossessive(t: Token): boolean {
  const w = t.surface;
  const s = w.charCodeAt(w.length - 1);
  const mark = w.charCodeAt(w.length - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}

/** Is the gap between two tokens exactly one plain space (the common case, answered without a slice or a regex)? */
export function singleSpace(text: string, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
}

/**
 * "People's Daily", "Women's March", "Children's Hospital", "Pakistan People's Party": the possessive of
 * these plural nouns, capitalised, is a word of a name, never a possessor (no one is named "People").
 */
const NAME_POSSESSIVES: ReadonlySet<string> = new Set(["people", "women", "children", "men"]);

/** Ends in a possessive that does not end a name (see isPossessive, NAME_POSSESSIVES). */
function possessiveEnd(a: Token): boolean {
  return isPossessive(a) && !(a.isCapitalized && NAME_POSSESSIVES.has(a.norm));
}

/** May tokens a and b belong to one name? Only spaces between them, or the full stop of "Gen." / "H.". */
export function joinable(text: string, a: Token, b: Token): boolean {
  // "#Browns Greedy Williams": a hashtag is a name of its own.
  if (a.start > 0 && text.charCodeAt(a.start - 1) === 35) return false;
  if (singleSpace(text, a, b)) return !possessiveEnd(a);
  const gap = text.slice(a.end, b.start);
  if (/^\s+$/.test(gap)) return !possessiveEnd(a);
  // "Gen. Mark Milley", "Eric H. Holder": the point of a title or an initial is inside a name; the point of
  // "Jr." ends it ("Thomas J. Bliley Jr. Reaching out, …" starts a sentence).
  if (/^\.\s+$/.test(gap)) return (ABBREVIATIONS.has(a.norm) && !NAME_SUFFIXES.has(a.norm)) || /^\p{Lu}$/u.test(a.surface);
  return false;
}
