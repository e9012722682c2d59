/**
 * Use case: find a stored article among thousands by words of its title or
 * its outlet's name ("kyodo motegi"), newest first: the home page's search,
 * for an article that is no longer among the recent ones and is filed under
 * no story one remembers.
 */
import "server-only";
import { searchArticles } from "../db/articles";

/** Articles shown for a search: enough to pick from; more words narrow it. */
export const SEARCH_RESULTS = 30;
const MAX_WORDS = 8;
const MAX_QUERY = 200;

/** The words searched for: at most 8, from at most 200 characters of the query. */
export function searchWords(query: unknown): string[] {
  const text = typeof query === "string" ? query.slice(0, MAX_QUERY) : "";
  return text.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
}

/** The newest matches (one more than shown is asked for, to say whether there are more). */
export async function findArticles(query: unknown): Promise<{ words: string[]; articles: Awaited<ReturnType<typeof searchArticles>>; more: boolean }> {
  const words = searchWords(query);
  if (words.length === 0) return { words, articles: [], more: false };
  const found = await searchArticles(words, SEARCH_RESULTS + 1);
  return { words, articles: found.slice(0, SEARCH_RESULTS), more: found.length > SEARCH_RESULTS };
}
