/**
 * A link to an item (`#item:<key>`) that lies on another window of items
 * (`?items=N`: a long comparison lists each side's items 200 at a time) must
 * still open that item: the page model maps the items of other windows to
 * their window, and this gives the address to go to, keeping the page of
 * rows, the order and the fragment, so the item is then shown as on any page.
 */
import type { ComparePageModel } from "./compare-page-model";
import { comparePageHref } from "./compare-page-href";
import { itemIdFromHash } from "./item-link";

/** The address of the window of items that holds the item `hash` names; null when it is on this window, unknown, or the hash names no item. */
export function linkedItemWindowHref(basePath: string, model: Pick<ComparePageModel, "order" | "page" | "itemWindow" | "itemWindowOf">, hash: string): string | null {
  const key = itemIdFromHash(hash);
  if (key === null || !model.itemWindowOf || !Object.hasOwn(model.itemWindowOf, key)) return null;
  const window = model.itemWindowOf[key]!;
  if (window === model.itemWindow) return null;
  return comparePageHref(basePath, { order: model.order, page: model.page, items: window, fragment: hash.startsWith("#") ? hash.slice(1) : hash });
}
