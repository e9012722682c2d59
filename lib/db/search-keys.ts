/**
 * Fills the search keys (Article.titleKey, Story.titleKey, Outlet.nameKey)
 * that rows written before the keys existed lack. The migration that added
 * them filled every plain-ASCII title and name in SQL; a title with any other
 * character needs lib/text/search-key.ts, which SQL cannot run, so it is
 * filled here, a batch per transaction. Every write since sets its key.
 */
import "server-only";
import { searchKey } from "../text/search-key";
import { db } from "./client";
import { retryWhenBusy } from "./retry-busy";

const BATCH = 500;

/** Fills every missing key; returns how many rows it filled (0 once done). */
export async function fillMissingSearchKeys(): Promise<number> {
  const client = await db();
  let filled = 0;
  for (;;) {
    // Ids first: SQLite answers that from the covering index (createdAt, id, titleKey, outletId)
    // instead of reading article rows, whose text lies before the key on disk.
    const unkeyed = await client.article.findMany({ where: { titleKey: null }, select: { id: true }, take: BATCH });
    const [articles, stories, outlets] = await Promise.all([
      unkeyed.length === 0 ? [] : client.article.findMany({ where: { id: { in: unkeyed.map((a) => a.id) } }, select: { id: true, title: true } }),
      client.story.findMany({ where: { titleKey: null }, select: { id: true, title: true }, take: BATCH }),
      client.outlet.findMany({ where: { nameKey: null }, select: { id: true, name: true }, take: BATCH }),
    ]);
    const count = articles.length + stories.length + outlets.length;
    if (count === 0) return filled;
    await retryWhenBusy(() =>
      client.$transaction([
        ...articles.map((a) => client.article.update({ where: { id: a.id }, data: { titleKey: searchKey(a.title) } })),
        ...stories.map((s) => client.story.update({ where: { id: s.id }, data: { titleKey: searchKey(s.title) } })),
        ...outlets.map((o) => client.outlet.update({ where: { id: o.id }, data: { nameKey: searchKey(o.name) } })),
      ]),
    );
    filled += count;
  }
}
