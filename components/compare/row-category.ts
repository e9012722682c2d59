/**
 * What kind of difference a row shows, as the filters and the overview ruler
 * name it. A pair whose only changes are punctuation, quote marks, spacing or
 * letter case counts as the same: "near 100%" rows that differ by a curly
 * quote are not what an analyst filters for.
 */
import type { Alignment, DiffChunk } from "@/lib/types/comparison";

export type RowCategory = "same" | "edited" | "reworded" | "partial" | "moved" | "only-a" | "only-b";

/** Filter and legend order: what is missing first, then what changed, then what is the same. */
export const ROW_CATEGORIES: readonly RowCategory[] = ["only-a", "only-b", "partial", "reworded", "edited", "moved", "same"];

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

export function rowCategory(alignment: Pick<Alignment, "kind" | "moved" | "diff">): RowCategory {
  if (alignment.moved) return "moved";
  switch (alignment.kind) {
    case "identical":
      return "same";
    case "near":
      return onlyTrivialChanges(alignment.diff) ? "same" : "edited";
    case "paraphrase":
      return "reworded";
    case "partial":
      return "partial";
  }
}
