/**
 * Capitalised words that open a sentence only because they open it: an
 * occupation written before a person ("Hydrologist José Ibáñez of Greyford
 * State College said…"), a plural common noun that is also the last word of
 * a body's name ("Engineers from the Army Corps of Engineers arrived…").
 * Whether such a word is ordinary English is read from the text (it is
 * written in lower case elsewhere) or from the SUBTLEX word counts
 * (word-rarity.ts) — never from a list of occupations.
 */
import type { Token } from "../text/tokens";
import { STOPWORDS } from "../text/stopwords";
import { isCountedWord } from "../similarity/word-rarity";
import { FEMALE_GIVEN_NAMES, isKnownGivenName, MALE_GIVEN_NAMES } from "./given-names";
import { NOT_NAMES, ORGANIZATION_WORDS, PERSON_TITLE_HEADS, TITLE_WORDS } from "./name-words";
import { joinable } from "./token-joins";

/**
 * The shape of an English agent noun: "hydrologist", "farmer", "surveyor",
 * "historian", "consultant". SUBTLEX counts names too ("kim", "carter"), so a
 * word it knows is taken for an ordinary word before a name only in this shape.
 */
const AGENT_NOUN = /^\p{Ll}{3,}(?:ist|er|or|ian|ant|ent)$/u;

const counted = isCountedWord;

function givenName(norm: string): boolean {
  return isKnownGivenName(norm) || MALE_GIVEN_NAMES.has(norm) || FEMALE_GIVEN_NAMES.has(norm);
}

/**
 * Whether `norm` is an occupation-like ordinary word: written in lower case in
 * the text, or an agent noun that SUBTLEX counts, itself or by its subject
 * ("hydrologist" is too rare for the subtitles, "hydrology" is not; "economist" → "economy").
 */
export function ordinaryAgentWord(norm: string, lowerCase: ReadonlySet<string>): boolean {
  if (givenName(norm)) return false;
  if (lowerCase.has(norm)) return true;
  if (!AGENT_NOUN.test(norm)) return false;
  if (counted(norm)) return true;
  return norm.endsWith("ist") && [`${norm.slice(0, -3)}y`, norm.slice(0, -3)].some((base) => base.length >= 4 && counted(base));
}

/** A word that may be part of a person's name: capitalised, no title, body, function word or ordinary agent word. */
function personWord(t: Token | undefined, lowerCase: ReadonlySet<string>): t is Token {
  return (
    t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.surface) && !TITLE_WORDS.has(t.norm) && !PERSON_TITLE_HEADS.has(t.norm) &&
    !ORGANIZATION_WORDS.has(t.norm) && !STOPWORDS.has(t.norm) && !NOT_NAMES.has(t.norm) && !ordinaryAgentWord(t.norm, lowerCase)
  );
}

/**
 * Whether token `i`, which opens a sentence, is a descriptor written before a
 * person's full name rather than its first word: one plain capitalised word
 * (no acronym, no hyphen, no given name, no title or body word — those have
 * their own rules) that is an ordinary agent word (see ordinaryAgentWord),
 * then a given name and a surname joined to it and to each other, and no
 * further capital joined after them ("Hydrologist José Ibáñez of…",
 * "Farmer Ruth Okafor said"); not after an opening quotation mark, where a
 * show's or a book's title may stand ("Tucker Carlson Tonight"). Three capitals are needed: "Hunter Biden",
 * "Carter Page" are two-word names whatever their first word means.
 */
export function descriptorBeforeName(text: string, tokens: readonly Token[], i: number, lowerCase: ReadonlySet<string>): boolean {
  const [word, given, surname, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.surface)) return false;
  // After an opening quotation mark or bracket the capitals may be a title ('"Tucker Carlson Tonight"'), not a sentence.
  if (/["“‘'([]\s*$/u.test(text.slice(tokens[i - 1]?.end ?? 0, word.start))) return false;
  if (TITLE_WORDS.has(word.norm) || ORGANIZATION_WORDS.has(word.norm) || STOPWORDS.has(word.norm) || !ordinaryAgentWord(word.norm, lowerCase)) return false;
  if (!personWord(given, lowerCase) || !personWord(surname, lowerCase)) return false;
  if (!joinable(text, word, given) || !joinable(text, given, surname)) return false;
  return !(after?.isCapitalized && joinable(text, surname, after));
}

/** "engineers" → "engineer", "agencies" → "agency", "witnesses" → "witness". */
function singularOf(norm: string): string {
  if (norm.endsWith("ies")) return `${norm.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(norm)) return norm.slice(0, -2);
  return norm.slice(0, -1);
}

/**
 * Whether `norm` is an ordinary plural noun: ends in a plural "s" (not "ss"),
 * and SUBTLEX counts its singular, which is no given name ("Engineers",
 * "Prisons"; not "Williams", "Adams").
 */
export function ordinaryPlural(norm: string): boolean {
  if (!/^\p{Ll}{3,}[^s]s$/u.test(norm)) return false;
  const singular = singularOf(norm);
  return !givenName(singular) && counted(singular);
}
