/**
 * A country an article is set in without naming it: one of its states is named
 * (gazetteer.ts, PLACES_WITHIN). Such an article does not leave the country out.
 */
import type { EntityAcross } from "../entities/resolve-entities";
import { PLACES_WITHIN } from "../entities/gazetteer";

/** Whether document `doc` names a place inside the country `canonical` (false for anything not a listed country). */
export function countryImplied(canonical: string, entities: readonly EntityAcross[], doc: number): boolean {
  const within = PLACES_WITHIN.get(canonical);
  if (!within) return false;
  const places = new Set(within);
  return entities.some((e) => e.type === "place" && places.has(e.canonical) && (e.namedCounts[doc] ?? 0) > 0);
}
