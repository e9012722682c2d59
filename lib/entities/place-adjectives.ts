/**
 * Adjectives and demonyms of places: "Midwestern" is the Midwest, "Ohioan"
 * Ohio, "Texans" Texas, "Floridian" Florida. Written capitalised, they look
 * like names of their own; an outlet that writes "five Midwestern states"
 * and another that writes "the Midwest" then each seemed to leave the
 * other's name out, and "Midwestern states, said…" made an adjective a
 * speaker. The country demonyms are data (gazetteer.ts, aliases.ts); these
 * are read by English morphology, checked against the places the comparison
 * or the alias index knows, with a short list of the irregular ones.
 */
import { DIRECTIONS } from "./name-words";

/** Demonyms no suffix rule reaches: the person's word, then the place's (normalised). */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["hoosier", "indiana"],
  ["michigander", "michigan"],
  ["michiganian", "michigan"],
  ["angeleno", "los angeles"],
  ["liverpudlian", "liverpool"],
  ["mancunian", "manchester"],
  ["glaswegian", "glasgow"],
]);

/** A base shorter than this is no place's name ("Dean" is not of "De"). */
const MIN_BASE = 3;

/** The place a word is the adjective of, normalised: "midwest" (a region named for a compass word), or a place `known` accepted. */
export interface PlaceAdjective {
  base: string;
}

/**
 * The place a capitalised word (normalised, lower case) is the adjective or
 * demonym of, if any. `known(base, strict)` says whether the comparison or the
 * alias index knows a place of that name; `strict` asks for a known place
 * only (not any one-word name), for the "-er" form, which ends surnames too
 * ("Hunter" is no one from "Hunt").
 */
export function placeAdjective(word: string, known: (base: string, strict: boolean) => boolean): PlaceAdjective | undefined {
  // "Texans", "Midwesterners": the plural of the demonym.
  const singular = word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  const irregular = IRREGULAR.get(singular);
  if (irregular !== undefined) return { base: irregular };
  // "Midwesterner" → "Midwestern"; "New Yorker", "Marylander", "Mainer" → their place.
  const forms = [singular];
  if (singular.endsWith("er")) {
    const stem = singular.slice(0, -2);
    if (stem.endsWith("ern")) forms.push(stem);
    else for (const base of [stem, singular.slice(0, -1)]) if (base.length >= MIN_BASE && known(base, true)) return { base };
  }
  for (const form of forms) {
    // "Midwestern": a region named for a compass word. A compass word's own adjective is left as written
    // ("Northwestern" is also a university, "Southern" a name's first word).
    if (form.endsWith("ern")) {
      const base = form.slice(0, -3);
      if (!DIRECTIONS.has(base) && [...DIRECTIONS].some((d) => base.endsWith(d)) && base.length > 5) return { base };
      continue;
    }
    for (const base of demonymBases(form)) if (base.length >= MIN_BASE && known(base, false)) return { base };
  }
  return undefined;
}

/**
 * The place names a demonym in "-an", "-ian", "-n" or "-ite" may come from:
 * Ohioan and Chicagoan (Ohio + an), Iowan and Californian (Iowa + n), Texan
 * and Kansan (Texas, Kansas: the "s" gives way), Bostonian (Boston + ian),
 * Floridian and Kentuckian (the last vowel gives way), Tennessean, Coloradan,
 * Hawaiian, European, Utahn, Wisconsinite.
 */
function demonymBases(word: string): string[] {
  const bases: string[] = [];
  if (word.endsWith("ite")) bases.push(word.slice(0, -3));
  if (word.endsWith("ian")) {
    const stem = word.slice(0, -3);
    bases.push(stem, `${stem}a`, `${stem}y`);
  }
  if (word.endsWith("an")) {
    const stem = word.slice(0, -2);
    bases.push(stem, `${stem}e`, `${stem}o`);
  }
  if (word.endsWith("n")) {
    const stem = word.slice(0, -1);
    bases.push(stem, `${stem}s`);
  }
  return bases;
}
