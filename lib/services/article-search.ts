/**
 * Use case: find a stored article among thousands by words of its title or
 * its outlet's name ("kyodo motegi"), newest first: the home page's search,
 * for an article that is no longer among the recent ones and is filed under
 * no story one remembers. Each word must start a word of the title or the
 * outlet's name ("us" finds "US, Japan hold talks", not "Russia"), whatever
 * the letter case and accents ("cafe" finds "Café", "café" finds "Cafe").
 */
import "server-only";
import { articleTitlesPage, getArticleListRows, outletsNaming } from "../db/articles";
import { searchKey } from "../text/search-key";
import { startsAWordIn, wordStartNeedles } from "../text/word-start";
import { searchKeysReady } from "./search-keys";
import { collectMatches, searchWords } from "./word-search";

export { searchWords };

type TitleRow = Awaited<ReturnType<typeof articleTitlesPage>>[number];

/** Articles shown for a search: enough to pick from; more words narrow it. */
export const SEARCH_RESULTS = 30;

/** The newest matches (one more than shown is looked for, to say whether there are more). */
export async function findArticles(query: unknown): Promise<{ words: string[]; articles: Awaited<ReturnType<typeof getArticleListRows>>; more: boolean }> {
  const words = searchWords(query);
  if (words.length === 0) return { words, articles: [], more: false };
  await searchKeysReady();
  const outlets = await outletsNaming(words.map(searchKey));
  const namedOutlets = outlets.map((list, k) => new Set(list.filter((o) => startsAWordIn(o.name, words[k] as string)).map((o) => o.id)));
  const outletIds = namedOutlets.map((ids) => [...ids]);
  const needles = words.map(wordStartNeedles);
  const found = await collectMatches<TitleRow>(
    (after, take) => articleTitlesPage(needles, outletIds, after, take),
    (row) => words.every((word, k) => startsAWordIn(row.titleKey ?? "", word) || namedOutlets[k]?.has(row.outletId)),
    SEARCH_RESULTS + 1,
  );
  const articles = await getArticleListRows(found.slice(0, SEARCH_RESULTS).map((row) => row.id));
  return { words, articles, more: found.length > SEARCH_RESULTS };
}
