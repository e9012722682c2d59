/**
 * A story's flags → the items an analyst reads, one entry per omission: the
 * story page and every story report group them here, so they list the same
 * items in the same order and number them alike. The coverage lists flags
 * item by item, each naming its item (lib/omissions/coverage.ts); items come
 * in the order of their first flag, which is the analysis's rank.
 *
 * The number is fixed here, by the analysis alone: the page's "Hide
 * dismissed" and a report that leaves dismissed items out skip numbers
 * rather than renumber, so "item 7" in a report or a review note is the
 * page's item 7 (as a comparison's items are: lib/omissions/item-numbers.ts).
 */
import { appendTo } from "../collections/append-to";

export interface CoverageItemGroup<F> {
  /** The item's key: its lead flag's, where the item's review is kept. */
  id: string;
  /** 1, 2, … in this order: the number the story page and every story report give the item. */
  number: number;
  /** The flag that stands for the item (the one whose key is the item's), else its first. */
  lead: F;
  /** The item's other flags, in the analysis's order. */
  others: F[];
}

/** A flag that names no item (a coverage made before items existed) is an item alone. */
export function coverageItems<F extends { key: string; item?: string }>(flags: readonly F[]): Array<CoverageItemGroup<F>> {
  const byItem = new Map<string, F[]>();
  for (const flag of flags) appendTo(byItem, flag.item || flag.key, flag);
  return [...byItem.entries()].map(([id, members], index) => {
    const lead = members.find((m) => m.key === id) ?? members[0]!;
    return { id, number: index + 1, lead, others: members.filter((m) => m !== lead) };
  });
}
