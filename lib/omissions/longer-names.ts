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
 */
import type { EntityAcross } from "../entities/resolve-entities";

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
