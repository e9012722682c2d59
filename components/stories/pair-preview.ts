/**
 * A story of two independent reports has no majority to miss, so its
 * "left out" section shows what each of the two leaves out instead: the first
 * items of their comparison per side, as the compare page ranks them.
 */
import { ITEM_SIDE_ORDER, numberItems } from "@/lib/omissions/item-numbers";
import type { Comparison, Importance, OmissionItem, Side } from "@/lib/types/comparison";

/** Items shown per side; the comparison itself has them all. */
export const PREVIEW_ITEMS = 5;

export interface PairPreviewItem {
  id: string;
  /** Its number on the compare page and in the comparison's reports. */
  number: number;
  title: string;
  importance: Importance;
  reasons: string[];
}

export interface PairPreviewSide {
  /** The outlet that leaves these out, and the one that has them. */
  missingFrom: string;
  presentIn: string;
  items: PairPreviewItem[];
  /** Items of this side not shown here. */
  more: number;
}

export interface PairPreview {
  href: string;
  sides: PairPreviewSide[];
}

/** What each side leaves out, first items first; items the analyst dismissed (`isDismissed`, as the compare page decides it) are not previewed. */
export function pairPreview(
  comparison: Pick<Comparison, "items">,
  labels: Readonly<Record<Side, string>>,
  href: string,
  isDismissed: (item: Pick<OmissionItem, "id" | "flags">) => boolean = () => false,
): PairPreview {
  const numbers = numberItems(comparison.items);
  const side = (missingFrom: Side): PairPreviewSide => {
    const all = comparison.items.filter((item) => item.missingFrom === missingFrom && !isDismissed(item));
    return {
      missingFrom: labels[missingFrom],
      presentIn: labels[missingFrom === "a" ? "b" : "a"],
      items: all.slice(0, PREVIEW_ITEMS).map(({ id, title, importance, reasons }) => ({ id, number: numbers.get(id)!, title, importance, reasons })),
      more: Math.max(0, all.length - PREVIEW_ITEMS),
    };
  };
  return { href, sides: ITEM_SIDE_ORDER.map(side) };
}
