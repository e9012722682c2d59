/**
 * The address of one page of a long comparison. Pages are counted from 1 in
 * the address ("?page=2" is the second page, as its link reads) and from 0
 * in the model; both directions live here so they cannot drift apart (they
 * once did: the link to page 2 wrote "?page=1", which the server read as the
 * first page, so nothing past the first page could be reached).
 */
import type { Side } from "@/lib/types/comparison";

/**
 * `/compare/A/B?order=b&page=2&items=2#fragment` for the page of rows at 0-based `page` and the window of
 * items at 0-based `items` (compare-page-model.ts); the first page, the first window and A's order add nothing.
 */
export function comparePageHref(basePath: string, view: { order: Side; page: number; items?: number; fragment?: string }): string {
  const query = new URLSearchParams({
    ...(view.order === "b" ? { order: "b" } : {}),
    ...(view.page > 0 ? { page: String(view.page + 1) } : {}),
    ...(view.items !== undefined && view.items > 0 ? { items: String(view.items + 1) } : {}),
  }).toString();
  return `${basePath}${query ? `?${query}` : ""}${view.fragment ? `#${view.fragment}` : ""}`;
}

/** The 0-based page (of rows, or window of items) an address's `page` or `items` asks for (the first page when absent or not a number). */
export function pageIndexFromQuery(value: string | undefined): number {
  return Math.max(0, Number.parseInt(value ?? "1", 10) - 1 || 0);
}
