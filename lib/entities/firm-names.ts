/**
 * Firms named for their partners, read by the mention scanner (find-mentions.ts): capitalised words
 * joined by an ampersand ("Standard & Poor's", "AT&T") or by commas closed with one ("Kasowitz,
 * Benson, Torres & Friedman"), or with "and" before a company suffix ("Mintz, Levin, … and Popeo
 * PC"). The resolver folds a firm's short name into it (resolve-entities.ts, mergeFirmForms).
 */
import { STOPWORDS } from "../text/stopwords";
import type { Token } from "../text/tokens";
import { COMPANY_SUFFIXES, NOT_NAMES } from "./name-words";

/** The gap between two tokens is an ampersand, spaced or not ("Ernst & Young", "AT&T"). */
export function ampersandBetween(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === " & " || gap === "&";
}

/** A capitalised word that may stand in a firm's name on either side of its ampersand. */
export function firmWord(t: Token | undefined): t is Token {
  return !!t && t.isCapitalized && !STOPWORDS.has(t.norm) && !NOT_NAMES.has(t.norm);
}

/**
 * "Kasowitz, Benson, Torres & Friedman", "Skadden, Arps, Slate, Meagher & Flom": single capitalised
 * words separated by commas and closed by an ampersand name one firm (law and accounting firms are
 * named for their partners), not a list of people. Returns the token index after the name. Without
 * the ampersand a comma list stays a list ("Ohio, Michigan and Wisconsin").
 */
export function firmNameEnd(text: string, tokens: readonly Token[], i: number): number | undefined {
  let k = i;
  if (!firmWord(tokens[k])) return undefined;
  while (firmWord(tokens[k + 1]) && text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start) === ", ") k++;
  const last = tokens[k + 1];
  if (k === i) return undefined;
  if (firmWord(last) && ampersandBetween(text, tokens[k] as Token, last)) return k + 2;
  // "Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC": with "and", only a company suffix closing
  // the name tells it from a list of people ("Smith, Jones and Brown").
  const and = tokens[k + 1];
  if (and?.norm !== "and" || !/^,? $/.test(text.slice((tokens[k] as Token).end, and.start))) return undefined;
  const name = tokens[k + 2];
  const closer = tokens[k + 3];
  if (!firmWord(name) || !closer || !COMPANY_SUFFIXES.has(closer.norm) || text.slice(and.end, name.start) !== " " || text.slice(name.end, closer.start) !== " ") return undefined;
  return k + 4;
}
