/**
 * Candidate entity mentions in one passage: known aliases (longest match
 * first, so "South China Sea" is not "China") and capitalised word sequences
 * with their titles stripped ("Defense Secretary Austin" → "Austin"). Whether
 * a sentence-initial capitalised word is a name is decided later, with the
 * whole comparison in view (see resolve-entities.ts).
 */
import { tokenize, type Token } from "../text/tokens";
import { STOPWORDS } from "../text/stopwords";
import { lookupAlias, type AliasIndex, type AliasTarget } from "./alias-index";
import type { EntityType } from "./aliases";
import { US_STATES } from "./gazetteer";
import { isGivenName, isKnownGivenName, NAME_SUFFIXES } from "./given-names";
import { ampersandBetween, firmNameEnd, firmWord } from "./firm-names";
import { markCitedMedia, markSharedSurnames, markTowns, markWrittenAsPlace, withoutModifierSuffixes } from "./name-shapes";
import { withoutCapitalsRunningIntoCjk } from "./cjk-tokens";
import { joinable, singleSpace } from "./token-joins";
import { isSaintsDay, pluralPossessiveInName, portfolioAndEnd, saintsPossessive } from "./name-joins";
import { officeAlone, portfolioOfOffice, withoutOfficeLevel } from "./office-titles";
import { descriptorBeforeName } from "./ordinary-openers";
import { courtQualifierEnd, ordinalOpensCourt } from "./court-names";
import { adjectiveOpensName, aliasAcrossCompoundEnd, capitalAfter, capitalsEndInOrganization, compoundAliases, HERITAGE_COMPOUND, lastJoinedCapital, organizationOpensLongerName, teamAfterPlace, type AliasAt } from "./alias-edges";
import { markPeripheral, withoutCredits, withoutTimeZones, withoutTitleFragments } from "./mention-filters";
import { termAcronyms, withoutTermAcronyms } from "./defined-terms";
import { ABBREVIATIONS, BUSINESS_WORDS, COMPANY_SUFFIXES, DIRECTIONS, NOT_NAMES, SENTENCE_OPENERS, ORGANIZATION_WORDS, PERSON_TITLE_HEADS, PUBLICATION_WORDS, TITLE_WORDS } from "./name-words";
import { datelineLength } from "../text/dateline";

export interface Mention {
  /** Offsets into the passage text. */
  start: number;
  end: number;
  surface: string;
  /** Normalised name words after title stripping. */
  words: string[];
  alias?: AliasTarget;
  type: EntityType;
  /** A title preceded it ("Gen.", "Secretary"): certainly a person. */
  titled: boolean;
  /** "Mr." (m) or "Mrs.", "Ms.", "Miss" (f) preceded it: which of a family's members a surname alone means. */
  honorific?: "m" | "f";
  /** Its first word opens a sentence, so its capital letter proves nothing. */
  sentenceInitial: boolean;
  /**
   * Named only in passing: a person's home state or city ("Mitch McConnell of
   * Kentucky", "(R-Calif.)"), or one of a list of three or more places.
   */
  peripheral?: boolean;
  /** The surname is shared with a given name before it ("Malia and Sasha Obama"; name-shapes.ts). */
  sharedSurname?: boolean;
  /** Written where a place goes ("outside Kessingford"; name-shapes.ts): alone, no body's short form. */
  writtenAsPlace?: boolean;
}

export interface PassageScan {
  mentions: Mention[];
  /** Written in title case ("Governor Appoints Ex-Aide to Fill Seat"): a headline, whatever its role. */
  titleCase: boolean;
}

/** What a document's words say about capitalised words: evidence for or against a word being a name. */
export interface WordEvidence {
  /** Words seen capitalised in mid-sentence (evidence that a word is a name, or part of one). */
  midSentenceCaps: Set<string>;
  /**
   * Words seen capitalised in mid-sentence on their own or ending a longer
   * name (evidence that the word alone is a name): "Lewandowski" of "Tomasz
   * Lewandowski", not "Safety" of "Industrial Safety Board".
   */
  midSentenceAlone: Set<string>;
  /** Words seen in lower case (evidence that a word is an ordinary word). */
  lowerCase: Set<string>;
}

/** "D-Va.", "R-N.Y.": a politician's party and state, not a name. */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

const CONNECTORS = new Set(["of", "for", "de", "la", "al", "bin", "van", "von", "der"]);
/** Holidays, as normalised words: dates, not names ("New Year's Day" normalises to "new years day"). */
const HOLIDAYS: ReadonlySet<string> = new Set([
  "christmas", "christmas eve", "christmas day", "thanksgiving", "thanksgiving day", "easter", "easter sunday", "halloween",
  "hanukkah", "passover", "ramadan", "diwali", "new years day", "new years eve", "new year", "independence day", "memorial day",
  "labor day", "veterans day", "presidents day", "election day", "inauguration day", "valentines day", "mothers day", "fathers day",
]);

/**
 * A player's position as sports pages write it before the name, in capitals: "Cleveland DL Larry
 * Ogunjobi", "LB Sione Takitaki". Only as written ("De Niro" is a name, "DE" a position).
 */
const PLAYER_POSITIONS: ReadonlySet<string> = new Set(["QB", "RB", "FB", "WR", "TE", "OL", "OT", "OG", "DL", "DE", "DT", "LB", "ILB", "OLB", "CB", "DB"]);

/** A particle hyphened to a capitalised name: "al-Sharia", "el-Sisi", "bin-Salman". */
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn)-\p{Lu}/u;

function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const prev = tokens[i - 1];
  if (!prev) return true;
  // A single space: no quotation mark, dash, stop or colon in between.
  if (singleSpace(text, prev, t)) return false;
  const gap = text.slice(prev.end, t.start);
  // An opening mark or bracket; a straight quotation mark opens only when the word follows it at once
  // ('"…," Smith said' closes a quotation before Smith, as "…,” Smith said" does).
  if (/[“‘[(]\s*$/.test(gap) || gap.endsWith('"')) return true;
  // After a dateline ("WASHINGTON — Leading Democrats…", "LOS ANGELES (AP) — To LeBron James…") the story's first sentence begins.
  if (/(?:[—―–]|-)\s*$/.test(gap) && datelineLength(text) === t.start) return true;
  if (/[!?:;]/.test(gap)) return true;
  if (gap.includes(".")) return !(ABBREVIATIONS.has(prev.norm) || /^\p{Lu}$/u.test(prev.surface));
  return false;
}

/** Whether two capitalised words are joined by a single space: both are words of one longer name. */
function capitalFollows(text: string, t: Token | undefined, next: Token | undefined): boolean {
  return t !== undefined && next !== undefined && t.isCapitalized && next.isCapitalized && singleSpace(text, t, next);
}

function organizationLike(words: readonly string[]): boolean {
  // "Marcum L.L.P.", "Acme Holdings PLC": a company suffix closes a firm's name; so does a business's word ("Acme Pharmacy").
  const last = words.at(-1) ?? "";
  return words.some((w) => ORGANIZATION_WORDS.has(w)) || (words.length > 1 && (PUBLICATION_WORDS.has(last) || COMPANY_SUFFIXES.has(last) || BUSINESS_WORDS.has(last)));
}

/**
 * `tokens`: the passage's tokens when the caller already has them (see token-memo.ts);
 * `evidence`: the document's word evidence, which this passage's words are added to.
 */
export function scanPassage(
  text: string,
  index: AliasIndex,
  allTokens: readonly Token[] = tokenize(text),
  evidence: WordEvidence = { midSentenceCaps: new Set(), midSentenceAlone: new Set(), lowerCase: new Set() },
): PassageScan {
  const { tokens: spaced, modifiedEnds } = withoutModifierSuffixes(allTokens);
  const tokens = withoutCapitalsRunningIntoCjk(spaced);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (!t.isCapitalized) evidence.lowerCase.add(t.norm);
    else if (!opensSentence(text, tokens, i)) {
      evidence.midSentenceCaps.add(t.norm);
      if (!capitalFollows(text, tokens[i - 1], t) || !capitalFollows(text, t, tokens[i + 1])) evidence.midSentenceAlone.add(t.norm);
    }
  }

  /** Whether a known place (no demonym) is named at token k: "of Ohio", "of Toledo" when the index knows it. */
  const knownPlaceAt = (k: number): boolean => {
    const found = aliasAt(k);
    return found !== undefined && found[1].type === "place" && !found[1].indirect;
  };
  /** Longest alias starting at token i, as [end token index (exclusive), target]. */
  const aliasAt = (i: number): [number, AliasTarget] | undefined => {
    const first = tokens[i];
    if (!first || !first.isCapitalized) return undefined;
    let words = "";
    let found: [number, AliasTarget] | undefined;
    for (let j = i; j < Math.min(tokens.length, i + index.maxTokens); j++) {
      const tj = tokens[j];
      if (!tj) break;
      if (j > i) {
        const prev = tokens[j - 1];
        // Aliases may span a possessive ("Japan's Self-Defense Forces") and the point of an initial or a
        // title ("M. Webb", which an analyst's alias spells as the text does), but no other punctuation.
        const gap = prev ? text.slice(prev.end, tj.start) : "";
        if (!prev || !(/^\s+$/.test(gap) || (/^\.\s+$/.test(gap) && joinable(text, prev, tj)))) break;
      }
      words = j === i ? tj.norm : `${words} ${tj.norm}`;
      // No alias starts with these words: no longer match either.
      if (!index.prefixes.has(words)) break;
      const target = lookupAlias(index, words, text.slice(first.start, tj.end));
      if (target) found = [j + 1, target];
    }
    return found;
  };

  let titleCaseMemo: boolean | undefined;
  // A dateline ("WASHINGTON —") names where the story was filed, not a party to it.
  const dateline = datelineLength(text);
  let i = 0;
  while (dateline > 0 && i < tokens.length && (tokens[i]?.end ?? 0) <= dateline) i++;
  while (i < tokens.length) {
    const t = tokens[i];
    // "the 9th Circuit", "the 9th U.S. Circuit Court of Appeals": a circuit's number in figures opens its court's name (court-names.ts).
    const courtSeat = t && !t.isCapitalized ? ordinalOpensCourt(text, tokens, i, aliasAt) : undefined;
    if (!t || (!t.isCapitalized && courtSeat === undefined)) {
      i++;
      continue;
    }
    // "(R-Calif.)": the politician's party, named in passing.
    const party = PARTY_STATE.test(t.surface) ? partyOf(t, index) : undefined;
    if (party) {
      mentions.push(party);
      i++;
      continue;
    }
    const alias = aliasAt(i);
    // "Washington Examiner", "Japan Times": a place and a publication word name a paper; read them as a capitalised run.
    const paper = alias && alias[1].type === "place" && publicationAfter(text, tokens, alias[0]);
    // "Democratic Congressional Campaign Committee", "Republican Jewish Coalition", "United Nations General
    // Assembly", "New York Police Department": a known organisation's or place's name opening capitals that
    // close with an organisation word (no other known name between) is the first part of that longer name.
    // "Kansas City", "Oklahoma City Thunder": a state's name and "City" name a city (which may not lie in that
    // state), read as a capitalised run as other cities are.
    const body =
      alias && !paper && (organizationOpensLongerName(text, tokens, alias, aliasAt) || adjectiveOpensName(text, tokens, alias, aliasAt) || cityNamedForState(text, tokens, alias));
    // "Texas Instruments", "New York Knicks", "New York Yankees Aaron Judge": a place and a plural capital
    // name a team or a firm; the place is not a place of the story, and capitals after it are another name.
    // (Not in a headline's title case, where every word has a capital: "Afghanistan Comments".)
    const team = alias && !paper && !body && !(titleCaseMemo ??= isTitleCase(tokens)) ? teamAfterPlace(text, tokens, alias, aliasAt) : undefined;
    if (team !== undefined) {
      // Typed as a capitalised run is ("Los Angeles Lakers"), so "the Knicks" later is the same team.
      const m = makeMention(text, tokens.slice(i, team), "other", false, opensSentence(text, tokens, i));
      if (m) mentions.push(m);
      i = team;
      continue;
    }
    if (alias && !paper && !body) {
      const [end, target] = alias;
      const last = tokens[end - 1] ?? t;
      const stop = nameEnd(text, last);
      mentions.push({
        start: t.start,
        end: stop,
        surface: text.slice(t.start, stop),
        words: tokens.slice(i, end).map((x) => x.norm),
        alias: target,
        type: target.type,
        titled: false,
        sentenceInitial: opensSentence(text, tokens, i),
      });
      i = end;
      // "Pennsylvania Avenue", "New Jersey Turnpike": the street word after a place is no name of its own.
      const next = tokens[end];
      const after = tokens[end + 1];
      if (
        target.type === "place" && next?.isCapitalized && STREET_WORDS.has(next.norm) && joinable(text, last, next) &&
        !(after?.isCapitalized && joinable(text, next, after))
      ) {
        i = end + 1;
      }
      continue;
    }
    if (HERITAGE_COMPOUND.test(t.surface)) {
      i++;
      continue;
    }
    // "US-Japanese alliance": a hyphenated compound of known names mentions each of them.
    if (t.surface.includes("-")) {
      const parts = compoundAliases(t, index);
      // "U.S.-Japan-Republic of Korea": the compound's last part may open a longer name.
      const tail = aliasAcrossCompoundEnd(text, tokens, i, index);
      if (tail) parts.push(tail.mention);
      if (parts.length > 0) {
        mentions.push(...parts.map((m) => ({ ...m, sentenceInitial: opensSentence(text, tokens, i) })));
        i = tail ? tail.next : i + 1;
        continue;
      }
    }
    // "Hydrologist José Ibáñez of Greyford State College said": an occupation opening the sentence
    // describes the person after it and is no word of the name (ordinary-openers.ts).
    if (opensSentence(text, tokens, i) && descriptorBeforeName(text, tokens, i, evidence.lowerCase)) {
      i++;
      continue;
    }
    // A capitalised run: capitals joined by spaces, with "of" between capitals ("Secretary of State").
    let onSubject = false;
    /** The run stops where an alias reads a person's name on ("Councillor| Marcus Webb"): see namesBeforeName. */
    let nameFollows = false;
    let j = courtSeat !== undefined ? courtSeat + 1 : paper || body ? (alias as [number, AliasTarget])[0] + 1 : (firmNameEnd(text, tokens, i) ?? i + 1);
    while (j < tokens.length) {
      const prev = tokens[j - 1];
      const cur = tokens[j];
      if (!prev || !cur) break;
      // "St. Anne's Hospital", "Rail Workers' Union": a saint's or a plural's possessive is a word of the name, not its end.
      if (!joinable(text, prev, cur) && !saintsPossessive(text, tokens, j, aliasAt) && !pluralPossessiveInName(text, tokens, j, aliasAt)) {
        // "Standard & Poor's", "AT&T", "Goldman Sachs & Co.": an ampersand joins a firm's name.
        if (ampersandBetween(text, prev, cur) && firmWord(cur)) {
          j++;
          continue;
        }
        break;
      }
      const alias = aliasAt(j);
      // "Jim Jordan", "Mr. Jordan": a one-word place right after a given name or a title is a surname.
      const surname =
        alias && alias[0] === j + 1 && alias[1].type === "place" &&
        (PERSON_TITLE_HEADS.has(prev.norm) ||
          (!TITLE_WORDS.has(prev.norm) && !STOPWORDS.has(prev.norm) && !SENTENCE_OPENERS.has(prev.norm) && !NOT_NAMES.has(prev.norm) && !lookupAlias(index, prev.norm, prev.surface)));
      // "National Republican Senatorial Committee": a party's name inside an organisation's name, which
      // capitals after it close with an organisation word, is part of that name.
      const inOrganization =
        alias && !surname && alias[1].type === "organization" && !PERSON_TITLE_HEADS.has(prev.norm) && !STOPWORDS.has(prev.norm) &&
        tokens[alias[0]]?.isCapitalized && joinable(text, tokens[alias[0] - 1] as Token, tokens[alias[0]] as Token) &&
        capitalsEndInOrganization(text, tokens, alias[0]);
      if (inOrganization) {
        j = alias[0];
        continue;
      }
      // "Seventh Congressional District": an institution's adjective inside capitals is part of their name.
      if (alias && !surname && !adjectiveOpensName(text, tokens, alias, aliasAt)) {
        nameFollows = namesSomeone(alias[1]);
        break;
      }
      // "Chicago Bulls Michael Jordan", "Rolling Stones Mick Jagger": a plural capital, then a given name and a
      // surname, are two names (a team's or band's, then its member's).
      if (cur.isCapitalized && pluralBeforePerson(text, tokens, j)) break;
      // "Ayman al-Zawahiri", "Ansar al-Sharia": a lower-case particle joined to a capital goes on with the name.
      if (cur.isCapitalized || PARTICLE_NAME.test(cur.surface)) {
        j++;
        continue;
      }
      // "District Court for the Eastern District of Virginia", "Court of Appeals for the Ninth Circuit": a court's seat is part of its name (court-names.ts).
      const seat = courtQualifierEnd(text, tokens, i, j, aliasAt);
      if (seat !== undefined) {
        j = seat;
        continue;
      }
      const next = tokens[j + 1];
      // "Martha Raddatz of ABC News", "Henry E. Hudson of Federal District Court": a person and where they work are two names.
      if (cur.norm === "of" && (personBeforeOf(tokens.slice(i, j), knownPlaceAt(j + 1)) || nameBeforeFirm(text, tokens, i, j) || nameBeforeKnownBody(tokens, i, j, aliasAt))) break;
      if (CONNECTORS.has(cur.norm) && next?.isCapitalized && joinable(text, cur, next) && !aliasAt(j + 1)) {
        j += 2;
        continue;
      }
      // "University of Michigan", "Bank of America", "Council of Europe": a body's word, "of" and a place
      // name one body; the place is where it is, not a place the story names.
      const ofPlace = cur.norm === "of" && ORGANIZATION_WORDS.has(prev.norm) && next?.isCapitalized && joinable(text, cur, next) ? aliasAt(j + 1) : undefined;
      if (ofPlace && ofPlace[1].type === "place" && !ofPlace[1].indirect) {
        j = ofPlace[0];
        continue;
      }
      // "Democracy for America", "Teach for America": a word, "for" and a place that ends the run name a
      // group; the place alone is no part of the story. (Only "for": "State of Israel" is Israel.)
      const place = aliasAt(j + 1);
      const beyond = tokens[j + 2];
      if (
        cur.norm === "for" && j === i + 1 && !opensSentence(text, tokens, i) && !TITLE_WORDS.has(prev.norm) && !STOPWORDS.has(prev.norm) && next?.isCapitalized && joinable(text, cur, next) &&
        place?.[1].type === "place" && place[0] === j + 2 && !(beyond?.isCapitalized && joinable(text, next, beyond))
      ) {
        j += 2;
        continue;
      }
      // "Ways and Means Committee", "Food and Drug Administration": "and" inside an organisation's
      // name — one ordinary capitalised word before it, and capitals after it that close the name
      // with an organisation word. Two names stay two: "Blinken and Motegi", "FBI and National
      // Security Agency", "Duke University and Northeastern University", "Braun and The Carlyle Group".
      // "Ministry of Environment and Climate", "Office of Management and Budget": "and" between a body's two
      // portfolios (name-joins.ts).
      const portfolios = cur.norm === "and" ? portfolioAndEnd(text, tokens, i, j, aliasAt) : undefined;
      if (portfolios !== undefined) {
        j = portfolios;
        continue;
      }
      // (After a sentence's opening "The", as in "The Food and Drug Administration said", the word before "and" is the run's second.)
      if (
        cur.norm === "and" && (j === i + 1 || (j === i + 2 && openingFunctionWord(text, tokens, i))) && !/^\p{Lu}{2,}$/u.test(prev.surface) && !ORGANIZATION_WORDS.has(prev.norm) &&
        next?.isCapitalized && !STOPWORDS.has(next.norm) && joinable(text, cur, next) && !aliasAt(j + 1) && capitalsEndInOrganization(text, tokens, j + 1)
      ) {
        j += 2;
        continue;
      }
      // "Council on Foreign Relations", "Center on Budget and Policy Priorities", "Committee on Homeland
      // Security and Governmental Affairs": a body "on" its subject is one name ("the Committee on Monday" is not).
      const subject = (t: Token | undefined) => !!t && t.isCapitalized && !NOT_NAMES.has(t.norm) && !PERSON_TITLE_HEADS.has(t.norm);
      if (cur.norm === "on" && BODIES_ON_A_SUBJECT.has(prev.norm) && subject(next) && joinable(text, cur, next as Token) && !aliasAt(j + 1)) {
        onSubject = true;
        j += 2;
        continue;
      }
      if (onSubject && cur.norm === "and" && subject(next) && joinable(text, cur, next as Token) && !aliasAt(j + 1)) {
        j += 2;
        continue;
      }
      // "Roe v. Wade", "Bush vs. Gore": a court case is one name, not its two parties.
      if ((cur.norm === "v" || cur.norm === "vs") && next?.isCapitalized && /^\.?\s+$/.test(text.slice(cur.end, next.start)) && singleSpace(text, prev, cur)) {
        j += 2;
        continue;
      }
      // "Department of the Treasury", "Bank of the West".
      const after = tokens[j + 2];
      if (cur.norm === "of" && next?.norm === "the" && after?.isCapitalized && joinable(text, cur, next) && joinable(text, next, after) && !aliasAt(j + 2)) {
        j += 3;
        continue;
      }
      break;
    }
    const run = tokens.slice(i, j);
    mentions.push(...(nameFollows ? namesBeforeName(text, run, opensSentence(text, tokens, i)) : namesFromRun(text, run, opensSentence(text, tokens, i))));
    i = j;
  }
  const titleCase = isTitleCase(tokens);
  for (const m of mentions) if (modifiedEnds.has(m.end)) m.peripheral = true;
  markTowns(text, mentions);
  markCitedMedia(text, mentions);
  markSharedSurnames(text, mentions);
  markWrittenAsPlace(text, mentions);
  markPeripheral(text, mentions);
  return { mentions: withoutTimeZones(text, withoutTitleFragments(text, withoutCredits(text, mentions))), titleCase };
}

/** Title case: at least four words (tokens not starting with a digit), every one capitalised or a function word, 60% capitalised. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  let capitalisedOrFunction = 0;
  for (const t of tokens) {
    const first = t.surface.charCodeAt(0);
    if (first >= 48 && first <= 57) continue;
    words++;
    if (t.isCapitalized) capitalised++;
    if (t.isCapitalized || STOPWORDS.has(t.norm)) capitalisedOrFunction++;
  }
  return words >= 4 && capitalisedOrFunction === words && capitalised >= 0.6 * words;
}

/** Is token j a known given name with a surname after it, following a plural capital that is no given name itself (see scanPassage)? */
function pluralBeforePerson(text: string, tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const cur = tokens[j];
  const next = tokens[j + 1];
  if (!prev || !cur || !next || !next.isCapitalized || !joinable(text, cur, next)) return false;
  return /^\p{Lu}\p{Ll}{2,}s$/u.test(prev.surface) && !isKnownGivenName(prev.norm) && isKnownGivenName(cur.norm) && !TITLE_WORDS.has(prev.norm);
}

/**
 * "Marc E. Kasowitz", "Nikki R. Haley", "John Quincy Adams" is not one: a given name, one middle
 * initial with its point and a surname is how news writes a person (an untitled name is otherwise
 * left untyped). The surname must not be a place's or a building's word ("John F. Kennedy Airport"
 * has four words).
 */
function initialedName(text: string, run: readonly Token[]): boolean {
  if (run.length !== 3) return false;
  const [given, initial, surname] = run as [Token, Token, Token];
  if (!/^\p{Lu}$/u.test(initial.surface) || text.charCodeAt(initial.end) !== 46) return false;
  return given.surface.length > 1 && surname.surface.length > 1 && !ORGANIZATION_WORDS.has(surname.norm) && !NOT_NAMES.has(given.norm);
}

/**
 * Whether a capitalised run before "of" reads as a person's name, after any title: a middle
 * initial ("Henry E. Hudson"), a known given name first ("Jim Lehrer"), two plain words ("Martha
 * Raddatz") or one after a title ("Judge Hudson") — no title or organisation word among them
 * ("Secretary of State", "Department of Justice") and no plural ("Joint Chiefs of Staff", "United
 * States of America") unless a known place follows ("Jane Adams of Ohio": `placeFollows`).
 */
function personBeforeOf(titled: readonly Token[], placeFollows: boolean): boolean {
  // "Judge Henry E. Hudson", "Sen. Smith": a title first, then the person; a title alone is an office ("Secretary of State").
  const isTitle = (t: Token) => TITLE_WORDS.has(t.norm) || PERSON_TITLE_HEADS.has(t.norm);
  let start = 0;
  // "But Roger Pilon of the Cato Institute": a sentence's opening word is no part of the name.
  if (titled.length > 2 && (STOPWORDS.has(titled[0]?.norm ?? "") || SENTENCE_OPENERS.has(titled[0]?.norm ?? ""))) start = 1;
  while (start < titled.length && isTitle(titled[start] as Token)) start++;
  const run = titled.slice(start);
  if (start > 0 && run.length === 1) return !ORGANIZATION_WORDS.has(run[0]?.norm ?? "");
  if (run.length < 2 || run.length > 4) return false;
  if (DIRECTIONS.has(run[0]?.norm ?? "")) return false; // "South Side of Chicago", "West Front of the Capitol"
  if (run.some((t) => isTitle(t) || ORGANIZATION_WORDS.has(t.norm))) return false;
  if (run.some((t, k) => k > 0 && /^\p{Lu}\.?$/u.test(t.surface))) return true;
  // "Karen Mills of Toledo": a given name first makes a person whatever the surname ends in.
  if (isGivenName(run[0]?.norm ?? "")) return true;
  // After a title the words are a person's ("Co-counsel Tobias Renshaw of …"); a plural's "s" follows no "u", "s"
  // or "i" ("Marcus Oduya of Oduya Law Group", "Louis Ortiz of …" are people).
  return run.length === 2 && (start > 0 || placeFollows || !run.some((t) => /[^usi]s$/i.test(t.surface)));
}

/**
 * "Nanette Lee Miller of Marcum L.L.P.": two to four plain capitalised words before "of" (token `of`)
 * and a firm closed by a company suffix after it are someone and the firm they work at.
 */
function nameBeforeFirm(text: string, tokens: readonly Token[], from: number, of: number): boolean {
  const before = tokens.slice(from, of);
  if (before.length < 2 || before.length > 4 || before.some((t) => TITLE_WORDS.has(t.norm) || ORGANIZATION_WORDS.has(t.norm) || STOPWORDS.has(t.norm))) return false;
  const k = lastJoinedCapital(text, tokens, of + 1);
  return k > of + 1 && tokens[k]?.isCapitalized === true && COMPANY_SUFFIXES.has(tokens[k]?.norm ?? "");
}

/**
 * "Rosaly Lopes of NASA's Jet Propulsion Laboratory": two or three plain capitalised words before "of"
 * (token `of`) and a known organisation or an acronym right after it are someone and where they work
 * ("Knights of Columbus" names no known body; "University of Michigan" opens with a body's word).
 */
function nameBeforeKnownBody(tokens: readonly Token[], from: number, of: number, aliasAt: AliasAt): boolean {
  const before = tokens.slice(from, of);
  if (before.length < 2 || before.length > 3 || before.some((t) => TITLE_WORDS.has(t.norm) || ORGANIZATION_WORDS.has(t.norm) || STOPWORDS.has(t.norm) || DIRECTIONS.has(t.norm))) return false;
  const body = tokens[of + 1];
  return aliasAt(of + 1)?.[1].type === "organization" || (body !== undefined && /^\p{Lu}{3,}(?:['’]s)?$/u.test(body.surface));
}

/**
 * Whether the token at `at` is a publication word joined to the name before it ("Washington| Examiner"),
 * and not the first word of a title ("U.S. Press Secretary").
 */
function publicationAfter(text: string, tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const next = tokens[at];
  if (!prev || !next || !next.isCapitalized || !PUBLICATION_WORDS.has(next.norm) || !joinable(text, prev, next)) return false;
  const after = tokens[at + 1];
  return !(after && (TITLE_WORDS.has(after.norm) || PERSON_TITLE_HEADS.has(after.norm)) && joinable(text, next, after));
}

/** Bodies named for what they deal with: "Council on Foreign Relations", "Subcommittee on Crime". */
const BODIES_ON_A_SUBJECT: ReadonlySet<string> = new Set([
  "committee", "subcommittee", "council", "center", "centre", "commission", "institute", "caucus", "conference",
  "office", "bureau", "board", "coalition", "panel", "force", "foundation", "alliance", "forum",
]);

/**
 * Words that make a place's name the name of a road ("Pennsylvania Avenue", "New Jersey Turnpike") or of its
 * city ("Mexico City", "Kuwait City": the country stays named, the word is no name of its own).
 */
const STREET_WORDS: ReadonlySet<string> = new Set(["avenue", "street", "road", "boulevard", "turnpike", "highway", "parkway", "expressway", "freeway", "lane", "drive", "city"]);

/** Is the alias [end, target] a state of the United States with "City" joined after it ("Kansas City")? */
function cityNamedForState(text: string, tokens: readonly Token[], [end, target]: readonly [number, AliasTarget]): boolean {
  const last = capitalAfter(text, tokens, end);
  return last !== undefined && tokens[end]?.norm === "city" && target.type === "place" && !target.indirect && US_STATE_SET.has(target.canonical);
}

const US_STATE_SET: ReadonlySet<string> = new Set(US_STATES);

const PARTY_LETTER: Readonly<Record<string, string>> = { r: "republican", d: "democratic" };

/** The party a "D-Va." / "R-N.Y." tag names, as a peripheral mention of the alias list's party. */
function partyOf(t: Token, index: AliasIndex): Mention | undefined {
  const word = PARTY_LETTER[t.surface[0]?.toLowerCase() ?? ""];
  const target = word ? lookupAlias(index, word, word[0]?.toUpperCase() + word.slice(1)) : undefined;
  if (!target) return undefined;
  return { start: t.start, end: t.start + 1, surface: t.surface.slice(0, 1), words: [word as string], alias: target, type: target.type, titled: false, sentenceInitial: false, peripheral: true };
}

/** A document's passages scanned, with the word evidence gathered over all of them. */
export interface ScannedDocument {
  passages: readonly PassageScan[];
  midSentenceCaps: ReadonlySet<string>;
  midSentenceAlone: ReadonlySet<string>;
  lowerCase: ReadonlySet<string>;
  /**
   * `nameKey` of names met in comparisons of this document, filled in by the
   * resolver as it needs them: an article compared with several others names
   * mostly the same entities each time, and tokenising every name again was
   * a tenth of the omission pass.
   */
  nameKeyMemo: Map<string, string>;
  /**
   * What each mention (by passage, then in order) resolves to on its own in
   * `index`, worked out by the resolver on first use (it depends on the alias
   * index only, so once per article, not once per comparison).
   */
  lookupMemo?: { index: AliasIndex; lookups: readonly (readonly MentionLookup[])[] };
}

/** A mention's alias entity, if it names one, and the key of the cluster it joins (see resolve-entities.ts). */
export interface MentionLookup {
  alias: AliasTarget | undefined;
  key: string;
}

/** `tokens`: a passage's tokens when the caller already has them. */
export function scanDocument(
  texts: readonly string[],
  index: AliasIndex,
  tokens: (text: string) => readonly Token[] | undefined = () => undefined,
): ScannedDocument {
  const evidence: WordEvidence = { midSentenceCaps: new Set(), midSentenceAlone: new Set(), lowerCase: new Set() };
  const scanned = texts.map((text) => scanPassage(text, index, tokens(text) ?? tokenize(text), evidence));
  // An acronym the article defines for a common noun ("standing deposit facility (SDF)") is no name anywhere in it.
  const terms = termAcronyms(texts);
  const passages = terms.size === 0 ? scanned : scanned.map((p) => ({ ...p, mentions: withoutTermAcronyms(p.mentions, terms) }));
  return { passages, ...evidence, nameKeyMemo: new Map() };
}

/**
 * A document whose names are not read: no mentions, no word evidence. For
 * text in a language other than English (lib/text/language.ts), where
 * capitalisation follows other rules (German capitalises every noun).
 */
export function unreadDocument(passages: number): ScannedDocument {
  return {
    passages: Array.from({ length: passages }, () => ({ mentions: [], titleCase: false })),
    midSentenceCaps: new Set(),
    midSentenceAlone: new Set(),
    lowerCase: new Set(),
    nameKeyMemo: new Map(),
  };
}

/**
 * The names in a capitalised run. A title block splits it: what follows is a
 * person ("Oklahoma Gov. Mary Fallin" → Mary Fallin), what precedes is a
 * place or organisation of its own ("Human Rights Campaign President Chad
 * Griffin" → Human Rights Campaign). A run ending in an organisation word
 * ("Justice Department") is one organisation.
 */
function namesFromRun(text: string, run: Token[], sentenceInitial: boolean): Mention[] {
  let startsSentence = sentenceInitial;
  // "The Pentagon", "But Blinken": a sentence-opening function word is no part of a name.
  while (run.length > 0 && run[0] && startsSentence && (STOPWORDS.has(run[0].norm) || SENTENCE_OPENERS.has(run[0].norm))) {
    run = run.slice(1);
    startsSentence = false;
  }
  // A holiday is a date, as a weekday is: "before Thanksgiving", "a dismal Election Day" name nobody
  // (nor does the "Day" left after a possessive: "New Year's Day", "on Day 1"; nor a saint's day, "St. Patrick's Day").
  const norms = run.map((t) => t.norm);
  const words = norms.join(" ");
  if (HOLIDAYS.has(words) || words === "day" || words === "eve" || isSaintsDay(norms)) return [];
  const trimmed = trimRun(run);
  if (trimmed[0] !== run[0]) startsSentence = false;
  run = trimmed;
  if (run.length === 0) return [];

  let blockStart = -1;
  let blockEnd = -1;
  const titleWord = (t: Token | undefined) => !!t && (TITLE_WORDS.has(t.norm) || PLAYER_POSITIONS.has(t.surface));
  for (let s = 0; s < run.length; ) {
    if (!titleWord(run[s])) {
      s++;
      continue;
    }
    let e = s;
    let head = false;
    while (e < run.length && titleWord(run[e])) {
      if (PERSON_TITLE_HEADS.has(run[e]?.norm ?? "") || PLAYER_POSITIONS.has(run[e]?.surface ?? "")) head = true;
      e++;
    }
    // A title word closing the run is a surname ("Peter T. King"), not a title; nor is "General" between a
    // name's words and a plural ("Associated General Contractors").
    const inName = e === s + 1 && run[s]?.norm === "general" && s > 0 && !titleWord(run[s - 1]) && /^\p{Lu}\p{Ll}{2,}s$/u.test(run[e]?.surface ?? "");
    if (head && e < run.length && !inName) {
      blockStart = s;
      blockEnd = e;
    }
    s = e;
  }
  const lastWord = run[run.length - 1]?.norm ?? "";
  // A name joined by an ampersand is a firm's ("Standard & Poor's", "Kasowitz, Benson, Torres & Friedman").
  // (Only firmNameEnd and an ampersand join tokens across a comma or an "&".)
  const firm = run.some((t, k) => k > 0 && /[,&]/.test(text.slice((run[k - 1] as Token).end, t.start)));
  if (firm) {
    const m = makeMention(text, run, "organization", false, startsSentence);
    return m ? [m] : [];
  }
  // "resigned as Transport Minister": an office with no one after it names no one.
  if (blockStart < 0 && officeAlone(run)) return [];
  if (blockStart < 0 || ORGANIZATION_WORDS.has(lastWord)) {
    const words = run.map((t) => t.norm);
    const type = organizationLike(words) ? "organization" : initialedName(text, run) ? "person" : "other";
    const m = makeMention(text, run, type, false, startsSentence);
    return m ? [m] : [];
  }
  const out: Mention[] = [];
  // "Former FBI Director James Comey": the person's "former" is no word of the body before the title.
  let prefix = trimRun(run.slice(0, blockStart));
  while (prefix.length > 1 && TIME_OF_OFFICE.has(prefix[0]?.norm ?? "")) prefix = prefix.slice(1);
  // "Dayton City Commissioner Jane Roe": the city's office, and Dayton (office-titles.ts).
  prefix = [...withoutOfficeLevel(prefix, run.slice(blockStart, blockEnd))];
  // "Transport Minister Ruth Okafor": the office's portfolio is no name (office-titles.ts).
  if (prefix.length > 0 && !portfolioOfOffice(prefix, run.slice(blockStart, blockEnd))) {
    const m = makeMention(text, prefix, organizationLike(prefix.map((t) => t.norm)) ? "organization" : "other", false, startsSentence && prefix[0] === run[0]);
    if (m) out.push(m);
  }
  const name = trimRun(run.slice(blockEnd));
  // "Mayor Ed Murray of Seattle": the person, and where they are from (named in passing).
  const of = name.findIndex((t, k) => k > 0 && t.norm === "of");
  const titledName = of > 0 ? name.slice(0, of) : name;
  const person = CONNECTORS.has(run[blockEnd]?.norm ?? "") ? personAfterPortfolio(titledName) : titledName;
  if (person.length > 0) {
    const m = makeMention(text, person, "person", true, false);
    const honorific = honorificOf(run.slice(blockStart, blockEnd));
    if (m) out.push(honorific ? { ...m, honorific } : m);
  }
  if (of > 0) {
    const from = trimRun(name.slice(of + 1));
    const m = from.length > 0 ? makeMention(text, from, "place", false, false) : undefined;
    if (m) out.push({ ...m, peripheral: true });
  }
  return out;
}

/**
 * Whether an alias target reads a person's name (or may: an analyst's alias
 * carries no type, and "Marcus Webb" → "M. Webb" is how analysts use them).
 * The built-in places and organisations are qualified by capitals before them
 * ("Northern Japan", "Senate Foreign Relations Committee"), not titled.
 */
function namesSomeone(target: AliasTarget): boolean {
  return target.type === "person" || target.type === "other";
}

/**
 * The capitals of a run that an alias cut short where a person's name begins
 * ("Councillor Marcus Webb", "Tesla CEO Elon Musk" with an alias for the
 * name). Read whole, the run would have been one name with its title inside
 * ("Councillor Marcus Webb"), and name forms would have folded it; cut short,
 * what is left is what stands before a name: a title block closing it is the
 * name's title, not a surname ("Peter T. King" only holds where nothing
 * follows), and what precedes the title is a name of its own ("Tesla"). One
 * word left alone is the name's title or given name whatever list it is in
 * ("Cllr", "Coroner", "Marcus" before an alias for "Webb"): a word written
 * right before a person's name, with nothing else, names no one by itself
 * (the stray "Councillor" row an analyst's alias used to leave in the story's
 * names).
 */
function namesBeforeName(text: string, run: Token[], sentenceInitial: boolean): Mention[] {
  // "But Councillor Marcus Webb": a sentence's opening word is no part of what stands before the name.
  let from = 0;
  while (sentenceInitial && from < run.length && (STOPWORDS.has(run[from]?.norm ?? "") || SENTENCE_OPENERS.has(run[from]?.norm ?? ""))) from++;
  if (from > 0) return namesBeforeName(text, run.slice(from), false);
  const words = trimRun(run);
  if (words.length <= 1) return [];
  let blockStart = words.length;
  while (blockStart > 0 && TITLE_WORDS.has(words[blockStart - 1]?.norm ?? "")) blockStart--;
  if (blockStart === words.length || !words.slice(blockStart).some((t) => PERSON_TITLE_HEADS.has(t.norm))) return namesFromRun(text, run, sentenceInitial);
  let prefix = trimRun(words.slice(0, blockStart));
  while (prefix.length > 1 && TIME_OF_OFFICE.has(prefix[0]?.norm ?? "")) prefix = prefix.slice(1);
  if (prefix.length === 0 || portfolioOfOffice(prefix, words.slice(blockStart))) return [];
  const m = makeMention(text, prefix, organizationLike(prefix.map((t) => t.norm)) ? "organization" : "other", false, sentenceInitial && prefix[0] === run[0]);
  return m ? [m] : [];
}

/** Words that say when someone holds an office, before the office's body: "Former", "Acting", "Outgoing". */
const TIME_OF_OFFICE: ReadonlySet<string> = new Set(["former", "acting", "then", "interim", "retired", "outgoing", "incoming", "ex"]);

/**
 * "Assistant Secretary for Diplomatic Security Charlene Lamb", "Minister for Foreign Affairs
 * Toshimitsu Motegi": after "for" / "of", a title's portfolio comes first and the person last —
 * a given name, any middle initials, the surname and a suffix ("Patrick F. Kennedy", "Eric H.
 * Holder Jr."). A name of two words is left whole.
 */
function personAfterPortfolio(name: Token[]): Token[] {
  if (name.length <= 2) return name;
  let start = name.length - 1;
  while (start > 0 && NAME_SUFFIXES.has(name[start]?.norm ?? "")) start--;
  while (start > 1 && /^\p{Lu}\.?$/u.test(name[start - 1]?.surface ?? "")) start--;
  return name.slice(Math.max(0, start - 1));
}

function trimRun(r: Token[]): Token[] {
  const edge = (t: Token | undefined) => !!t && (NOT_NAMES.has(t.norm) || CONNECTORS.has(t.norm) || PARTY_STATE.test(t.surface));
  let a = 0;
  let b = r.length;
  while (a < b && edge(r[a])) a++;
  while (b > a && (edge(r[b - 1]) || STOPWORDS.has(r[b - 1]?.norm ?? ""))) b--;
  return r.slice(a, b);
}

const HONORIFICS: Readonly<Record<string, "m" | "f">> = { mr: "m", mrs: "f", ms: "f", miss: "f" };

/** The honorific among a name's title words, if exactly one kind is there. */
function honorificOf(titles: readonly Token[]): "m" | "f" | undefined {
  const kinds = new Set(titles.map((t) => HONORIFICS[t.norm]).filter((k) => k !== undefined));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

function makeMention(text: string, tokens: Token[], type: EntityType, titled: boolean, sentenceInitial: boolean): Mention | undefined {
  const words = tokens.map((x) => x.norm);
  if (words.every((w) => STOPWORDS.has(w) || NOT_NAMES.has(w) || TITLE_WORDS.has(w))) return undefined;
  if (words.length === 1 && (DIRECTIONS.has(words[0] ?? "") || (words[0] ?? "").length < 2)) return undefined;
  // "Alliance", "Committee" alone: a common noun written with a capital, not a name; so are their plurals
  // ("the Departments of Health and Human Services and Homeland Security" names two departments, not "Departments").
  if (words.length === 1 && (ORGANIZATION_WORDS.has(words[0] ?? "") || ORGANIZATION_WORDS.has(singular(words[0] ?? "")))) return undefined;
  // "Development Ministers", "Foreign Ministers' Meeting": a group of office holders, not one name.
  const head = /^(?:meeting|summit|conference|talks)$/.test(words.at(-1) ?? "") ? words.at(-2) : words.at(-1);
  if (head && head.length > 3 && head.endsWith("s") && PERSON_TITLE_HEADS.has(head.slice(0, -1))) return undefined;
  if (tokens.some((t) => PARTY_STATE.test(t.surface))) return undefined;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return undefined;
  const end = nameEnd(text, last);
  return { start: first.start, end, surface: text.slice(first.start, end), words, type, titled, sentenceInitial };
}

/** "departments" → "department", "agencies" → "agency": enough of English plurals for the organisation words. */
function singular(word: string): string {
  return word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Where a name ending in `last` ends: "F.B.I.", "D.C." keep the last point, which the word tokens leave out. */
function nameEnd(text: string, last: Token): number {
  return text.charCodeAt(last.end) === 46 && DOTTED_ABBREVIATION.test(last.surface) ? last.end + 1 : last.end;
}

/** "F.B.I", "D.C", "U.S" as tokenised: letters each followed by a point but the last. */
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

/** Whether token i is a function word opening its sentence ("The", "But"), which is no word of the name after it. */
function openingFunctionWord(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (STOPWORDS.has(t.norm) || SENTENCE_OPENERS.has(t.norm)) && opensSentence(text, tokens, i);
}
