/**
 * A country an article is set in without naming it: one of its states is named
 * (gazetteer.ts, PLACES_WITHIN), alone or opening a body's name ("the Florida
 * Department of Law Enforcement", "the University of Maine School of Law").
 * Such an article does not leave the country out.
 */
import type { EntityAcross } from "../entities/resolve-entities";
import { PLACES_WITHIN } from "../entities/gazetteer";

/** Whether document `doc` names a place inside the country `canonical` (false for anything not a listed country). */
export function countryImplied(canonical: string, entities: readonly EntityAcross[], doc: number): boolean {
  const within = PLACES_WITHIN.get(canonical);
  if (!within) return false;
  const places = new Set(within);
  return entities.some((e) => (e.namedCounts[doc] ?? 0) > 0 && (e.type === "place" ? places.has(e.canonical) : e.type === "organization" && namesPlaceIn(e.canonical, within)));
}

/** Whether a body's name holds one of the places as whole words: "New York Police Department" holds New York. */
function namesPlaceIn(name: string, places: readonly string[]): boolean {
  const padded = ` ${name} `;
  return places.some((place) => padded.includes(` ${place} `));
}
