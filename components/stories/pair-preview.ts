/**
 * A story of two independent reports has no majority to miss, so its
 * "left out" section shows what each of the two leaves out instead: the first
 * items of their comparison per side, as the compare page ranks them.
 */
import type { Comparison, Importance, OmissionItem, Side } from "@/lib/types/comparison";

/** Items shown per side; the comparison itself has them all. */
export const PREVIEW_ITEMS = 5;

export interface PairPreviewItem {
  id: string;
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
  const side = (missingFrom: Side, presentIn: Side): PairPreviewSide => {
    const all = comparison.items.filter((item) => item.missingFrom === missingFrom && !isDismissed(item));
    return {
      missingFrom: labels[missingFrom],
      presentIn: labels[presentIn],
      items: all.slice(0, PREVIEW_ITEMS).map(({ id, title, importance, reasons }) => ({ id, title, importance, reasons })),
      more: Math.max(0, all.length - PREVIEW_ITEMS),
    };
  };
  return { href, sides: [side("b", "a"), side("a", "b")] };
}
