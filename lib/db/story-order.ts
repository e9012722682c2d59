/**
 * The order of a story's articles, the one every view shows (story page,
 * matrix columns, home card, story report): by date, then by when stored
 * (the query's order), except that a syndicated copy (the same text as an
 * article of the story stored before it) follows its original. An undated
 * copy sorted by date alone came first, before the report it copies, and the
 * home card offered it as the first comparison.
 */

export interface OrderedArticle {
  id: string;
  contentHash: string;
  createdAt: Date;
}

/** The original of each group of copies: the one stored first, as the story page names it. */
function isEarlier(x: OrderedArticle, y: OrderedArticle): boolean {
  return x.createdAt.getTime() - y.createdAt.getTime() < 0 || (x.createdAt.getTime() === y.createdAt.getTime() && x.id < y.id);
}

/** `articles` in the query's order (date, then stored), with each copy moved right after its original. */
export function copiesAfterOriginals<T extends OrderedArticle>(articles: readonly T[]): T[] {
  const original = new Map<string, T>();
  for (const a of articles) {
    const known = original.get(a.contentHash);
    if (!known || isEarlier(a, known)) original.set(a.contentHash, a);
  }
  const copies = new Map<string, T[]>();
  for (const a of articles) {
    if (original.get(a.contentHash) === a) continue;
    const list = copies.get(a.contentHash);
    if (list) list.push(a);
    else copies.set(a.contentHash, [a]);
  }
  return articles.flatMap((a) => {
    if (original.get(a.contentHash) !== a) return [];
    const own = (copies.get(a.contentHash) ?? []).sort((x, y) => (isEarlier(x, y) ? -1 : 1));
    return [a, ...own];
  });
}

/**
 * The two articles a story's first comparison opens: the first two
 * independent reports, copies only when there are fewer than two (a copy
 * compared with its original shows nothing the analyst does not know).
 */
export function firstComparison<T extends OrderedArticle>(articles: readonly T[]): T[] {
  const ordered = copiesAfterOriginals(articles);
  // In that order an original comes before its copies: the first of each text is its original.
  const seen = new Set<string>();
  const originals = new Set<T>();
  for (const a of ordered) {
    if (!seen.has(a.contentHash)) originals.add(a);
    seen.add(a.contentHash);
  }
  return [...ordered.filter((a) => originals.has(a)), ...ordered.filter((a) => !originals.has(a))].slice(0, 2);
}
