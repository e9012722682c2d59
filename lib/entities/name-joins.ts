/**
 * Words a capitalised run goes on over although they would end another name
 * (find-mentions.ts): a saint's possessive ("St. Anne's Hospital"), a plural's
 * possessive in a body's name ("Rail Workers' Union") and the
 * "and" between the two portfolios of a body ("Ministry of Environment and
 * Climate"). Cut there, the run left a fragment ("St. Anne", "Climate")
 * standing as a name of its own, flagged as "never in" a source that writes
 * the whole name.
 */
import { STOPWORDS } from "../text/stopwords";
import type { Token } from "../text/tokens";
import { MAX_RARITY, wordRarity } from "../similarity/word-rarity";
import { lastJoinedCapital, type AliasAt } from "./alias-edges";
import { isKnownGivenName } from "./given-names";
import { NOT_NAMES, ORGANIZATION_WORDS, PERSON_TITLE_HEADS } from "./name-words";
import { isPossessive, joinable } from "./token-joins";

/** "St.", "Ste.", "Saint": a saint's name, whose possessive names a church, a school or a hospital. */
const SAINT = new Set(["st", "ste", "saint"]);

/**
 * Whether the possessive token `j - 1` is a saint's name inside a longer name:
 * "St. Anne's Hospital", "St. Brendan's Church", "Saint Joseph's University".
 * A saint owns nothing the story is about, so the capital after the possessive
 * goes on with the name ("Trump's Justice Department" stays two names). A known
 * name is left to its own reading.
 */
export function saintsPossessive(text: string, tokens: readonly Token[], j: number, aliasAt: AliasAt): boolean {
  const saint = tokens[j - 2];
  const owner = tokens[j - 1];
  const cur = tokens[j];
  if (!saint || !owner || !cur || !owner.isCapitalized || !cur.isCapitalized || !isPossessive(owner)) return false;
  if (!saint.isCapitalized || !SAINT.has(saint.norm) || !joinable(text, saint, owner)) return false;
  return /^\s+$/.test(text.slice(owner.end, cur.start)) && !aliasAt(j);
}

/** Words that close a body named for the people it is made of: "Rail Workers' Union", "Department of Veterans' Affairs". */
const BODY_AFTER_PLURAL_OWNER = (norm: string) => ORGANIZATION_WORDS.has(norm) || norm === "affairs";

/** The most capitals after a plural owner before the body's word ("Mine Workers' Benevolent Association"). */
const PLURAL_OWNER_REACH = 3;

/**
 * Whether the apostrophe between tokens `j - 1` and `j` is a plural's possessive
 * inside a body's name: "Rail Workers' Union", "Teachers' Federation",
 * "Department of Veterans' Affairs". Cut there, the run left "Rail Workers"
 * standing as the union's name, and "Union" alone. The owner is a capitalised
 * everyday plural (a known name owns what follows: "the Republicans' House
 * majority"; so does a surname, which no word list holds: "the Kowalskis'
 * Shop"), the apostrophe follows its s, and a body's word closes the
 * capitals after it within PLURAL_OWNER_REACH words, before any title
 * ("Teachers' Union President Ann Lee" is the union, then its president).
 */
export function pluralPossessiveInName(text: string, tokens: readonly Token[], j: number, aliasAt: AliasAt): boolean {
  const owner = tokens[j - 1];
  const cur = tokens[j];
  if (!owner || !cur || !owner.isCapitalized || !cur.isCapitalized || !/\p{Ll}s$/u.test(owner.surface)) return false;
  if (!/^['’]\s+$/.test(text.slice(owner.end, cur.start)) || aliasAt(j - 1) || aliasAt(j) || isKnownGivenName(owner.norm)) return false;
  if (wordRarity(owner.norm, false) >= MAX_RARITY) return false;
  for (let k = j; k < Math.min(tokens.length, j + PLURAL_OWNER_REACH); k++) {
    const t = tokens[k] as Token;
    if (k > j && !(t.isCapitalized && joinable(text, tokens[k - 1] as Token, t))) return false;
    if (PERSON_TITLE_HEADS.has(t.norm)) return false;
    if (BODY_AFTER_PLURAL_OWNER(t.norm)) return true;
  }
  return false;
}

/** Whether a name word is a saint's title ("st", "ste", "saint"). */
export function isSaint(word: string | undefined): boolean {
  return word !== undefined && SAINT.has(word);
}

/** "St. Patrick's Day", "St. Valentine's Day": a saint's day is a date, as a holiday is. */
export function isSaintsDay(words: readonly string[]): boolean {
  return words.length === 3 && SAINT.has(words[0] ?? "") && (words[2] === "day" || words[2] === "eve");
}

/** Bodies named for the portfolios they hold: "Ministry of Environment and Climate", "Department for Business and Trade". */
const PORTFOLIO_BODIES: ReadonlySet<string> = new Set([
  "ministry", "department", "dept", "institute", "board", "commission", "office", "agency", "bureau", "council", "authority",
  "college", "school", "academy", "society", "center", "centre", "secretariat", "directorate", "division",
]);

/** The most words one portfolio of such a name has ("Human Services", "Rural Affairs", "Climate Change"). */
const PORTFOLIO_MAX_WORDS = 3;

/**
 * Where a body's name that goes on past the "and" at token `and` ends
 * (exclusive), when the run `from`…`and` is "[capitals] Body of|for A": "The
 * Ministry of Environment and Climate", "Office of Management and Budget",
 * "Department for Business and Trade". B is one to three capitalised words of
 * everyday English that close the name, as A is: not a known name ("Department
 * of Justice and Congress"), not an acronym ("FBI"), not a person (a given
 * name, a title, a word no dictionary holds: "Mueller"), not another body
 * ("Federal Bureau of Investigation") and no possessive ("Trump's lawyers").
 */
export function portfolioAndEnd(text: string, tokens: readonly Token[], from: number, and: number, aliasAt: AliasAt): number | undefined {
  let of = and - 1;
  while (of > from && tokens[of]?.norm !== "of" && tokens[of]?.norm !== "for") of--;
  const head = tokens[of - 1];
  if (of <= from || !head || !PORTFOLIO_BODIES.has(head.norm)) return undefined;
  // A: the capitals between "of" (perhaps "of the") and "and", none a known name ("University of Chicago and Northwestern").
  const aStart = tokens[of + 1]?.norm === "the" ? of + 2 : of + 1;
  if (!portfolio(tokens, aStart, and - 1, aliasAt)) return undefined;
  const first = tokens[and + 1];
  const conjunction = tokens[and] as Token;
  if (!first?.isCapitalized || !joinable(text, conjunction, first) || isKnownGivenName(first.norm)) return undefined;
  const last = lastJoinedCapital(text, tokens, and + 1);
  if (!portfolio(tokens, and + 1, last, aliasAt) || isPossessive(tokens[last] as Token)) return undefined;
  return last + 1;
}

/** Whether tokens from…to (inclusive) are one portfolio's words: capitalised everyday words, none a name, a title or a body. */
function portfolio(tokens: readonly Token[], from: number, to: number, aliasAt: AliasAt): boolean {
  if (to < from || to - from + 1 > PORTFOLIO_MAX_WORDS) return false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (!t.isCapitalized || /^\p{Lu}{2,}$/u.test(t.surface) || aliasAt(k)) return false;
    if (STOPWORDS.has(t.norm) || NOT_NAMES.has(t.norm) || PERSON_TITLE_HEADS.has(t.norm) || ORGANIZATION_WORDS.has(t.norm)) return false;
    if (wordRarity(t.norm, false) >= MAX_RARITY) return false;
  }
  return true;
}
