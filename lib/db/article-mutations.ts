/** Writes of articles. Every write is one transaction: nothing is ever half-stored, the index entry included. */
import "server-only";
import { articleIndexEntry, type ArticleIndexEntry } from "../corpus/article-index-entry";
import { storedBlocks } from "../corpus/stored-blocks";
import { Prisma } from "../../generated/prisma/client";
import { db } from "./client";
import { removeIndexEntries, writeIndexEntries } from "./corpus-index-mutations";
import { newId } from "./new-id";
import { retryWhenBusy } from "./retry-busy";
import { deletePairReviewsOf, rekeyStoryReviews, type StoryReviewRekey } from "./reviews";
import { findOrCreateOutlet, storedDomain, type OutletInput } from "./outlets";
import { findOrCreateOutlets, outletKey } from "./outlet-batches";
import { chunkRows, inList, valuesList } from "./sql-batches";
import { searchKey } from "../text/search-key";

export interface NewArticle {
  outlet: OutletInput;
  storyId?: string | null;
  title: string;
  byline?: string | null;
  publishedAt?: Date | null;
  url?: string | null;
  canonicalUrl?: string | null;
  canonicalClaim?: string | null;
  lang?: string | null;
  text: string;
  blockRoles: string[];
  wordCount: number;
  contentHash: string;
  sourceKind: "text" | "html";
  rawSource: Uint8Array;
  finalUrl?: string | null;
  fetchedAt?: Date | null;
  /**
   * The article's corpus-index entry, when the caller computed it already (an
   * extraction worker can, off the request thread); otherwise it is computed here.
   */
  index?: ArticleIndexEntry;
}

export type SaveArticleResult =
  | { status: "created"; articleId: string; copyOf?: { articleId: string; outlet: string } }
  | { status: "duplicate"; articleId: string; reason: "same-content" | "same-url" };

type Client = Prisma.TransactionClient;

/** Long batches on a busy 2-core machine must not hit Prisma's 5 s default. */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 120_000 } as const;

function indexEntryOf(input: Pick<NewArticle, "title" | "text" | "blockRoles" | "publishedAt" | "index">): ArticleIndexEntry {
  return (
    input.index ??
    articleIndexEntry({ title: input.title, text: input.text, blocks: storedBlocks(input.text, JSON.stringify(input.blockRoles)), publishedAt: input.publishedAt ?? null })
  );
}

/**
 * Stores an article unless the same content (hash) under the same outlet
 * (samePublisher: however it came in), or the same canonical URL, is already there. The same text under another
 * outlet is a syndicated copy (a reprinted wire story): it is stored, and
 * reported as a copy of the first article with that text. The unique indexes
 * (content + outlet, canonical URL) are the real guard: two concurrent saves
 * of one article race to them, and the loser reports the duplicate.
 */
export async function saveArticle(input: NewArticle): Promise<SaveArticleResult> {
  const [result] = await saveArticles([input]);
  return result!;
}

/**
 * Stores many articles in one transaction (one statement per table and chunk,
 * not five queries per article), each with its index entry. Duplicates — of
 * stored articles or within the batch — are reported, not stored; syndicated
 * copies are stored and name their original. If another writer stores one of
 * them meanwhile, the batch falls back to one transaction per article, so one
 * clash never sinks the rest. Results follow input order.
 */
export async function saveArticles(inputs: readonly NewArticle[]): Promise<SaveArticleResult[]> {
  if (inputs.length === 0) return [];
  // Entries are computed before the transaction opens: the write lock is held for writing only.
  const entries = inputs.map((input) => indexEntryOf(input));
  try {
    // Reads first (duplicates, outlets), then writes: a stale snapshot after another process's commit is run again.
    const client = await db();
    return await retryWhenBusy(() => client.$transaction((tx) => insertArticles(tx, inputs, entries), TRANSACTION_OPTIONS));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (inputs.length === 1) {
      // Lost a race to a unique index: report what won it.
      const raced = await retryWhenBusy(async () =>
        (await db()).$transaction(async (tx) => {
          const outletId = (await findOrCreateOutlet(tx, inputs[0]!.outlet)).id;
          return (await findDuplicates(tx, inputs, [outletId]))[0];
        }),
      );
      if (raced?.status !== "duplicate") throw error;
      return [raced];
    }
    // Someone stored one of these meanwhile: save them one by one, each reporting its own duplicate.
    const results: SaveArticleResult[] = [];
    for (const [k, input] of inputs.entries()) results.push(await saveArticle({ ...input, index: entries[k] }));
    return results;
  }
}

/** A unique index refused the row: P2002 from Prisma's own queries, P2010 with the database's code from raw SQL. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const code = String((error.meta as { code?: unknown } | undefined)?.code ?? "");
  // SQLite reports 2067 (SQLITE_CONSTRAINT_UNIQUE), PostgreSQL 23505.
  return error.code === "P2010" && (code === "2067" || code === "1555" || code === "23505" || /UNIQUE constraint failed/.test(error.message));
}

/** Prisma's own text form of a DateTime in SQLite, so rows written here read back like any other. */
function sqlDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().replace("Z", "+00:00") : null;
}

type Duplicate = Extract<SaveArticleResult, { status: "duplicate" }>;
/** A repeat of an earlier input of the same batch, resolved once that one is stored. */
type Repeat = { status: "repeat"; of: number; reason: Duplicate["reason"] };

/**
 * Who published an article, as the duplicate check sees it. The same text is
 * "already stored" when it is under the same outlet however it came in: a
 * link files it under the page's site name on the fetched domain, a paste or
 * an uploaded file under the typed (or the file's own) name with no domain,
 * so the outlet rows differ while the outlet does not.
 */
interface Publisher {
  outletId: string;
  nameKey: string;
  domain: string | null;
}

/**
 * The same outlet: the same row; or the same registered domain (one site
 * publishing one text is one article, whatever name was typed for it); or the
 * same name (case and accents aside) where at least one side has no domain
 * (pasted or uploaded). The same name on two different domains is two outlets
 * (there are many "Daily Courier"s), so a wire story each reprints is a copy.
 */
export function samePublisher(a: Publisher, b: Publisher): boolean {
  if (a.outletId === b.outletId) return true;
  if (a.domain && b.domain) return a.domain === b.domain;
  return a.nameKey === b.nameKey;
}

function publisherOf(input: NewArticle, outletId: string): Publisher {
  return { outletId, nameKey: searchKey(input.outlet.name.trim()), domain: storedDomain(input.outlet) };
}

/**
 * For each input: the stored article it duplicates (the first stored, so every
 * way in points to the same one), an earlier input it repeats, or undefined
 * (new). Reads every article with the text, whatever its outlet: a text is
 * stored under a handful of outlets at most. Safe against a concurrent writer
 * because SQLite runs one write transaction at a time and refuses to upgrade
 * a read snapshot that another commit made stale (retryWhenBusy runs it again).
 */
async function findDuplicates(tx: Client, inputs: readonly NewArticle[], outletIds: readonly string[]): Promise<Array<Duplicate | Repeat | undefined>> {
  const hashes = [...new Set(inputs.map((input) => input.contentHash))];
  const urls = [...new Set(inputs.map((input) => input.canonicalUrl).filter((url): url is string => Boolean(url)))];
  const byHash = await tx.article.findMany({
    where: { contentHash: { in: hashes } },
    select: { id: true, contentHash: true, outletId: true, outlet: { select: { name: true, domain: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byUrl = urls.length ? await tx.article.findMany({ where: { canonicalUrl: { in: urls } }, select: { id: true, canonicalUrl: true } }) : [];
  const stored = new Map<string, Array<{ id: string; publisher: Publisher }>>();
  for (const row of byHash) {
    const publisher = { outletId: row.outletId, nameKey: searchKey(row.outlet.name.trim()), domain: row.outlet.domain };
    stored.set(row.contentHash, [...(stored.get(row.contentHash) ?? []), { id: row.id, publisher }]);
  }
  const storedUrl = new Map(byUrl.map((row) => [row.canonicalUrl!, row.id]));
  const earlierWithContent = new Map<string, Array<{ i: number; publisher: Publisher }>>();
  const firstWithUrl = new Map<string, number>();
  return inputs.map((input, i): Duplicate | Repeat | undefined => {
    const publisher = publisherOf(input, outletIds[i]!);
    const sameContent = stored.get(input.contentHash)?.find((row) => samePublisher(row.publisher, publisher));
    if (sameContent) return { status: "duplicate", articleId: sameContent.id, reason: "same-content" };
    const sameUrl = input.canonicalUrl ? storedUrl.get(input.canonicalUrl) : undefined;
    if (sameUrl) return { status: "duplicate", articleId: sameUrl, reason: "same-url" };
    const earlier = earlierWithContent.get(input.contentHash) ?? [];
    const earlierContent = earlier.find((e) => samePublisher(e.publisher, publisher));
    if (earlierContent !== undefined) return { status: "repeat", of: earlierContent.i, reason: "same-content" };
    const earlierUrl = input.canonicalUrl ? firstWithUrl.get(input.canonicalUrl) : undefined;
    if (earlierUrl !== undefined) return { status: "repeat", of: earlierUrl, reason: "same-url" };
    earlierWithContent.set(input.contentHash, [...earlier, { i, publisher }]);
    if (input.canonicalUrl) firstWithUrl.set(input.canonicalUrl, i);
    return undefined;
  });
}

/** The first stored article with each text: the one later copies are copies of. */
async function findOriginals(tx: Client, hashes: readonly string[]): Promise<Map<string, { articleId: string; outlet: string }>> {
  const originals = new Map<string, { articleId: string; outlet: string }>();
  for (const chunk of chunkRows([...new Set(hashes)], 1)) {
    const rows = await tx.$queryRaw<Array<{ contentHash: string; id: string; outlet: string }>>`
      SELECT a."contentHash" AS "contentHash", a."id" AS "id", o."name" AS "outlet"
      FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId"
      WHERE a."contentHash" IN (${inList(chunk)})
      ORDER BY a."createdAt", a."id"`;
    for (const row of rows) if (!originals.has(row.contentHash)) originals.set(row.contentHash, { articleId: row.id, outlet: row.outlet });
  }
  return originals;
}

/**
 * One transaction: outlets, duplicates, articles (one multi-row INSERT, no
 * ORM round per row), their index entries.
 */
async function insertArticles(tx: Client, inputs: readonly NewArticle[], entries: readonly ArticleIndexEntry[]): Promise<SaveArticleResult[]> {
  const outletByKey = await findOrCreateOutlets(tx, inputs.map((input) => input.outlet));
  const outlets = inputs.map((input) => outletByKey.get(outletKey(input.outlet))!);
  const found = await findDuplicates(tx, inputs, outlets.map((o) => o.id));
  const fresh = inputs.map((input, i) => ({ input, i })).filter(({ i }) => found[i] === undefined);
  const originals = await findOriginals(tx, fresh.map(({ input }) => input.contentHash));
  const results: Array<SaveArticleResult | undefined> = found.map((f) => (f?.status === "duplicate" ? f : undefined));

  const now = sqlDate(new Date());
  const rows = fresh.map(({ input, i }) => {
    const id = newId();
    const original = originals.get(input.contentHash);
    // Later inputs of this batch with the same text are copies of this one.
    if (!original) originals.set(input.contentHash, { articleId: id, outlet: outlets[i]!.name });
    results[i] = original ? { status: "created", articleId: id, copyOf: original } : { status: "created", articleId: id };
    return [
      id,
      outlets[i]!.id,
      input.storyId ?? null,
      input.title,
      searchKey(input.title),
      input.byline ?? null,
      sqlDate(input.publishedAt),
      input.url ?? null,
      input.canonicalUrl ?? null,
      input.canonicalClaim ?? null,
      input.lang ?? null,
      input.text,
      JSON.stringify(input.blockRoles),
      input.wordCount,
      input.contentHash,
      input.sourceKind,
      Buffer.from(input.rawSource),
      input.finalUrl ?? null,
      sqlDate(input.fetchedAt),
      now,
      now,
    ];
  });
  for (const chunk of chunkRows(rows, 20)) {
    await tx.$executeRaw`
      INSERT INTO "Article" ("id", "outletId", "storyId", "title", "titleKey", "byline", "publishedAt", "url", "canonicalUrl", "canonicalClaim", "lang", "text", "blockRoles",
                             "wordCount", "contentHash", "sourceKind", "rawSource", "finalUrl", "fetchedAt", "createdAt", "updatedAt")
      VALUES ${valuesList(chunk)}`;
  }
  await writeIndexEntries(
    tx,
    fresh.map(({ input, i }) => ({ articleId: results[i]!.articleId, contentHash: input.contentHash, entry: entries[i]! })),
  );
  return found.map((f, i) => {
    if (f?.status !== "repeat") return results[i]!;
    return { status: "duplicate", articleId: results[f.of]!.articleId, reason: f.reason };
  });
}

/**
 * Files the article under a story (null: under none). Reviews of the story it
 * leaves are carried over to their findings' keys without it (`rekey`, see
 * rekeyStoryReviews), in the same transaction.
 */
export async function setArticleStory(articleId: string, storyId: string | null, rekey?: StoryReviewRekey) {
  const client = await db();
  await retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id: articleId }, select: { storyId: true, contentHash: true } });
      await tx.article.update({ where: { id: articleId }, data: { storyId } });
      if (rekey && before?.storyId && before.storyId !== storyId) await rekeyLeftStory(tx, articleId, before.storyId, before.contentHash, rekey);
      // The story list is ordered by last change.
      if (storyId) await tx.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } });
    }, TRANSACTION_OPTIONS),
  );
}

/** Carries the left story's reviews over; a copy of the article still in the story stands for its group from now on. */
export async function rekeyLeftStory(tx: Prisma.TransactionClient, articleId: string, storyId: string, contentHash: string, rekey: StoryReviewRekey): Promise<number> {
  const copies = await tx.article.findMany({ where: { storyId, contentHash, NOT: { id: articleId } }, select: { id: true } });
  const standIn = copies.map((c) => c.id).sort()[0] ?? null;
  return rekeyStoryReviews(tx, storyId, articleId, standIn, rekey);
}
/**
 * Files a stored article under a story unless it is in one already (a
 * conditional update, so two requests filing it at once cannot both move
 * it); returns whether it was filed and the story it is in now.
 */
export async function fileArticleIfUnfiled(articleId: string, storyId: string): Promise<{ filed: boolean; story: { id: string; title: string } | null }> {
  const client = await db();
  return client.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id: articleId, storyId: null }, data: { storyId } });
    // The story list is ordered by last change.
    if (count > 0) await tx.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } });
    const row = await tx.article.findUnique({ where: { id: articleId }, select: { story: { select: { id: true, title: true } } } });
    return { filed: count > 0, story: row?.story ?? null };
  }, TRANSACTION_OPTIONS);
}

/**
 * Deletes an article and its index entry; returns its title and outlet (for
 * the activity log). The reviews of its comparisons go with it (no view can
 * show them again); its story's reviews are carried over to their findings'
 * keys without it (`rekey`), and those of findings that only it left out go.
 */
export async function deleteArticle(articleId: string, rekey?: StoryReviewRekey): Promise<{ title: string; outlet: string }> {
  // Reads the index entry before it writes: retried on a stale snapshot like the store.
  const client = await db();
  return retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      await removeIndexEntries(tx, [articleId]);
      const gone = await tx.article.delete({ where: { id: articleId }, select: { title: true, storyId: true, contentHash: true, outlet: { select: { name: true } } } });
      await deletePairReviewsOf(tx, articleId);
      if (rekey && gone.storyId) await rekeyLeftStory(tx, articleId, gone.storyId, gone.contentHash, rekey);
      return { title: gone.title, outlet: gone.outlet.name };
    }, TRANSACTION_OPTIONS),
  );
}

/**
 * Replaces the extracted fields after a re-extraction from the kept raw page, and the article's index entry with
 * them; after a fetch again, the kept page (`rawSource`, `finalUrl`, `fetchedAt`) too, so a later re-extraction
 * reads the page the text came from. When the text or title stored differs from the one before, `textChangedAt`
 * is set to now: reviews saved before it are shown as made on the earlier text (lib/report/reviewed-before-change.ts).
 * A replacement that stores the same text and title (only the kept page is new) leaves it as it was.
 */
export async function updateArticleExtraction(
  articleId: string,
  fields: Pick<NewArticle, "title" | "text" | "blockRoles" | "wordCount" | "contentHash"> &
    Partial<Pick<NewArticle, "byline" | "publishedAt" | "lang" | "canonicalUrl" | "rawSource" | "finalUrl" | "fetchedAt">>,
) {
  const { blockRoles, rawSource, ...rest } = fields;
  await (await db()).$transaction(async (tx) => {
    // Read in the same transaction as the write: what the text was just before this replacement, exactly.
    const before = await tx.article.findUnique({ where: { id: articleId }, select: { text: true, title: true } });
    const textChanged = before !== null && (before.text !== rest.text || before.title !== rest.title);
    const updated = await tx.article.update({
      where: { id: articleId },
      data: {
        ...rest,
        ...(rawSource ? { rawSource: new Uint8Array(rawSource) } : {}),
        ...(textChanged ? { textChangedAt: new Date() } : {}),
        titleKey: searchKey(rest.title),
        blockRoles: JSON.stringify(blockRoles),
      },
      select: { publishedAt: true },
    });
    await removeIndexEntries(tx, [articleId]);
    const entry = indexEntryOf({ ...fields, publishedAt: updated.publishedAt });
    await writeIndexEntries(tx, [{ articleId, contentHash: fields.contentHash, entry }]);
  }, TRANSACTION_OPTIONS);
}

/**
 * (Re)computes the index entries of stored articles: those stored before the
 * index existed, or under an older version of its rules. One transaction per call.
 */
export async function reindexArticles(articleIds: readonly string[]): Promise<number> {
  if (articleIds.length === 0) return 0;
  const client = await db();
  const rows = await client.article.findMany({
    where: { id: { in: [...articleIds] } },
    select: { id: true, title: true, text: true, blockRoles: true, publishedAt: true, contentHash: true },
  });
  const inputs = rows.map((row) => ({
    articleId: row.id,
    contentHash: row.contentHash,
    entry: articleIndexEntry({ title: row.title, text: row.text, blocks: storedBlocks(row.text, row.blockRoles), publishedAt: row.publishedAt }),
  }));
  await retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      await removeIndexEntries(tx, inputs.map((i) => i.articleId));
      await writeIndexEntries(tx, inputs);
    }, TRANSACTION_OPTIONS),
  );
  return inputs.length;
}
