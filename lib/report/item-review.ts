/**
 * Where an item's review is kept. A review belongs to the item's lead flag
 * (its id); but the grouping can change which flag leads an item (a name that
 * now gathers the paragraphs it is in is led by its most telling sentence), and
 * a review made before must still attach and be changed where it is stored.
 * So: the lead flag's key when it has a review, else the first of the item's
 * flags that has one, else the lead flag's key.
 */
export function itemReviewKey(item: { id: string; flags: readonly string[] }, hasReview: (flagKey: string) => boolean): string {
  if (hasReview(item.id)) return item.id;
  return item.flags.find(hasReview) ?? item.id;
}
