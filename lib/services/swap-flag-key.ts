/**
 * The key a flag would carry if the comparison were run with A and B swapped.
 *
 * Flag keys name sides ("entity:b:kishi" = Kishi is missing from B), so the
 * same finding has a different key in "B vs A". Reviews are stored once per
 * pair of articles, under the key of the ordered view whose A has the smaller
 * id, and this translation is what lets a review made in one view show on the
 * same flag in the other. It follows the key formats of lib/omissions (the
 * finders are not changed for it); swap-flag-key.test.ts runs the real
 * analysis both ways, so a change of format there fails a test here.
 */
import type { Comparison, Omission, Side } from "../types/comparison";
import { normalizedWords, shortHash, textKey } from "../omissions/stable-key";

const other = (side: Side): Side => (side === "a" ? "b" : "a");

/** Passage text by index, on each side, from every passage the comparison mentions. */
function passageTexts(comparison: Comparison): Record<Side, Map<number, string>> {
  const texts: Record<Side, Map<number, string>> = { a: new Map(), b: new Map() };
  for (const al of comparison.alignments) {
    for (const ref of al.a) texts.a.set(ref.index, ref.text);
    for (const ref of al.b) texts.b.set(ref.index, ref.text);
  }
  for (const ref of comparison.onlyA) texts.a.set(ref.index, ref.text);
  for (const ref of comparison.onlyB) texts.b.set(ref.index, ref.text);
  return texts;
}

/**
 * "number:<missingFrom>:<A's values>><B's values>:<hash of A's words|B's words>",
 * the words of the flag's passages on each side. A conflict (kind "conflict")
 * is filed under each side (number-omissions.ts), so its side is swapped as a
 * name's is; a figure only one side gives is missing from the other, so the
 * side follows whichever value list is non-empty.
 */
function swapNumberKey(flag: Omission, texts: Record<Side, Map<number, string>>): string | undefined {
  const match = /^number:([ab]):([^>]*)>([^>]*):([0-9a-f]{8})$/.exec(flag.key);
  if (!match) return undefined;
  const [, side = "", valuesA = "", valuesB = ""] = match;
  const joined = (side: Side, indexes: readonly number[]) => {
    const parts = indexes.map((i) => texts[side].get(i));
    return parts.every((p) => p !== undefined) ? parts.join(" ") : undefined;
  };
  const aText = joined("a", flag.passagesA);
  const bText = joined("b", flag.passagesB);
  if (aText === undefined || bText === undefined) return undefined;
  const missingFrom: Side = flag.kind === "conflict" ? other(side as Side) : valuesB !== "" ? "b" : "a";
  return `number:${missingFrom}:${valuesB}>${valuesA}:${shortHash(`${normalizedWords(bText)}|${normalizedWords(aText)}`)}`;
}

/** The swapped key, or undefined when the key's format is not one this knows (the review then stays with its view). */
export function swapFlagKey(flag: Omission, comparison: Comparison, texts = passageTexts(comparison)): string | undefined {
  const { key } = flag;
  // A changed quote is keyed by A's wording; B's wording is the flag's text.
  if (key.startsWith("quote:changed:")) return flag.text === undefined ? undefined : `quote:changed:${textKey(flag.text)}`;
  if (key.startsWith("number:")) return swapNumberKey(flag, texts);
  // entity / passage / quote flags: "<kind>:<side missing from>:<side-free rest>".
  const sided = /^(entity|passage|quote):([ab]):(.+)$/.exec(key);
  if (sided) return `${sided[1]}:${other(sided[2] as Side)}:${sided[3]}`;
  return undefined;
}

/** Every flag's swapped key, by its own key (flags whose format is unknown are left out). */
export function swappedFlagKeys(comparison: Comparison): Map<string, string> {
  const texts = passageTexts(comparison);
  const swapped = new Map<string, string>();
  for (const flag of comparison.omissions) {
    const key = swapFlagKey(flag, comparison, texts);
    if (key !== undefined) swapped.set(flag.key, key);
  }
  return swapped;
}
