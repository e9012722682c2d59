/**
 * Who says something: the person or organisation standing at a speech verb,
 * by attribution grammar — "…," said Lanhee Chen / Lanhee Chen, the
 * campaign's policy director, said / according to the Justice Department.
 * Places never speak ("a statement from Arizona" names no speaker), and after
 * "told" or "asked" stands the listener ("told HuffPost"), not the speaker. A
 * paper speaks only as a writer: one that asks, or carries someone's words
 * after "according to", does not, and an article's own outlet is its voice,
 * attributed nothing ("The Gazette has confirmed", outlet-names.ts).
 */
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "../entities/given-names";
import type { EntityAcross } from "../entities/resolve-entities";
import { quoteSpans, SPEECH_VERB, speechVerbsIn, type VerbAt } from "./quotes";
import { isNewsMedium, isOwnOutlet } from "./outlet-names";
import { datelineLength } from "../text/dateline";

/** A name found in a text, with where it stands. */
export interface NameAt {
  at: number;
  end: number;
  name: string;
  type: EntityAcross["type"];
}

/** A lone capitalised name at the verb ("Motegi said") may be typed "other"; only places are ruled out. */
const SPEAKER_TYPES = new Set<EntityAcross["type"]>(["person", "organization", "other"]);
/**
 * Between a speaker's name and the verb after it: nothing, a suffix of the name ("James Kennedy
 * Jr. said"), a party tag ("(R)", "(D-Va.),"), or an apposition (", the policy director for the
 * campaign,"; "of California, the senior Republican on the committee,"), the speaker's team
 * ("Paganini and his team wrote"), a relative pronoun ("President Trump, who said"), a short
 * phrase of time or medium ("at the time", "on Tuesday", "in a statement"), then perhaps adverbs,
 * a reflexive or an auxiliary ("Mark Warner, the top Democrat on the committee, also said",
 * "Thomas allegedly told", "Trump himself said", "Obama has said"), and a speech to come ("Mr.
 * Rubio is expected to say").
 */
const BEFORE_VERB =
  /^(?:,?\s+(?:Jr|Sr)\.?|\s+I{2,3}|\s+IV)?\s*(?:\((?:[DRI]|[DRI]-[\p{L}. ]{2,14})\),?\s*)?(?:of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?=,))?(?:,[^"“”]{0,120},\s*)?(?:and (?:his|her|their) (?:team|colleagues|co-?authors)\s+)?(?:,\s*who\s+)?(?:(?:at the time|on \p{Lu}\p{Ll}+day|last (?:week|month|year)|this (?:week|month|year)|in (?:a|an|his|her|their|its) (?:statement|interview|tweet|letter|speech))\s+)?(?:(?:also|later|then|again|further|separately|previously|earlier|recently|once|instead|himself|herself|itself|themselves|has|have|had|would|will|\p{Ll}{3,}ly)\s+){0,2}(?:(?:is|was|are|were) expected to\s+)?$/u;
/**
 * A name set off by commas right before the verb is the speaker named in apposition: "A
 * spokesman for the Democratic National Committee, Brad Woodhouse, said". A name that only ends
 * a longer apposition is not: in "Mark Warner, the top Democrat on the Intelligence Committee,
 * also said" or "the Rev. John Hopping of Our Lady of Guadalupe, told" the name before the comma
 * sits inside a phrase (after "on the", "of").
 */
const CLOSING_APPOSITION = /^\s*,\s*(?:(?:also|later|then|again)\s+)?$/u;
const OPENS_APPOSITION = /,\s*$/u;
/**
 * Between the verb and a speaker's name after it: titles and qualifiers ("said Sen.", "according to
 * the", "said Republican Rep."), and a role written in lower case ("said senior adviser David
 * Axelrod", "said White House press secretary Jay Carney"), which ends in a noun of agent or office
 * and may set the name off by a comma ("said the spokesman, Nick Merrill").
 */
const AFTER_VERB =
  /^\s*(?:by\s+)?(?:the\s+|an?\s+)?(?:(?:former|acting|retired|then)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*(?<=er|or|ist|ant|ent|man|woman|person|chair|chief|head|secretary|aide|counsel|fellow),?\s+)?$/u;
const LISTENER_VERB = /^(?:told|tells|asked|asks)$/i;
/** The farthest a speaker's name can stand from the verb: an apposition of 120 characters and what may surround it before; titles and a role after. */
const REACH_BEFORE = 320;
const REACH_AFTER = 160;

/** Verbs whose object follows them ("a coalition called Strengthen Social Security", "praised Lieberman"): only a name before them speaks. */
const OBJECT_VERB = /^(?:called|described|praised|derided|expressed)$/i;
/** Verbs whose source follows them: "according to aides", "citing officials". */
const SOURCE_AFTER_VERB = /^(?:according to|citing)$/i;
/** Between a speaker and the verb: where they serve, "of the Missouri State Highway Patrol" / "of Our Lady of Guadalupe,". */
const AFFILIATION = /^\s+of\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.'’&-]*|of|the|and)\s+){0,6}?[\p{Lu}][\p{L}.'’&-]*,?\s*$/u;
/** A party's name in the singular, as a person is called ("the Arizona Republican", "a Democrat"). */
const PARTY_MEMBER = /^(?:Republican|Democrat)$/;
/**
 * Right before a name: a preposition whose object it is, so not the verb's subject ("Republicans
 * on the Senate Judiciary Committee have asked", "A spokesman for Mr. Hunter, Michael Harrison,
 * said", "the research published in the journal JAMA Psychiatry argued"); "Secretary of State Colin
 * Powell said" is a title, no preposition phrase.
 */
const AFTER_PREPOSITION = /\b(?:on|of|for|in|at|from|with|to|by|about|against|among|under)\s+(?:(?:the(?:\s+\p{Ll}+)?|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2})?$/u;
/** A name written as a possessive: "Holder's" (the name's spelling may hold the "'s" or stop before it). */
const POSSESSIVE = /['’]s(?:\b|$)/;

/**
 * The name standing at the speech verb text[verbStart, verbEnd), among
 * `names` found in `text`: a person before the verb, else a person after it,
 * else the closest name.
 */
export function speakerAtVerb(text: string, verbStart: number, verbEnd: number, names: readonly NameAt[]): string | undefined {
  const verb = text.slice(verbStart, verbEnd);
  if (PARTICIPLE.test(verb)) return subjectOfParticiple(text, verbStart, names);
  const asks = LISTENER_VERB.test(verb);
  const listener = asks || OBJECT_VERB.test(verb);
  // "…in Cambridge, Md., according to aides": the source comes after "according to", never before.
  const sourceAfter = SOURCE_AFTER_VERB.test(verb);
  let best: Candidate | undefined;
  // "Capt. Ronald S. Johnson of the Missouri State Highway Patrol said": someone, then where they
  // serve; the place of service (inside that phrase) is not who speaks.
  // Only names within reach of the verb can stand at it (the patterns below are bounded): the rest of a long passage is not read.
  const near = names.filter((n) => (n.end <= verbStart ? verbStart - n.end <= REACH_BEFORE : n.at >= verbEnd && n.at - verbEnd <= REACH_AFTER));
  const affiliated = sourceAfter
    ? []
    : near.filter((n) => SPEAKER_TYPES.has(n.type) && n.end <= verbStart && !BEFORE_VERB.test(text.slice(n.end, verbStart)) && AFFILIATION.test(text.slice(n.end, verbStart)));
  for (const named of near) {
    // "said Indivisible co-founder Ezra Levin": an organisation and a role before a person, who speaks.
    const n = named.at >= verbEnd ? roleHolderAfter(text, named, names) ?? named : named;
    // "the Arizona Republican said": a party member, not the party, speaks.
    if (!SPEAKER_TYPES.has(n.type) || PARTY_MEMBER.test(text.slice(n.at, n.end))) continue;
    // A paper that asks or tells ("When the Gazette asked Hume …, Hume said") is the interviewer, and one
    // that carries someone's words ('"…," an official said, according to the Gazette') is where they were read.
    if (isNewsMedium(n.name, n.type) && ((asks && n.end <= verbStart) || (sourceAfter && carriesWords(text, verbStart)))) continue;
    if (affiliated.some((a) => a !== n && n.at >= a.end && n.end <= verbStart)) continue;
    let gap: string;
    if (n.end <= verbStart && !sourceAfter) {
      if (AFTER_PREPOSITION.test(text.slice(Math.max(0, n.at - 40), n.at)) && !affiliated.includes(n)) continue;
      gap = text.slice(n.end, verbStart);
      // "Swift's claims": a possessive makes the word after it a noun it owns, not a verb it is the subject of.
      if (/^\s*$/.test(gap) && POSSESSIVE.test(text.slice(n.end - 2, n.end + 2))) continue;
      const apposition = CLOSING_APPOSITION.test(gap) && OPENS_APPOSITION.test(text.slice(Math.max(0, n.at - 3), n.at));
      if (!BEFORE_VERB.test(gap) && !apposition && !affiliated.includes(n)) continue;
    } else if (n.at >= verbEnd && !listener) {
      gap = text.slice(verbEnd, named.at);
      // "said Holder's visit had…": a possessive after the verb opens what was said, it is no speaker.
      if (!AFTER_VERB.test(gap) || POSSESSIVE.test(text.slice(n.end - 2, n.end + 2))) continue;
    } else continue;
    // A person named before the verb speaks ("Sen. Jack Reed, D-R.I., said Trump should…"); after the
    // verb, a person beats an organisation in the title before them ("said RNC Chair Reince Priebus").
    const rank = n.type !== "person" ? 0 : n.end <= verbStart ? 2 : 1;
    const candidate = { gap: gap.length, name: n.name, rank, at: n.at, apposition: n.end <= verbStart && /^\s*,/.test(gap) };
    if (!best || beats(candidate, best, verbStart)) best = candidate;
  }
  return best?.name;
}

/**
 * Whether the words before an "according to" at `verbStart` are someone else's, which the source
 * after it only carries: a speech verb stands earlier in its sentence ('…," a union official said,
 * according to the Gazette'). "The unit failed an inspection, according to the Gazette" is the
 * paper's own report, and 'According to BuzzFeed, “Cohen then acknowledged …”' quotes its words.
 */
function carriesWords(text: string, verbStart: number): boolean {
  const before = text.slice(Math.max(0, verbStart - 200), verbStart);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_ENDS)) start = m.index + m[0].length;
  return SPEECH_VERB.test(before.slice(start));
}

/** Speech verbs as participles: "…, saying “…”" reports what the sentence's subject said. */
const PARTICIPLE = /^(?:saying|adding|telling|writing|tweeting|noting|arguing|insisting|warning|declaring)$/i;
/** After a name: more of a name, or a dateline's agency and dash. */
const NAME_GOES_ON = /^(?:\s+\p{Lu}|\s*(?:\([\p{Lu}.]+\)\s*)?(?:—|–|--))/u;
/** Before such a participle: a comma, perhaps an adverb ("…, first telling CNN, “…”"). */
const BEFORE_PARTICIPLE = /,\s*(?:(?:first|then|later|also|again|\p{Ll}+ly)\s+)?$/u;

/**
 * "Bloomberg contrasted his business with Trump's, saying “…”", "Netanyahu pushed back…, first
 * telling CNN, “…”": the speaker of a participle is the subject opening its sentence — not a name
 * inside the clause before it, nor the one told.
 */
function subjectOfParticiple(text: string, verbStart: number, names: readonly NameAt[]): string | undefined {
  if (!BEFORE_PARTICIPLE.test(text.slice(Math.max(0, verbStart - 24), verbStart))) return undefined;
  let subject: NameAt | undefined;
  for (const n of names) {
    if (n.end > verbStart || !SPEAKER_TYPES.has(n.type) || PARTY_MEMBER.test(text.slice(n.at, n.end))) continue;
    if (POSSESSIVE.test(text.slice(n.end - 2, n.end + 2)) || !opensSentence(text, n.at)) continue;
    // Part of a longer name ("Marijuana| Industry Group's Mike Elliott"), or a dateline ("Denver (AP) –"): no subject.
    if (NAME_GOES_ON.test(text.slice(n.end, n.end + 24))) continue;
    SENTENCE_END.lastIndex = 0;
    if (SENTENCE_END.test(text.slice(n.end, verbStart))) continue;
    if (!subject || n.at > subject.at) subject = n;
  }
  SENTENCE_END.lastIndex = 0;
  return subject?.name;
}

/**
 * Lower-case words naming a role between an organisation and the person holding it: "co-founder",
 * "press secretary", "senior policy adviser", "spokeswoman", "lawyer" — a noun of agent or office
 * last, so "said Romney told Ryan" holds none; a comma may set the person off ("said a White House
 * spokesman, Eric Schultz").
 */
const ROLE_BETWEEN =
  /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*(?<=er|or|ist|ant|ent|man|woman|person|chair|chief|head|secretary|aide|counsel|fellow|staff),?\s+$/u;

/** The person named right after `n` across a role ("Indivisible co-founder Ezra Levin" → Ezra Levin). */
function roleHolderAfter(text: string, n: NameAt, names: readonly NameAt[]): NameAt | undefined {
  for (const m of names) {
    if (m.at > n.end && m.type !== "place" && ROLE_BETWEEN.test(text.slice(n.end, m.at))) return m;
  }
  return undefined;
}

interface Candidate {
  gap: number;
  name: string;
  rank: number;
  at: number;
  /** Before the verb, set off from it by an apposition (", the campaign's director,"). */
  apposition: boolean;
}

/**
 * Whether a name is the better speaker: before the verb, one whose apposition holds the other (in
 * "Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall II, a Democrat,
 * said" Maynard speaks, whatever the recogniser typed them); else the higher rank, then the name
 * closer to the verb.
 */
function beats(n: Candidate, best: Candidate, verbStart: number): boolean {
  const bothBefore = n.at < verbStart && best.at < verbStart;
  if (bothBefore && n.apposition && n.at < best.at) return true;
  if (bothBefore && best.apposition && best.at < n.at) return false;
  return n.rank > best.rank || (n.rank === best.rank && n.gap < best.gap);
}

/**
 * Who is spoken to at a "told" / "asked" verb: the name right after it ("he
 * told the vice president"). That person is then not the one speaking, even
 * when a pronoun sends the reader back to the last name before the quotation.
 */
export function listenerAtVerb(text: string, verbStart: number, verbEnd: number, names: readonly NameAt[]): string | undefined {
  if (!LISTENER_VERB.test(text.slice(verbStart, verbEnd))) return undefined;
  let first: NameAt | undefined;
  for (const n of names) {
    if (n.at < verbEnd || !AFTER_VERB.test(text.slice(verbEnd, n.at))) continue;
    if (!first || n.at < first.at) first = n;
  }
  return first?.name;
}

/** A conjunction opening the sentence, perhaps with an adverb: "But Mrs. Clinton…", "But then Certner…". */
const CONJUNCTION = /^(?:But|And|Yet|So)\s+(?:(?:then|now|later|also|still)\s+)?/;
/**
 * A short opening phrase before the subject: "Still, Mr. Trump…", "In his interview with Fox News,
 * Ryan…", 'Speaking on "Fox News Sunday," Sen. Jim DeMint…', "While being questioned…, Clinton…".
 * It starts with an adverb, a preposition, a conjunction or a participle — not with a name: in
 * "Obama, Biden and Clinton" Biden is no subject — and holds no other comma.
 */
const OPENING_PHRASE =
  /^(?:In|On|At|After|Before|During|Since|Until|Still|However|Meanwhile|Instead|Separately|Earlier|Later|Yet|Then|Now|Today|Yesterday|Last|For|With|Without|Despite|Following|Amid|Under|Over|Even|Also|Elsewhere|Overall|Afterward|Afterwards|While|When|As|Although|Though|Because|If|Once|Upon|Throughout|Asked|Speaking|Writing|Responding|Pressed|Told)\b[^.!?,;:]{0,160},["”’]?\s*/u;
/**
 * A title before the name: capitalised words ending in a title word ("Weekly Standard Editor",
 * "Senate Majority Whip", "Representative", "Mr."). "ABC News' Martha Raddatz" after an opening
 * phrase is an apposition, not the subject.
 */
const TITLE =
  /^(?:(?:[\p{Lu}][\p{L}.'’-]*\s+)*?(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Representative|Gov|Governor|Gen|General|President|Secretary|Chairman|Chairwoman|Chair|Director|Editor|Speaker|Leader|Whip|Attorney|Justice|Judge|Mayor|Minister|Ambassador|Adm|Admiral|Capt|Captain|Sgt|Lt|Col|Maj|Prof|Professor|Rev|Spokesman|Spokeswoman|Commissioner|Chancellor|Councilman|Councilwoman|Congressman|Congresswoman|Sheriff|Chief)\.?\s+)?$/u;
/** A sentence's end: not the point of a title or an initial ("Sen.", "Mr.", "Richard J. Durbin", "U.S."). */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sgt|Capt|Adm|Prof|Rev|St|Lt|Col|Maj|Jr|Sr|Mt|Ft|No|[A-Z]))[.!?]["”’]?\s+/g;
/** SENTENCE_END for matchAll, whose own lastIndex the loops over SENTENCE_END do not share. */
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "g");

/**
 * Whether a name at `at` is the subject opening its sentence: nothing before it in the sentence
 * but a dateline, a conjunction, a short opening phrase and a title.
 */
function opensSentence(text: string, at: number): boolean {
  const from = Math.max(0, at - 240);
  const window = text.slice(from, at);
  // A dateline's points ("FERGUSON, Mo. --") end no sentence.
  const dateline = from === 0 ? datelineLength(window) : 0;
  let start = dateline > 0 ? dateline : -1;
  SENTENCE_END.lastIndex = dateline;
  for (let m = SENTENCE_END.exec(window); m !== null; m = SENTENCE_END.exec(window)) start = m.index + m[0].length;
  if (start < 0 && from > 0) return false;
  const sentence = window.slice(Math.max(0, start));
  const opening = sentence.slice(datelineLength(sentence)).replace(CONJUNCTION, "");
  const clause = opening.replace(OPENING_PHRASE, "").replace(CONJUNCTION, "");
  // "Marijuana Industry Group's Mike Elliott echoed…": at the very start, an owner before the name.
  // "The White House press secretary, Sarah Huckabee Sanders, sought…": the name set off after the subject is the subject.
  return TITLE.test(clause) || (clause === opening && (OWNER.test(clause) || APPOSED_TO_OPENING.test(clause)));
}

/** A short noun phrase opening the sentence, then a comma: the name after it is that subject's apposition. */
const APPOSED_TO_OPENING = /^(?:The|A|An)\s+(?:[\p{L}.'’-]+\s+){0,5}[\p{L}.'’-]+,\s+$/u;

/** Capitalised words ending in a possessive, opening a sentence: "Fox News' ", "Marijuana Industry Group's ". */
const OWNER = /^(?:[\p{Lu}][\p{L}.&-]*\s+){0,4}[\p{Lu}][\p{L}.&-]*['’]s?\s+$/u;

const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss)\.?\s+$/;
const MALE_TITLE = /\bMr\.\s+$/;

/**
 * Whom a "he" / "she" at a quotation's verb refers to, among `names` found in
 * `before` (the paragraph up to the quotation): the last person who opened a
 * sentence (its subject, the usual antecedent: "Mr. Ryan tried to be
 * respectful, but he bristled when Mr. Biden kept interrupting. “…,” he told
 * the vice president" is Ryan), else the last person named. Never the one
 * spoken to, never a name inside a quotation ("“I stood next to President
 * Obama…,” she said"). A name opening its sentence counts even when the
 * recogniser could not type it ("Lis Smith, a spokeswoman…").
 * `subjectOnly`: only a sentence's subject, never the last name (for the
 * paragraph before a quotation, where "he recalled campaigning with Romney"
 * leaves "he" unnamed rather than making him Romney).
 * `pronoun`: "he" or "she", to pass over anyone the paragraph titles as the other.
 */
export function pronounAntecedent(
  before: string,
  names: ReadonlyArray<{ at: number; name: string; type: EntityAcross["type"] }>,
  quotations: ReadonlyArray<{ start: number; end: number }>,
  listener: string | undefined,
  subjectOnly = false,
  pronoun?: "he" | "she",
): string | undefined {
  let last: { at: number; name: string } | undefined;
  let lastSubject: { at: number; name: string } | undefined;
  let lastReported: { at: number; name: string } | undefined;
  // The place of a dateline ("FERGUSON, Mo. --") is where the story was filed, nobody who speaks.
  const dateline = datelineLength(before);
  // "he" is never the one the paragraph calls "Ms. Coulter", "she" never "Mr. Trump".
  const otherGender = pronoun === "he" ? FEMALE_TITLE : pronoun === "she" ? MALE_TITLE : undefined;
  const excluded = new Set<string>();
  if (otherGender) for (const { at, name } of names) if (otherGender.test(before.slice(Math.max(0, at - 6), at))) excluded.add(name);
  // Nor is "he" a woman the paragraph names by her given name ("his defeated opponent, Hillary Clinton"), nor "she" a man.
  if (pronoun) for (const { name } of names) if (!pronounFits(name, pronoun)) excluded.add(name);
  for (const { at, name, type } of names) {
    if (at < dateline || name === listener || excluded.has(name) || quotations.some((q) => q.start <= at && at < q.end)) continue;
    // A person's name holds no "of", "for", "and" or "the": "Web of Angels was the first novel she ever sold" names a book.
    // Nor is "he" or "she" a paper ("The Gazette has confirmed …").
    if (NOT_A_PERSONS_NAME.test(name) || isNewsMedium(name, type)) continue;
    if ((type === "person" || type === "other") && (!lastSubject || at > lastSubject.at) && opensSentence(before, at)) lastSubject = { at, name };
    if (type !== "person") continue;
    // "…in which Bloomberg criticized Democrats, but argued that Trump was…": the subject of a reported
    // clause is what someone said, a weaker antecedent than a person named otherwise.
    if (REPORTED_CLAUSE.test(before.slice(Math.max(0, at - 6), at))) {
      if (!lastReported || at > lastReported.at) lastReported = { at, name };
    } else if (!last || at > last.at) last = { at, name };
  }
  return (subjectOnly ? lastSubject : (lastSubject ?? last ?? lastReported))?.name;
}

/** Whether "he" / "she" may stand for a speaker: not a woman by her given name for "he", nor a man for "she". */
export function pronounFits(name: string, pronoun: "he" | "she"): boolean {
  return !(pronoun === "he" ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES).has(givenNameOf(name));
}

/** Right before a name: "that", opening a reported clause whose subject it is. */
const REPORTED_CLAUSE = /\bthat\s+$/;

/** Inside a name, words no person's name holds: "Web of Angels", "Friends of the Earth". */
const NOT_A_PERSONS_NAME = /\s(?:of|for|and|the)\s/i;

/** The first word of a name, lower case: "hillary" of "Hillary Clinton". */
function givenNameOf(name: string): string {
  return (name.split(/\s+/, 1)[0] ?? "").toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * A passage attributed to "he" or "she" at a speech verb: '…," he said.',
 * "she also told", '…," said he.' — not "said he is concerned", where the
 * pronoun is the subject of what was said.
 */
const PRONOUN_ATTRIBUTION = new RegExp(`\\b(?:he|she)\\s+(?:also\\s+)?${SPEECH_VERB.source}|\\b(?:said|says|added|adds)\\s+(?:he|she)\\s*(?:[.,;]|$)`, "i");

export function attributedToPronoun(text: string): boolean {
  return PRONOUN_ATTRIBUTION.test(text);
}

/**
 * Whether the code unit at `at` is a letter or digit. ASCII is answered from
 * its code (its only letters and digits are A–Z, a–z, 0–9) without the Unicode
 * expression: the name finders ask it at every capital of every paragraph.
 */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(text.charAt(at));
}

/** Whether a letter or digit comes right before `at`: no name starts inside a word. */
export function startsInsideWord(text: string, at: number): boolean {
  return at > 0 && isWordChar(text, at - 1);
}

/** Whether text[at, end) is whole words: a party tag "R" is no name inside "Russian". */
export function atWordEdges(text: string, at: number, end: number): boolean {
  return !startsInsideWord(text, at) && !(end < text.length && isWordChar(text, end));
}

/** Where the names of `entities` occur in `text`, longest spelling first at each place. */
export function namesIn(text: string, entities: readonly EntityAcross[]): NameAt[] {
  const out: NameAt[] = [];
  for (const e of entities) {
    for (const surface of e.surfaces) {
      if (surface.length === 0) continue;
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        if (atWordEdges(text, at, at + surface.length)) out.push({ at, end: at + surface.length, name: e.canonical, type: e.type });
      }
    }
  }
  return out;
}

/**
 * The speaker of a passage (not only of its quotations: "Holder told
 * reporters the inquiry would be fair"): the name at its first speech verb
 * that has one, never `outlet`, the article's own (outlet-names.ts).
 */
export function speakerIn(text: string, entities: readonly EntityAcross[], verbs: readonly VerbAt[] = speechVerbsIn(text), outlet?: string): string | undefined {
  if (verbs.length === 0) return undefined;
  // A name inside a quotation is what is said, not who says it ("…in the United States Senate,” the aide said);
  // the article's own outlet reports, it is attributed nothing ("The Gazette has confirmed the names").
  const quoted = quoteSpans(text);
  const names = namesIn(text, entities).filter((n) => !quoted.some((q) => q.start <= n.at && n.at < q.end) && !isOwnOutlet(n.name, n.type, outlet));
  if (names.length === 0) return undefined;
  let pronounSpoke = false;
  for (const verb of verbs) {
    // '“I will not resign,” he said …, according to the Boston Globe': "he" speaks, whoever he is; the paper is where it was read.
    if (pronounSpoke && SOURCE_AFTER_VERB.test(verb.text)) continue;
    // After the verb a name speaks only in an inverted attribution ('…,” said Sen. Reed', ', said Mr.
    // Reed') or as a source ("according to the Congressional Research Service"): in "The letter said
    // the House … had been briefed" the House is what was said.
    const inverted = SOURCE_AFTER_VERB.test(verb.text) || INVERTED_BEFORE.test(text.slice(Math.max(0, verb.index - 4), verb.index));
    const at = inverted ? names : names.filter((n) => n.at < verb.index);
    const speaker = speakerAtVerb(text, verb.index, verb.index + verb.text.length, at);
    if (speaker !== undefined) return speaker;
    if (PRONOUN_SUBJECT.test(text.slice(Math.max(0, verb.index - 24), verb.index))) pronounSpoke = true;
  }
  return undefined;
}

/** Right before an inverted attribution's verb: the end of a quotation or a comma. */
const INVERTED_BEFORE = /[,"”?!]\s*$/;

/** "he said", "she has also said": a pronoun as the verb's subject (tested on the words before the verb). */
export const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:(?:also|has|had|later|then|again|instead|[a-z]{3,}ly)\s+){0,2}$/i;
