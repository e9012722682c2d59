/**
 * Word lists the capitalised-sequence recogniser needs, as data. Keys are
 * `normalizeWord` forms (lower case, American spelling, no dots).
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "../text/calendar-words";
import { withCompoundTitles } from "./title-compounds";

/**
 * Honorifics of judges and office holders ("The Honorable", "Hon."), and Indian English's "Shri" / "Smt."
 * ("chaired by the Governor, Shri Arvind Mehra"): titles, never a word of the canonical name. Not "Sri",
 * which opens Sri Lanka.
 */
const HONORIFIC_TITLES: readonly string[] = ["honorable", "honourable", "hon", "shri", "shrimati", "smt"];

/**
 * Titles and job words that precede a name: "Defense Secretary Austin" → Austin. Their compounds are titles too
 * ("Co-counsel", "Vice-Chairman": title-compounds.ts).
 */
export const TITLE_WORDS: ReadonlySet<string> = withCompoundTitles([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant",
  "adm", "admiral", "cmdr", "commander", "cpl", "pvt", "marshal", "brig",
  "president", "presidents", "pres", "vice", "prime", "minister", "secretary", "foreign", "defense", "chief", "chairman",
  "chairwoman", "chair", "senator", "senators", "sen", "sens", "rep", "reps", "cong", "representative", "congressman", "congresswoman",
  // "Guv": a headline's governor ("RBI Guv Arvind Mehra").
  "gov", "guv", "governor", "mayor", "ambassador", "envoy", "premier", "chancellor", "speaker", "leader",
  "majority", "minority", "whip", "deputy", "ceo", "cfo", "coo", "executive", "founder", "co-founder", "strategist", "adviser", "advisor", "aide", "pollster", "analyst", "economist", "king", "queen", "prince", "princess", "pope", "judge", "justice",
  "attorney", "surgeon", "solicitor", "postmaster", "state", "of", "first", "former", "acting", "director", "spokesman", "spokeswoman",
  "spokesperson", "commissioner", "councilman", "councilwoman", "councillor", "councilor", "cllr", "alderman", "alderwoman",
  "assemblyman", "assemblywoman", "assemblymember", "sheriff", "detective", "officer",
  "assistant", "undersecretary", "under", "press", "homeland", "security", "treasury", "interior",
  "health", "education", "trade", "finance", "economy", "home", "national", "staff", "joint", "intelligence",
  "rev", "reverend", "father", "bishop", "cardinal", "imam", "rabbi", "sheikh", "gop", "democratic", "republican",
  "historian", "journalist", "author", "scholar", "activist", "researcher", "commentator", "novelist",
  "candidate", "nominee", "presumptive", "prosecutor", "counsel", "pro", "tem", "editor", "publisher", "columnist",
  "correspondent", "anchor", "host", "lawyer", "superintendent", "inspector", "comptroller", "treasurer", "auditor",
  "chairperson", "manager", "coach", "dean", "provost", "chancellor", "lieutenant", "elect", "administrator",
  // Hyphened titles are one word as tokenised: "President-elect Donald Trump", "Editor-in-Chief Ben Smith".
  "president-elect", "governor-elect", "mayor-elect", "senator-elect", "chancellor-elect",
  "editor-in-chief", "co-chairman", "co-chairwoman", "co-chair", "justices", "judges",
  // An honorific is a title, not a word of the name: "the Honorable Harriet L. Comstock" is Harriet L. Comstock.
  ...HONORIFIC_TITLES,
]);

/** A title word that makes the following name a person (not just an adjective like "Foreign"). */
export const PERSON_TITLE_HEADS: ReadonlySet<string> = withCompoundTitles([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant",
  "adm", "admiral", "cmdr", "commander", "president", "presidents", "pres", "minister", "secretary", "chief", "chairman",
  "chairwoman", "chair", "senator", "senators", "sen", "sens", "rep", "reps", "cong", "representative", "congressman", "congresswoman",
  "gov", "guv", "governor", "mayor", "ambassador", "envoy", "premier", "chancellor", "speaker", "leader", "whip", "ceo", "cfo", "coo", "founder", "co-founder",
  "strategist", "adviser", "advisor", "aide", "pollster", "analyst", "economist",
  "king", "queen", "prince", "princess", "pope", "judge", "justice", "director", "spokesman",
  "spokeswoman", "spokesperson", "commissioner", "councilman", "councilwoman", "councillor", "councilor", "cllr", "alderman",
  "alderwoman", "assemblyman", "assemblywoman", "assemblymember", "sheriff", "detective", "rev", "reverend",
  "bishop", "cardinal", "imam", "rabbi", "sheikh", "candidate", "nominee", "prosecutor", "counsel", "tem", "editor",
  "publisher", "columnist", "correspondent", "anchor", "lawyer", "superintendent", "inspector", "comptroller", "treasurer",
  "auditor", "chairperson", "manager", "coach", "dean", "provost", "lieutenant", "attorney", "administrator",
  "historian", "journalist", "author", "scholar", "activist", "researcher", "commentator", "novelist",
  // Hyphened titles are one word as tokenised: "President-elect Donald Trump", "Editor-in-Chief Ben Smith".
  "president-elect", "governor-elect", "mayor-elect", "senator-elect", "chancellor-elect",
  "editor-in-chief", "co-chairman", "co-chairwoman", "co-chair", "justices", "judges", "officer",
  ...HONORIFIC_TITLES,
]);

/** Abbreviations whose full stop does not end a name ("Gen. Mark Milley"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cpl",
  "pvt", "brig", "sen", "sens", "rep", "reps", "cong", "pres", "gov", "rev", "cllr", "st", "jr", "sr", "ft", "mt", "hon",
]);

/** Words that make a capitalised sequence an organisation. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  "department", "dept", "ministry", "agency", "forces", "force", "army", "navy", "party", "council", "committee",
  "commission", "news", "times", "post", "journal", "press", "network", "university", "college", "school",
  "bank", "fund", "company", "corp", "corporation", "inc", "ltd", "group", "association", "union",
  "organization", "office", "bureau", "court", "congress", "senate", "parliament", "administration",
  "institute", "foundation", "service", "guard", "police", "staff", "chiefs", "board", "club",
  "campaign", "coalition", "alliance", "federation", "reserve", "exchange", "world", "tv", "radio", "house",
  "assembly", "caucus", "legislature", "authority", "airlines", "airways",
]);

/**
 * Words that close a business's name without being a body's word: "Acme Pharmacy", "Brightwell
 * Holdings", "Kessler Motors". They type a name an organisation (find-mentions.ts), as a company
 * suffix does, and are no name alone ("the Pharmacy").
 */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  "pharmacy", "pharmacies", "pharmaceuticals", "pharma", "holdings", "industries", "technologies", "motors", "foods",
  "brands", "laboratories", "labs", "systems", "insurance", "financial", "healthcare", "airline", "bancorp", "stores",
  "supermarkets", "logistics", "telecom", "communications", "entertainment", "software", "semiconductor", "chemicals",
]);

/** What closes a company's legal name: "Popeo PC", "Skadden LLP", "Acme Inc.". */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(["pc", "llp", "llc", "pllc", "inc", "ltd", "plc", "corp"]);

/**
 * Words that, right after a place, make the name of a newspaper or magazine: "Washington Examiner",
 * "Japan Times", "China Daily" name a publication, not the place (nor the country its capital stands for).
 */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  "post", "times", "examiner", "journal", "herald", "tribune", "globe", "gazette", "chronicle", "inquirer",
  "daily", "observer", "telegraph", "guardian", "dispatch", "courier", "bulletin", "register", "monthly",
  "weekly", "review", "standard", "independent", "star", "news", "press", "magazine",
]);

/** Compass words: not a name alone ("the East and South China seas"), but part of one ("West Wing"). */
export const DIRECTIONS: ReadonlySet<string> = new Set([
  "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "central",
]);

/** Capitalised words that are never an entity on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "i", "im", "ive", "id", "no", "yes", "not", "never", "oh", "okay", "please", "thanks", "thank",
  ...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS,
  "god", "ok", "am", "pm", "photo", "credit", "getty", "images", "file",
  "tv", "va", "calif", "fla", "ill", "mich", "minn", "tenn", "tex", "wis", "conn", "md", "ariz", "colo",
  "ky", "okla", "ore", "ala", "ark", "kan", "neb", "nev", "vt", "wyo", "mont", "nc", "sc", "nh", "nj", "ny", "pa",
  "jr", "sr", "related", "tags", "advertisement", "read", "more", "click", "share", "updated", "by",
]);

/** Words that open sentences and are never part of the name that follows ("Yet AARP said…"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "yet", "still", "now", "meanwhile", "however", "instead", "indeed", "thus", "hence", "today", "yesterday",
  "tomorrow", "last", "next", "after", "before", "while", "since", "although", "though", "unlike", "like",
  "despite", "during", "including", "without", "within", "among", "amid", "even", "perhaps", "maybe",
  "later", "earlier", "separately", "additionally", "moreover", "furthermore", "nevertheless", "overall",
  "asked", "told", "dear", "sources", "officials", "critics", "supporters", "because", "whether", "unless", "until", "hey", "hi", "hello",
]);
