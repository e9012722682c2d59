/**
 * The order of a story's articles, the one every view shows (story page,
 * matrix columns, home card, story report): by date, then by when stored
 * (the query's order), except that a syndicated copy follows its original.
 * An undated copy sorted by date alone came first, before the report it
 * copies, and the home card offered it as the first comparison.
 *
 * Which copy is the original is one rule everywhere (`originalFirst`): the
 * one published first; when the dates do not tell, the one with more words
 * (the copy is the one that adds nothing); then the one stored first. Here
 * copies are the same text (content hash); the story overview passes its
 * groups of near-identical copies (lib/omissions/copy-groups.ts) instead.
 */

export interface OrderedArticle {
  id: string;
  contentHash: string;
  createdAt: Date;
  /** When the outlet published it; null when the page did not say. Compared by calendar day (UTC). */
  publishedAt?: Date | null;
  wordCount?: number;
}

type Original = Pick<OrderedArticle, "id" | "createdAt" | "publishedAt" | "wordCount">;

/** The UTC day of a date: a page giving only the day and another giving the hour are not told apart by the hour. */
const dayOf = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 86_400_000) : Number.POSITIVE_INFINITY);

/**
 * Negative when `x` is the original rather than `y`, of two copies of one
 * report: published on an earlier day (a dated copy before an undated one,
 * whose date is unknown); on the same day or both undated, more words; then
 * stored first (ids break a tie of the same instant). A total order, so every
 * view picks the same original of a group, whatever order it reads them in.
 */
export function originalFirst(x: Original, y: Original): number {
  const [dx, dy] = [dayOf(x.publishedAt), dayOf(y.publishedAt)];
  if (dx !== dy) return dx < dy ? -1 : 1;
  const words = (y.wordCount ?? 0) - (x.wordCount ?? 0);
  if (words !== 0) return words;
  const stored = x.createdAt.getTime() - y.createdAt.getTime();
  if (stored !== 0) return stored;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/**
 * `articles` in the query's order (date, then stored), with each copy moved
 * right after its original, where the original stands. `groupOf` names each
 * article's group of copies (by default its text: the same content hash).
 */
export function copiesAfterOriginals<T extends OrderedArticle>(articles: readonly T[], groupOf: (a: T, i: number) => string = (a) => a.contentHash): T[] {
  const groups = new Map<string, T[]>();
  const keys = articles.map((a, i) => groupOf(a, i));
  articles.forEach((a, i) => {
    const key = keys[i] as string;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  });
  for (const list of groups.values()) list.sort(originalFirst);
  return articles.flatMap((a, i) => {
    const members = groups.get(keys[i] as string) ?? [a];
    return members[0] === a ? members : [];
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
