/** Reads of articles. Writes live in article-mutations.ts. */
import "server-only";
import { db } from "./client";
import { originalFirst } from "./story-order";
import { titleHolds, type TitleNeedles } from "./title-needles";

const withOutletAndStory = { outlet: true, story: { select: { id: true, title: true } } } as const;
/** The raw source (a gzipped page) is read only for provenance and re-extraction. */
const withoutRaw = { rawSource: true } as const;

export async function getArticle(id: string) {
  return (await db()).article.findUnique({ where: { id }, include: withOutletAndStory, omit: withoutRaw });
}

export async function getArticles(ids: string[]) {
  return (await db()).article.findMany({ where: { id: { in: ids } }, include: withOutletAndStory, omit: withoutRaw });
}

/** The first stored article with this text (later ones under other outlets are its syndicated copies). */
export async function findArticleByContentHash(contentHash: string) {
  return (await db()).article.findFirst({ where: { contentHash }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, title: true } });
}

/**
 * Articles with the same text as this one, the original first and its
 * syndicated copies after it, by the rule every story view follows
 * (`originalFirst`: published first, else stored first — the same text has
 * the same words). Decided at read time from the content hash, so two copies
 * saved at once can never both claim to be the original.
 */
export async function listSameTextArticles(contentHash: string) {
  const articles = await (await db()).article.findMany({
    where: { contentHash },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, createdAt: true, publishedAt: true, wordCount: true, outlet: { select: { name: true } } },
  });
  return articles.sort(originalFirst);
}

const recentArticleFields = {
  id: true,
  title: true,
  publishedAt: true,
  wordCount: true,
  createdAt: true,
  outlet: { select: { name: true } },
  story: { select: { id: true, title: true } },
} as const;

/** Newest first, without the heavy text and raw columns. */
export async function listRecentArticles(limit = 20) {
  return (await db()).article.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: recentArticleFields });
}

/** One page of articles, newest first. */
export async function listRecentArticlesPage(requestedPage: number, pageSize: number) {
  const client = await db();
  const total = await client.article.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const items = await client.article.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize, select: recentArticleFields });
  return { items, page, pageCount, total };
}

/** For each word (in searchKey's form), the outlets whose name's search key holds it, with their names. */
export async function outletsNaming(words: readonly string[]): Promise<Array<Array<{ id: string; name: string }>>> {
  const client = await db();
  return Promise.all(words.map((word) => client.outlet.findMany({ where: { nameKey: { contains: word } }, select: { id: true, name: true } })));
}

/** Where a newest-first page of articles ends: the next page starts after it. */
export interface ArticleListPosition {
  createdAt: Date;
  id: string;
}

/**
 * One page of the newest articles, after `after`, whose title holds each
 * word's needles or whose outlet is one of those given for that word. The
 * search keeps the true word starts among them. Only the covering index
 * (createdAt, id, titleKey, outletId) is read, no article row.
 */
export async function articleTitlesPage(words: readonly TitleNeedles[], outletIds: ReadonlyArray<readonly string[]>, after: ArticleListPosition | null, take: number) {
  const holdsEveryWord = words.map((needles, k) => ({ OR: [titleHolds(needles), { outletId: { in: [...(outletIds[k] ?? [])] } }] }));
  // `createdAt <= after` first, so SQLite seeks into the index instead of filtering from its start.
  const afterPosition = after ? [{ createdAt: { lte: after.createdAt } }, { OR: [{ createdAt: { lt: after.createdAt } }, { id: { lt: after.id } }] }] : [];
  return (await db()).article.findMany({
    where: { AND: [...holdsEveryWord, ...afterPosition] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, titleKey: true, outletId: true, createdAt: true },
  });
}

/** These articles as the lists show them (title, outlet, story, date), in the order given. */
export async function getArticleListRows(ids: readonly string[]) {
  const rows = await (await db()).article.findMany({ where: { id: { in: [...ids] } }, select: recentArticleFields });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => r !== undefined);
}

/** The story each of these articles is in (null: none), without their text. */
export async function getArticleStories(ids: readonly string[]): Promise<Map<string, { id: string; title: string } | null>> {
  if (ids.length === 0) return new Map();
  const rows = await (await db()).article.findMany({ where: { id: { in: [...ids] } }, select: { id: true, story: { select: { id: true, title: true } } } });
  return new Map(rows.map((r) => [r.id, r.story]));
}

export async function getArticleRawSource(id: string) {
  return (await db()).article.findUnique({
    where: { id },
    select: { id: true, title: true, sourceKind: true, rawSource: true, url: true, finalUrl: true, fetchedAt: true, storyId: true },
  });
}

/** What fetching an article again needs: its address, how it came in, the stored text and when it was fetched. */
export async function getArticleRefetchSource(id: string) {
  return (await db()).article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      contentHash: true,
      sourceKind: true,
      rawSource: true,
      url: true,
      finalUrl: true,
      canonicalUrl: true,
      fetchedAt: true,
      createdAt: true,
      storyId: true,
      outletId: true,
    },
  });
}

/** Another article of this outlet row with this text (the unique index a changed text must not break), if any. */
export async function findOutletArticleByContentHash(contentHash: string, outletId: string, notId: string) {
  return (await db()).article.findFirst({ where: { contentHash, outletId, NOT: { id: notId } }, select: { id: true, title: true } });
}

/** The article stored under this canonical address, if any. */
export async function findArticleByCanonicalUrl(canonicalUrl: string) {
  return (await db()).article.findUnique({ where: { canonicalUrl }, select: { id: true, title: true } });
}

/** Whether an article exists, without loading its text. */
export async function articleExists(id: string): Promise<boolean> {
  return (await (await db()).article.count({ where: { id } })) > 0;
}

/** What names each article beside another (lib/compare/source-labels.ts): its outlet, title and day, without its text. */
export async function getArticleNames(ids: readonly string[]): Promise<Map<string, { outlet: string; title: string; publishedAt: string | null }>> {
  const rows = await (await db()).article.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true } } } });
  return new Map(rows.map((row) => [row.id, { outlet: row.outlet.name, title: row.title, publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null }]));
}

/** The few columns a use case needs to decide what to do with an article, without its text. */
export async function getArticleHeader(id: string) {
  return (await db()).article.findUnique({ where: { id }, select: { id: true, title: true, contentHash: true, storyId: true } });
}
