/**
 * What kind of difference a row shows, as the filters and the overview ruler
 * name it. A pair whose only changes are punctuation, quote marks, spacing or
 * letter case counts as the same: "near 100%" rows that differ by a curly
 * quote are not what an analyst filters for. A pair whose words differ in a
 * figure ("About 3,400" / "About 4,300 residents") is its own category: it
 * reads as a light edit by its score, and hiding light edits must not hide a
 * changed death toll.
 */
import type { Alignment, DiffChunk } from "@/lib/types/comparison";

export type RowCategory = "same" | "figures" | "edited" | "reworded" | "partial" | "moved" | "only-a" | "only-b";

/** Filter and legend order: what is missing first, then what changed, then what is the same. */
export const ROW_CATEGORIES: readonly RowCategory[] = ["only-a", "only-b", "figures", "partial", "reworded", "edited", "moved", "same"];

/** Letters and digits only, lower-cased: what is left when punctuation, quotes, spacing and case are ignored. */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** True when a diff changes nothing but punctuation, quote marks, spacing or case. */
export function onlyTrivialChanges(diff: readonly DiffChunk[]): boolean {
  let removed = "";
  let added = "";
  for (const [op, text] of diff) {
    if (op === -1) removed += text;
    else if (op === 1) added += text;
  }
  return words(removed) === words(added);
}

/** Month names and their abbreviations, as a pattern. */
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** A day or a span of days: "3", "3rd", "3-5", "3 to 5". */
const DAYS = String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|through|until)\s*\d{1,2}(?:st|nd|rd|th)?)?`;
/**
 * Dates, which are no figures to differ: a month with its days on either side
 * ("Feb. 3-5", "February 3 to 5", "3 December") and a year ("2027"), not a
 * count written with a separator ("2,027").
 */
const DATES = new RegExp(String.raw`\b${MONTH}\.?\s+${DAYS}\b|\b${DAYS}\s+${MONTH}\b|(?<![\d,.])\b(?:1[89]|20)\d\d\b(?![,.]\d)`, "giu");

/** Runs of digits a side has, less its dates, in order ("3,400" gives "3400"): separators are not figures. */
function figures(text: string): string[] {
  return text
    .replace(DATES, " ")
    .replace(/(?<=\p{N})[,.\u00a0\u202f ](?=\p{N})/gu, "")
    .match(/\p{N}+/gu) ?? [];
}

/**
 * True when the two sides of a diff carry different figures: the figures
 * each whole side gives, dates left out, in any order. A date is no figure to
 * differ ("Feb. 3-5" / "February 3 to 5, 2027" is one span of days, and a
 * year one side adds changes no figure), nor is a figure moved in the
 * sentence.
 */
export function changesFigures(diff: readonly DiffChunk[]): boolean {
  let a = "";
  let b = "";
  for (const [op, text] of diff) {
    if (op !== 1) a += text;
    if (op !== -1) b += text;
  }
  const [x, y] = [figures(a).sort(), figures(b).sort()];
  return x.join(" ") !== y.join(" ");
}

export function rowCategory(alignment: Pick<Alignment, "kind" | "moved" | "diff">): RowCategory {
  if (alignment.moved) return "moved";
  switch (alignment.kind) {
    case "identical":
      return "same";
    case "near":
      if (onlyTrivialChanges(alignment.diff)) return "same";
      return changesFigures(alignment.diff) ? "figures" : "edited";
    case "paraphrase":
      return changesFigures(alignment.diff) ? "figures" : "reworded";
    case "partial":
      return "partial";
  }
}
