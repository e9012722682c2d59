/**
 * The outcome of a link that led to a stored article, settled in the order
 * the analyst listed the links. A list's links are fetched in parallel, so two
 * links to one article (the same page under two addresses) store it in
 * whichever order their fetches end; the analyst reads the list top-down and
 * expects the link listed first to be the one that added it and the later
 * ones to be reported as its duplicates. So the article a list added is
 * "done" on the first of its links that has finished, whichever stored it,
 * and "duplicate" on the others, however their runs interleave. A list
 * longer than a batch (`lacuna ingest` with more than 50 links) is queued in
 * several batches: the order is the list's, across them (`listId`, and
 * positions counted along the list), not each batch's on its own.
 */
import "server-only";
import { db } from "./client";
import { FINAL_INGEST_STATES } from "./ingest-links";
import { retryWhenBusy } from "./retry-busy";

/**
 * Records that link `id` led to `articleId` (`added`: this link's run stored
 * it; otherwise it was stored already). Returns false when the link already
 * had an outcome (a late or repeated worker). One transaction, read then
 * written, so the last of the article's links to finish sees all the others.
 */
export async function finishLinkToArticle(id: string, outcome: { articleId: string; added: boolean }): Promise<boolean> {
  const client = await db();
  return retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      const link = await tx.ingestLink.findUnique({ where: { id }, select: { listId: true, position: true, url: true, state: true } });
      if (!link || FINAL_INGEST_STATES.includes(link.state as (typeof FINAL_INGEST_STATES)[number])) return false;
      const finished = await tx.ingestLink.findMany({
        where: { listId: link.listId, articleId: outcome.articleId, state: { in: ["done", "duplicate"] }, NOT: { id } },
        select: { id: true, position: true, url: true, state: true },
      });
      // Added by this list (by this link, or by another that holds "done"); else it was stored before: a duplicate on every line.
      if (!outcome.added && !finished.some((l) => l.state === "done")) {
        await tx.ingestLink.update({ where: { id }, data: { state: "duplicate", articleId: outcome.articleId, error: null, errorCode: null } });
        return true;
      }
      const lines = [...finished, { id, position: link.position, url: link.url, state: link.state }];
      const first = lines.reduce((a, b) => (b.position < a.position ? b : a));
      await tx.ingestLink.update({ where: { id }, data: { state: first.id === id ? "done" : "duplicate", articleId: outcome.articleId, error: null, errorCode: null } });
      for (const l of finished) {
        const state = l.id === first.id ? "done" : "duplicate";
        if (l.state !== state) await tx.ingestLink.update({ where: { id: l.id }, data: { state } });
      }
      // Stored from a later line: the address the article keeps as given becomes the one listed first,
      // only while it holds another of these lines' addresses (an analyst's correction of it stays).
      const others = lines.filter((l) => l.url !== first.url).map((l) => l.url);
      if (others.length > 0) await tx.article.updateMany({ where: { id: outcome.articleId, url: { in: others } }, data: { url: first.url } });
      return true;
    }),
  );
}
