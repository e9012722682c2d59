/**
 * Names that carry a shorter one: an article that writes only "Hollins Creek
 * Dam" does not leave "Hollins Creek" out. The comparison of two articles
 * (entity-omissions.ts) and the story (coverage-written.ts) ask this one
 * rule, so the story never reports as absent what the comparison of the same
 * two articles does not, nor the other way round.
 *
 * A longer name carries a shorter one when it is a thing of the same type
 * named after it: it opens with the shorter name's words ("Hollins Creek
 * Dam", "Harbour Road Clinic" when both are places). A name that holds the
 * shorter one further in is something else: "China" in "South China Sea",
 * "Korea" in "North Korea". A name of another type is another thing:
 * "Washington" is not carried by "The Washington Post".
 *
 * The other way round, an organisation's distinctive first word alone
 * carries it: an article that writes "Acme said" after another wrote "Acme
 * Pharmacy said" names the same company (shortNameOf, writesShortName).
 */
import type { EntityAcross } from "../entities/resolve-entities";
import { aliasIndexFor, lookupAlias, nameKey } from "../entities/alias-index";
import { isGivenName } from "../entities/given-names";
import { DIRECTIONS, NOT_NAMES, ORGANIZATION_WORDS, TITLE_WORDS } from "../entities/name-words";
import { STOPWORDS } from "../text/stopwords";
import type { TextIndex } from "./text-index";

type Named = Pick<EntityAcross, "canonical" | "surfaces" | "type">;

/** Whether `longer` opens with every word of `name` and goes on ("Hollins Creek" and "Hollins Creek Dam", "The Hollins Creek Dam"). */
function opensWith(longer: string, name: string): boolean {
  const words = longer.split(/\s+/);
  const part = name.split(/\s+/);
  const start = words[0]?.toLowerCase() === "the" && part[0]?.toLowerCase() !== "the" ? 1 : 0;
  return part.length > 0 && words.length - start > part.length && part.every((w, m) => words[start + m] === w);
}

/** The entities of `entities` that carry `entity`'s name: of its type, with a name that opens with one of its spellings. */
export function longerNamesOf<E extends Named>(entity: Named, entities: readonly E[]): E[] {
  const forms = [entity.canonical, ...entity.surfaces];
  return entities.filter((e) => e.type === entity.type && e.canonical !== entity.canonical && [e.canonical, ...e.surfaces].some((name) => forms.some((form) => opensWith(name, form))));
}

/**
 * Words that open many organisations' names and single none of them out: "National" of "National
 * Security Agency", "American" of "American Airlines", "New" of "New Century Bank". Alone, they
 * are no short form of any one body.
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "national", "american", "new", "united", "first", "general", "international", "federal", "royal", "global", "world",
  "central", "great", "public", "standard", "common", "free", "open", "union", "continental", "pacific", "atlantic",
  "western", "eastern", "northern", "southern", "citizens", "peoples", "community", "metropolitan", "county", "city",
  "modern", "premier", "mutual", "allied", "capital", "liberty", "independent", "old", "big", "best", "true", "home",
]);

/**
 * The short form the reverse way round: the distinctive word an organisation's name opens with,
 * which news uses alone for it ("Acme Pharmacy said…", then "Acme said…"). None for a one-word
 * name, a person or a place, nor for a generic head (GENERIC_HEADS), a title, a body's word, a
 * compass word, a given name ("Morgan Stanley") or a known place ("Ohio State University" is
 * not carried by "Ohio"); nor a word the comparison names something else by (`entities`): "Trump"
 * is the man, not the "Trump Organization"; "Flynn" is Michael Flynn, not "Flynn Intel Group".
 */
export function shortNameOf(entity: Named, entities: readonly Named[]): string | undefined {
  if (entity.type !== "organization") return undefined;
  const words = entity.canonical.split(/\s+/);
  if (words[0]?.toLowerCase() === "the") words.shift();
  const head = words[0];
  if (words.length < 2 || head === undefined || !/^\p{Lu}[\p{L}&'’-]{2,}$/u.test(head)) return undefined;
  const key = head.toLowerCase();
  if ([GENERIC_HEADS, TITLE_WORDS, ORGANIZATION_WORDS, STOPWORDS, NOT_NAMES, DIRECTIONS].some((set) => set.has(key)) || isGivenName(key)) return undefined;
  if (lookupAlias(aliasIndexFor(undefined), nameKey(head), head) !== undefined) return undefined;
  const namesAnother = entities.some(
    (e) => e.canonical !== entity.canonical && (e.canonical === head || e.surfaces.includes(head) || (e.type === "person" && e.canonical.split(/\s+/).at(-1) === head)),
  );
  return namesAnother ? undefined : head;
}

/**
 * Whether a text writes an organisation's short name (shortNameOf) as a name: capitalised, on its
 * own (not inside another name: "Acme Bank" is another body) and never in lower case there (a
 * capital opening a sentence proves nothing of an ordinary word).
 */
export function writesShortName(written: TextIndex, entity: Named, entities: readonly Named[]): boolean {
  const short = shortNameOf(entity, entities);
  if (short === undefined || !written.hasAlone(short)) return false;
  return !new RegExp(`(?<![\\p{L}\\p{N}])${short.toLowerCase()}(?![\\p{L}\\p{N}])`, "u").test(written.text);
}
