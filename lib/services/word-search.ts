/**
 * The paging both searches share (articles on the home page, stories in the
 * filing picker). SQL narrows the rows to titles where each word follows a
 * space or a common mark (LIKE patterns from wordStartNeedles, which every
 * database runs and an index scan serves); the search then keeps the rows
 * where each word truly starts a word ("us" after "u.s." does not). Pages
 * grow as they are read, so the rare run of rows SQL keeps and the search
 * drops ends after a few queries, and a search that finds enough stops.
 */
import "server-only";

const FIRST_PAGE = 100;
const LARGEST_PAGE = 3_200;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The words searched for: at most `maxWords`, from at most 200 characters of
 * the query. A "word" with no letter or digit ("%", "&", "—") finds nothing
 * worth listing and would make SQL read every title, so it is left out.
 */
export function searchWords(query: unknown, maxWords = 8): string[] {
  const text = typeof query === "string" ? query.slice(0, 200) : "";
  return text
    .split(/\s+/)
    .map((word) => word.replace(EDGE_QUOTES, ""))
    .filter((word) => LETTER_OR_DIGIT.test(word))
    .slice(0, maxWords);
}

/** Quotation marks and brackets around a typed word ("barrier", (Reuters)): what is searched for is the word inside. */
const EDGE_QUOTES = /^["'“”‘’„«»‹›()[\]{}]+|["'“”‘’„«»‹›()[\]{},;:!?]+$/gu;

/**
 * The first `wanted` rows, in the order pages give them, that `accept` keeps.
 * `page(after, take)` returns up to `take` rows after the row `after` (null: from the start).
 */
export async function collectMatches<T>(page: (after: T | null, take: number) => Promise<T[]>, accept: (row: T) => boolean, wanted: number): Promise<T[]> {
  const kept: T[] = [];
  let after: T | null = null;
  for (let take = FIRST_PAGE; ; take = Math.min(take * 2, LARGEST_PAGE)) {
    const rows = await page(after, take);
    for (const row of rows) {
      if (!accept(row)) continue;
      kept.push(row);
      if (kept.length >= wanted) return kept;
    }
    if (rows.length < take) return kept;
    after = rows[rows.length - 1] as T;
  }
}
