/**
 * Numbers that belong to a name: "told Channel 9 the train had been
 * travelling", "Apollo 11", "Boeing 737 jets", "Section 230", "Route 9",
 * "Chapter 11 bankruptcy", "Amendment 64", "the Chicago Seven". Such a number
 * is no figure of the news: an outlet that never writes "9" does not report
 * "Channel 9 News" without a figure, and "Route 9" against "12 killed" is no
 * conflict.
 *
 * The rule: an English number written right after a capitalised word (one
 * space between) names something with it, unless the word is one a figure
 * follows anyway (a month, a weekday, a currency, "About" or "Including" at
 * the head of a sentence), the number is a share or an amount ("Romney 49
 * percent"), or what follows it is counted ("gave Moore 15 days", "Davis 17
 * points"). In a headline in title case every word is capitalised, so there
 * it says nothing ("Train Derailment Kills 7").
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../text/calendar-words";
import type { Token } from "../text/tokens";
import { SENTENCE_OPENERS } from "../entities/name-words";

/** Words a figure follows though they are capitalised: the calendar's, and currencies written as an abbreviation ("Rs 300", "CHF 40"). */
const NOT_NAME_HEADS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES,
  "usd", "eur", "gbp", "jpy", "krw", "rs", "inr", "rp", "rm", "tk", "ksh", "chf", "cad", "aud", "nzd", "hkd", "sgd",
  "cny", "rmb", "sek", "nok", "dkk", "zar", "brl", "mxn", "php", "ngn", "egp", "pln", "rub", "uah", "ils", "aed", "sar",
]);

/**
 * Words that, at the head of a sentence, a figure follows: "Nearly 300 died", "Around 50", "Another 12",
 * "Killing 7" (besides SENTENCE_OPENERS, function words, and words in -ly or -ed: "Roughly", "Killed"). Not
 * every word in -ing: "Boeing 737".
 */
const FIGURE_OPENERS: ReadonlySet<string> = new Set([
  "nearly", "around", "almost", "another", "fewer", "less", "between", "exactly",
  "excluding", "counting", "totaling", "totalling", "killing", "injuring", "leaving",
]);

/** What a figure after a name counts in results and tallies: "Moore 15 days", "Davis 17 points", "in Kabul 12 people". */
const COUNTED: ReadonlySet<string> = new Set([
  "people", "person", "persons", "men", "women", "children",
  "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
  "point", "points", "goal", "goals", "vote", "votes", "seat", "seats",
]);

/** A share or an amount follows: "Biden 52%", "Romney 27 percent", "Trump 2 million". */
const SHARE_OR_SCALE = /^\s?(?:%|percent\b|per cent\b|hundred\b|thousand\b|million\b|billion\b|trillion\b)/i;

/** Only one space between two words: "Channel 9", not "Marsh, 34" nor "(Meridian Press) Seven". */
function joined(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && /[ \u00a0]/.test(text.charAt(left.end));
}

/**
 * Whether a word starts a sentence: nothing before it, or more than spaces, commas and an opening
 * quotation mark between it and the word before (the “Frankie Five Angels” character is inside one).
 */
function startsSentence(tokens: readonly Token[], i: number, text: string): boolean {
  const before = tokens[i - 1];
  const t = tokens[i] as Token;
  return !before || !/^[\s,]*["“‘]?$/.test(text.slice(before.end, t.start));
}

/**
 * A capitalised word a figure may follow: "Nearly", "Including", "Today", a function word; at the
 * head of a sentence also an adverb or a participle ("Roughly", "Killed"), inside one a name
 * ("Kelly", "Fred").
 */
function opensFigure(t: Token, initial: boolean): boolean {
  return !t.isContent || SENTENCE_OPENERS.has(t.norm) || FIGURE_OPENERS.has(t.norm) || (initial && /(?:ly|ed)$/.test(t.norm));
}

/**
 * Whether a text is in title case (a headline, a caption): it has no content
 * word in lower case, so its capitals tell nothing.
 */
export function inTitleCase(tokens: readonly Token[]): boolean {
  return !tokens.some((t) => t.isContent && !t.isNumber && !t.isCapitalized && /\p{L}/u.test(t.surface));
}

/**
 * Whether the number at `tokens[i]` is part of a name with the capitalised
 * word before it (see the rule above). Digits count up to four, whole ("Room
 * 101"; "7.1" and "1,200" are measures); a number word only capitalised
 * inside a sentence ("the Chicago Seven", "Channel Four").
 */
export function isNameNumber(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const head = tokens[i - 1];
  if (!t || !head || !head.isCapitalized || head.isNumber || !joined(text, head, t)) return false;
  const digits = /^\d{1,4}$/.test(t.surface);
  if (!digits && !(t.isCapitalized && /^\p{L}/u.test(t.surface))) return false;
  if (NOT_NAME_HEADS.has(head.norm) || SHARE_OR_SCALE.test(text.slice(t.end, t.end + 10))) return false;
  const next = tokens[i + 1];
  if (next && joined(text, t, next) && COUNTED.has(next.norm)) return false;
  // At the head of a sentence any word is capitalised, "Seven" too: a name there only with digits.
  const initial = startsSentence(tokens, i - 1, text);
  return !opensFigure(head, initial) && (digits || !initial);
}
