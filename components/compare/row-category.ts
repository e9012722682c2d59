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

/** Runs of digits a side of a diff has, in order ("3,400" gives "3400"): separators are not figures. */
function figures(text: string): string[] {
  return text.replace(/(?<=\p{N})[,.\u00a0\u202f ](?=\p{N})/gu, "").match(/\p{N}+/gu) ?? [];
}

/** True when the words one side removed and the other added carry different figures. */
export function changesFigures(diff: readonly DiffChunk[]): boolean {
  let removed = "";
  let added = "";
  for (const [op, text] of diff) {
    if (op === -1) removed += ` ${text}`;
    else if (op === 1) added += ` ${text}`;
  }
  const [a, b] = [figures(removed), figures(added)];
  if (a.length === 0 && b.length === 0) return false;
  return a.join(" ") !== b.join(" ");
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
