/**
 * Where a known name ends, read at its edges during the mention scan
 * (find-mentions.ts): a known place or body that opens a longer name
 * ("American Civil Liberties Union", "Florida Department of Law
 * Enforcement", "Texas Instruments"), an institution's adjective that opens
 * one ("Congressional Research Service"), and known names inside hyphenated
 * compounds ("U.S.-Japan", "Bush-era"), but not a heritage ("African-American").
 */
import { normalizeWord, type Token } from "../text/tokens";
import { STOPWORDS } from "../text/stopwords";
import { lookupAlias, type AliasIndex, type AliasTarget } from "./alias-index";
import type { Mention } from "./find-mentions";
import { NOT_NAMES, ORGANIZATION_WORDS, PERSON_TITLE_HEADS, PUBLICATION_WORDS, TITLE_WORDS } from "./name-words";
import { isPossessive, joinable } from "./token-joins";

/** Where the alias ending before token k, if any, ends and what it names. */
export type AliasAt = (k: number) => readonly [number, AliasTarget] | undefined;

/** The last token of an alias ending before token `end`, when a capitalised token is joined right after it. */
export function capitalAfter(text: string, tokens: readonly Token[], end: number): Token | undefined {
  const next = tokens[end];
  const last = tokens[end - 1];
  return last && next?.isCapitalized && joinable(text, last, next) ? last : undefined;
}

/** Whether a known organisation's or place's name (alias [end, target] at the run's start) opens a longer organisation's name: see scanPassage. */
export function organizationOpensLongerName(text: string, tokens: readonly Token[], [end, target]: readonly [number, AliasTarget], aliasAt: AliasAt): boolean {
  const last = capitalAfter(text, tokens, end);
  // "American Civil Liberties Union": the one demonym that opens many bodies' names which are not the
  // state's (a foreign one, "Chinese Communist Party", is the country's: "China's Communist Party").
  const american = target.indirect && last?.norm === "american";
  if (!last || (target.type === "organization" ? ORGANIZATION_WORDS.has(last.norm) : target.type !== "place" || (target.indirect && !american))) return false;
  // A place opens a body's name ("Florida Department of Law Enforcement", "New York Police Department") only
  // with no title word after it: "China Foreign Ministry" keeps China (a title's words are read apart).
  if (target.type === "place" && tokens.slice(end, lastJoinedCapital(text, tokens, end) + 1).some((t) => TITLE_WORDS.has(t.norm))) return false;
  // "American Israel Public Affairs Committee": a place inside such a name is part of it too.
  const nextAlias = aliasAt(end);
  if (nextAlias && !adjectiveOpensName(text, tokens, nextAlias, aliasAt) && !(american && nextAlias[1].type === "place")) return false;
  return capitalsEndInOrganization(text, tokens, end);
}

/**
 * Plural capitals that name events, groups or bodies of a place rather than a team or a firm: "Iowa
 * Caucuses", "Tokyo Olympics", "U.S. Marines" keep their place.
 */
const PLACE_PLURALS: ReadonlySet<string> = new Set([
  "caucuses", "olympics", "games", "talks", "islands", "primaries", "elections", "championships", "affairs", "protests",
  "riots", "attacks", "accords", "hearings", "states", "nations", "marines", "troops", "soldiers", "forces", "airports",
  "rights", "relations",
]);

/**
 * Where a team's or firm's name that opens with a known place ends (exclusive), if one does: the place
 * (not a demonym) is followed by one or two capitals, the last a plural ("Texas Instruments", "Kansas
 * City Chiefs"), none of them a title, an organisation or publication word or a known name.
 */
export function teamAfterPlace(text: string, tokens: readonly Token[], [end, target]: readonly [number, AliasTarget], aliasAt: AliasAt): number | undefined {
  if (target.type !== "place" || target.indirect) return undefined;
  for (let k = end; k < end + 2; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev || !t.isCapitalized || !joinable(text, prev, t) || aliasAt(k)) return undefined;
    if (TITLE_WORDS.has(t.norm) || ORGANIZATION_WORDS.has(t.norm) || PUBLICATION_WORDS.has(t.norm) || NOT_NAMES.has(t.norm) || STOPWORDS.has(t.norm)) return undefined;
    if (/^\p{Lu}\p{Ll}{2,}s$/u.test(t.surface) && !isPossessive(t) && !PLACE_PLURALS.has(t.norm) && !PERSON_TITLE_HEADS.has(t.norm.slice(0, -1))) return k + 1;
  }
  return undefined;
}

/**
 * "Congressional Record", "Congressional Research Service": an institution's adjective (an indirect
 * alias ending in "-al", see aliases.ts) opening more capitals is the first word of their name; alone
 * ("the Congressional schedule", "Congressional Republicans") it refers to the institution.
 */
export function adjectiveOpensName(text: string, tokens: readonly Token[], [end, target]: readonly [number, AliasTarget], aliasAt: AliasAt): boolean {
  const last = capitalAfter(text, tokens, end);
  return target.indirect && last !== undefined && /al$/.test(last.norm) && !aliasAt(end);
}

/** Do the capitalised words from token `from` on, joined as in a name, end with an organisation word? */
export function capitalsEndInOrganization(text: string, tokens: readonly Token[], from: number): boolean {
  return ORGANIZATION_WORDS.has(tokens[lastJoinedCapital(text, tokens, from)]?.norm ?? "");
}

/** The index of the last capitalised token joined, as in a name, to token `from` and the ones after it. */
export function lastJoinedCapital(text: string, tokens: readonly Token[], from: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1]?.isCapitalized && joinable(text, tokens[k] as Token, tokens[k + 1] as Token)) k++;
  return k;
}

/** A known name that starts with the last part of compound token i and runs on over the next tokens. */
export function aliasAcrossCompoundEnd(text: string, tokens: readonly Token[], i: number, index: AliasIndex): { mention: Mention; next: number } | undefined {
  const t = tokens[i] as Token;
  const cut = t.surface.lastIndexOf("-");
  const part = t.surface.slice(cut + 1);
  if (!/^\p{Lu}/u.test(part)) return undefined;
  const start = t.start + cut + 1;
  let words = normalizeWord(part);
  let found: { mention: Mention; next: number } | undefined;
  for (let j = i + 1; j < Math.min(tokens.length, i + index.maxTokens); j++) {
    const tj = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (!/^\s+$/.test(text.slice(prev.end, tj.start))) break;
    words = `${words} ${tj.norm}`;
    if (!index.prefixes.has(words)) break;
    const target = lookupAlias(index, words, text.slice(start, tj.end));
    if (target) {
      found = {
        mention: { start, end: tj.end, surface: text.slice(start, tj.end), words: words.split(" "), alias: target, type: target.type, titled: false, sentenceInitial: false },
        next: j + 1,
      };
    }
  }
  return found;
}

/**
 * "African-American", "Japanese-Americans": a heritage, not a name, and no
 * mention of the place of the first part nor of the United States. (Without this,
 * "the state's first African-American governor" had "Africa" left out of the
 * other article, ranked first.)
 */
export const HERITAGE_COMPOUND = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)-Americans?$/u;

export function compoundAliases(t: Token, index: AliasIndex): Mention[] {
  const out: Mention[] = [];
  let offset = 0;
  for (const part of t.surface.split("-")) {
    const start = t.start + offset;
    offset += part.length + 1;
    const target = /^\p{Lu}/u.test(part) ? lookupAlias(index, normalizeWord(part), part) : undefined;
    if (!target) continue;
    out.push({ start, end: start + part.length, surface: part, words: [normalizeWord(part)], alias: target, type: target.type, titled: false, sentenceInitial: false });
  }
  return out;
}
