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
  // A base with a query of its own (`?story=…`, compareHref) keeps it on every page.
  const [path, kept] = basePath.split("?", 2) as [string, string | undefined];
  const query = new URLSearchParams({
    ...Object.fromEntries(new URLSearchParams(kept ?? "")),
    ...(view.order === "b" ? { order: "b" } : {}),
    ...(view.page > 0 ? { page: String(view.page + 1) } : {}),
    ...(view.items !== undefined && view.items > 0 ? { items: String(view.items + 1) } : {}),
  }).toString();
  return `${path}${query ? `?${query}` : ""}${view.fragment ? `#${view.fragment}` : ""}`;
}

/**
 * The comparison of A and B; opened from a story, with the story's id, so the
 * page names the two by the story's labels ("Meridian Press (3)") as the story
 * page did (the page checks both are still in that story).
 */
export function compareHref(a: string, b: string, storyId?: string | null): string {
  return `/compare/${a}/${b}${storyId ? `?${new URLSearchParams({ story: storyId })}` : ""}`;
}

/** The 0-based page (of rows, or window of items) an address's `page` or `items` asks for (the first page when absent or not a number). */
export function pageIndexFromQuery(value: string | undefined): number {
  return Math.max(0, Number.parseInt(value ?? "1", 10) - 1 || 0);
}
