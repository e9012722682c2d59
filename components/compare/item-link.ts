/**
 * A link to one omission item of a comparison: the compare page's address
 * with `#item:<item id>`. Item ids are stable (the review keys: the same
 * comparison gives the same ids), so a link an analyst sends a colleague,
 * or the story page's preview of an item, opens that item with its
 * sentences in view, on whichever page of a long comparison they are.
 */

const PREFIX = "item:";

/** The fragment (without "#") that names an item. */
export function itemFragment(itemId: string): string {
  return `${PREFIX}${encodeURIComponent(itemId)}`;
}

/** The compare page's address (`/compare/A/B`, with any query) opened at an item. */
export function itemHref(comparePath: string, itemId: string): string {
  return `${comparePath.split("#")[0]}#${itemFragment(itemId)}`;
}

/** The item a location's hash names ("#item:…"), or null for any other hash (a row's "#pair-12", none). */
export function itemIdFromHash(hash: string): string | null {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return null;
  try {
    const id = decodeURIComponent(fragment.slice(PREFIX.length));
    return id === "" ? null : id;
  } catch {
    // A hand-edited "%" that is not an escape: no item.
    return null;
  }
}
