/**
 * Offices named by their portfolio: "Transport Minister Ruth Okafor",
 * "Commerce Secretary Gina Raimondo", "resigned as Transport Minister". The
 * portfolio is a word of the title, not a name: "Transport" had stood as a
 * name of its own (ranked above the minister herself, as "never in" the
 * source that left her resignation out), and "Transport Minister" as another.
 * find-mentions.ts asks these of the capitals around a title.
 */
import type { Token } from "../text/tokens";
import { US_STATES } from "./gazetteer";
import { isKnownGivenName } from "./given-names";
import { ORGANIZATION_WORDS, TITLE_WORDS } from "./name-words";

/** Titles that take their portfolio before them ("Transport Minister", "Energy Secretary"). */
const PORTFOLIO_OFFICES: ReadonlySet<string> = new Set(["minister", "secretary"]);

/** Words that say which holder of an office, not which office: "Shadow Transport Secretary", "Junior Health Minister". */
const HOLDER_WORDS: ReadonlySet<string> = new Set(["shadow", "junior", "senior", "former", "acting", "interim", "outgoing", "incoming", "ex"]);

/** The most words of a portfolio written before its office ("Veterans' Affairs Minister"). */
const PORTFOLIO_MAX_WORDS = 2;

/**
 * Whether the capitals `before` (trimmed, as the run gives them) are the
 * portfolio of the one-word office `office` after them: one or two plain
 * capitalised words — no organisation word ("Communist Party Secretary",
 * "Rail Workers' Union Secretary" name the body), no acronym ("NATO
 * Secretary"), no given name. A longer title ("Foreign Minister", "Prime
 * Minister") already holds its portfolio: what stands before it is a country
 * or a body, and stays a name.
 */
export function portfolioOfOffice(before: readonly Token[], office: readonly Token[]): boolean {
  if (office.length !== 1 || !PORTFOLIO_OFFICES.has(office[0]?.norm ?? "")) return false;
  const words = before.filter((t) => !HOLDER_WORDS.has(t.norm) && !TITLE_WORDS.has(t.norm));
  if (words.length === 0 || words.length > PORTFOLIO_MAX_WORDS) return false;
  return words.every((t) => t.isCapitalized && !ORGANIZATION_WORDS.has(t.norm) && !/^\p{Lu}{2,}$/u.test(t.surface) && !isKnownGivenName(t.norm));
}

/**
 * Whether a whole run is an office with nothing after it: "Ruth Okafor has
 * resigned as Transport Minister". The office names its holder elsewhere, not here.
 */
export function officeAlone(run: readonly Token[]): boolean {
  return run.length >= 2 && portfolioOfOffice(run.slice(0, -1), run.slice(-1));
}

/**
 * Offices a city holds (title words: name-words.ts), which news writes with the level of government
 * before them: "City Commissioner", "City Manager", "Town Councillor". Not "Mayor": "Jersey City
 * Mayor", "Salt Lake City Mayor" name a city whose name ends in "City".
 */
const MUNICIPAL_OFFICES: ReadonlySet<string> = new Set([
  "commissioner", "councilman", "councilwoman", "councillor", "councilor", "manager", "attorney", "treasurer", "auditor",
  "comptroller", "solicitor", "administrator", "prosecutor",
]);

/** Levels of local government written before such an office. ("County" names its county: "Montgomery County Sheriff".) */
const MUNICIPAL_LEVELS: ReadonlySet<string> = new Set(["city", "town", "township", "village", "borough"]);

/** Lower-case names of the states, for "Kansas City" / "Oklahoma City": a city named for its state keeps "City". */
const STATE_NAMES: ReadonlySet<string> = new Set(US_STATES.map((s) => s.toLowerCase()));

/**
 * The place in the capitals `before` a title: "Dayton City Commissioner Jane Roe" names Dayton
 * and Jane Roe, the city's commissioner; "Dayton City" is nobody's name (it had stood as an
 * entity that took in every plain "Dayton"). The level word goes with the office when a
 * municipal office follows and what is left is a place's name of its own, not a state's
 * ("Kansas City Commissioner" is Kansas City's).
 */
export function withoutOfficeLevel(before: readonly Token[], office: readonly Token[]): readonly Token[] {
  const level = before.at(-1);
  const head = office.find((t) => MUNICIPAL_OFFICES.has(t.norm));
  if (before.length < 2 || !level || !MUNICIPAL_LEVELS.has(level.norm) || !head || office[0] !== head) return before;
  const place = before.slice(0, -1);
  return STATE_NAMES.has(place.map((t) => t.norm).join(" ")) ? before : place;
}
