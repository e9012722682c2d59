/**
 * The analyst's corrections of what an article is: its title, outlet,
 * publication date and byline, as extraction or the pasted form got them.
 * The outlet is found or created by name on the article's own domain (an
 * outlet is its name on its domain, lib/db/outlets.ts). The title and the
 * date feed the article's index entry (story suggestions), which is rebuilt
 * in the same transaction.
 */
import "server-only";
import { articleIndexEntry } from "../corpus/article-index-entry";
import { storedBlocks } from "../corpus/stored-blocks";
import { TRANSACTION_OPTIONS } from "./article-mutations";
import { db } from "./client";
import { removeIndexEntries, writeIndexEntries } from "./corpus-index-mutations";
import { findOrCreateOutlet, type OutletKind } from "./outlets";
import { retryWhenBusy } from "./retry-busy";
import { searchKey } from "../text/search-key";

export interface ArticleDetails {
  title: string;
  outletName: string;
  publishedAt: Date | null;
  byline: string | null;
}

export type ArticleDetailsUpdate =
  | { status: "updated"; outletId: string }
  | { status: "not_found" }
  /** The outlet named already has an article with this very text: the two would be one stored article. */
  | { status: "clash"; articleId: string };

export async function updateArticleDetails(articleId: string, details: ArticleDetails): Promise<ArticleDetailsUpdate> {
  const client = await db();
  // Reads before it writes: retried on a stale snapshot like every such transaction (retry-busy.ts).
  return retryWhenBusy(() =>
    client.$transaction(async (tx): Promise<ArticleDetailsUpdate> => {
      const row = await tx.article.findUnique({
        where: { id: articleId },
        select: { text: true, blockRoles: true, contentHash: true, outlet: { select: { domain: true, kind: true } } },
      });
      if (!row) return { status: "not_found" };
      // Checked before anything is written, so a refused change leaves no new outlet behind.
      const existing = await tx.outlet.findFirst({ where: { name: details.outletName, domain: row.outlet.domain }, select: { id: true } });
      if (existing) {
        const clash = await tx.article.findFirst({ where: { contentHash: row.contentHash, outletId: existing.id, NOT: { id: articleId } }, select: { id: true } });
        if (clash) return { status: "clash", articleId: clash.id };
      }
      const outlet = existing ?? (await findOrCreateOutlet(tx, { name: details.outletName, domain: row.outlet.domain, kind: row.outlet.kind as OutletKind }));
      await tx.article.update({
        where: { id: articleId },
        data: { title: details.title, titleKey: searchKey(details.title), outletId: outlet.id, publishedAt: details.publishedAt, byline: details.byline },
      });
      await removeIndexEntries(tx, [articleId]);
      const entry = articleIndexEntry({ title: details.title, text: row.text, blocks: storedBlocks(row.text, row.blockRoles), publishedAt: details.publishedAt });
      await writeIndexEntries(tx, [{ articleId, contentHash: row.contentHash, entry }]);
      return { status: "updated", outletId: outlet.id };
    }, TRANSACTION_OPTIONS),
  );
}
