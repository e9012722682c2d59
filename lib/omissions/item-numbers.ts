/**
 * The one numbering of a comparison's omission items, shared by the compare
 * page, the story page's pair preview and every report format (Markdown,
 * HTML, PDF, JSON `number` / `itemNumber`, CSV `item_number`), so "item 7"
 * in a report, a review note or a message names the item the page shows as 7.
 *
 * The page and the reports list the items in two groups, "Missing from B"
 * then "Missing from A" (ITEM_SIDE_ORDER), each by rank. The numbers run on
 * across the two groups (B's 1…n, A's n+1…), so no two items share one, and
 * they are fixed by the analysis alone: hiding dismissed items, filtering to
 * the items still to review or showing only the first ten never renumbers
 * what is left, it leaves gaps. A number in a note stays true after the
 * analyst dismisses another item.
 *
 * Types only: the browser's components read these numbers too, and the rest
 * of lib/omissions pulls Node-only code.
 */
import type { Side } from "../types/comparison";

/** The order of the two groups on the page and in every report: what B leaves out first. */
export const ITEM_SIDE_ORDER: readonly Side[] = ["b", "a"];

/** Each item's number (1, 2, …) by its id, for items in the analysis's order (most important first, both sides in one list). */
export function numberItems(items: ReadonlyArray<{ id: string; missingFrom: Side }>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const side of ITEM_SIDE_ORDER) {
    for (const item of items) if (item.missingFrom === side && !numbers.has(item.id)) numbers.set(item.id, numbers.size + 1);
  }
  return numbers;
}
