/**
 * An outlet naming itself ("HuffPost", "The New York Times", "Kyodo News")
 * is no news another outlet leaves out, and no speaker of its own article:
 * these tell an entity from the outlet, and a news medium from a speaker.
 */
import type { EntityAcross } from "../entities/resolve-entities";
import { namesNewsMedium } from "../entities/name-shapes";

/** Lower case, without a leading "The" and a web suffix: "The New York Times" = "New York Times", "HuffPost.com" = "huffpost". */
const formMemo = new Map<string, string>();

function outletForm(name: string): string {
  let form = formMemo.get(name);
  if (form === undefined) {
    form = readOutletForm(name);
    if (formMemo.size > 10_000) formMemo.clear();
    formMemo.set(name, form);
  }
  return form;
}

function readOutletForm(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(?:com|org|net|co\.uk)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether an entity is the outlet itself: the same name, or one contains the other ("Kyodo" / "Kyodo News"). */
export function namesOutlet(e: Pick<EntityAcross, "canonical" | "surfaces">, outlet: string): boolean {
  const own = outletForm(outlet);
  if (own.length < 3) return false;
  const names = (form: string) => {
    const f = outletForm(form);
    return f.length >= 3 && (f === own || (f.length >= 4 && (own.includes(f) || f.includes(own))));
  };
  // A loop, not a spread list: asked of every entity of every comparison.
  if (names(e.canonical)) return true;
  for (const surface of e.surfaces) if (names(surface)) return true;
  return false;
}

/** A name's words as name-shapes.ts reads them: lower case, letters and digits, no leading "the". */
function nameWords(name: string): string[] {
  return outletForm(name).split(" ").filter(Boolean);
}

/** isNewsMedium by name (persons and places never are one): asked of every name at every speech verb of every comparison. */
const mediumMemo = new Map<string, boolean>();

/**
 * Whether a name found at a speech verb is a news medium ("the Gazette", "Fox News", "CNN"): a
 * paper reports or is told what someone said, and is no person to have said it. A person or place
 * never is one ("Michael Bloomberg" is not Bloomberg News).
 */
export function isNewsMedium(name: string, type: EntityAcross["type"]): boolean {
  if (type === "person" || type === "place") return false;
  let medium = mediumMemo.get(name);
  if (medium === undefined) {
    medium = namesNewsMedium(nameWords(name), true);
    if (mediumMemo.size > 10_000) mediumMemo.clear();
    mediumMemo.set(name, medium);
  }
  return medium;
}

/**
 * Whether a name found in an article is that article's own outlet: "The Gazette has confirmed the
 * names" in the Halden Gazette, "When HuffPost asked Hunter" in HuffPost. What the outlet itself
 * reports is the article's own voice, attributed to no one. The same name, or a news medium's name
 * inside the outlet's or the other way round ("Gazette" / "Halden Gazette", "Fox News" / "fox",
 * "Halden Gazette" / "haldengazette.com").
 */
export function isOwnOutlet(name: string, type: EntityAcross["type"], outlet: string | undefined): boolean {
  if (!outlet || type === "person" || type === "place") return false;
  const own = outletForm(outlet);
  if (own.length < 3) return false;
  const form = outletForm(name);
  if (form === own) return true;
  if (!isNewsMedium(name, type)) return false;
  // "Halden Gazette" in haldengazette.com: a site's name writes the words without spaces.
  const compact = (s: string) => s.replace(/ /g, "");
  return namesOutlet({ canonical: name, surfaces: [] }, outlet) || (form.length >= 4 && compact(own).includes(compact(form)));
}
