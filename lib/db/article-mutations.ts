/** Writes of articles. Every write is one transaction: nothing is ever half-stored, the index entry included. */
import "server-only";
import { articleIndexEntry, type ArticleIndexEntry } from "../corpus/article-index-entry";
import { storedBlocks } from "../corpus/stored-blocks";
import { Prisma } from "../../generated/prisma/client";
import { db } from "./client";
import { removeIndexEntries, writeIndexEntries } from "./corpus-index-mutations";
import { newId } from "./new-id";
import { findOrCreateOutlet, type OutletInput } from "./outlets";
import { chunkRows, valuesList } from "./sql-batches";

export interface NewArticle {
  outlet: OutletInput;
  storyId?: string | null;
  title: string;
  byline?: string | null;
  publishedAt?: Date | null;
  url?: string | null;
  canonicalUrl?: string | null;
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
  | { status: "created"; articleId: string }
  | { status: "duplicate"; articleId: string; reason: "same-content" | "same-url" };

/** Long batches on a busy 2-core machine must not hit Prisma's 5 s default. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 120_000 } as const;

function indexEntryOf(input: Pick<NewArticle, "title" | "text" | "blockRoles" | "publishedAt" | "index">): ArticleIndexEntry {
  return (
    input.index ??
    articleIndexEntry({ title: input.title, text: input.text, blocks: storedBlocks(input.text, JSON.stringify(input.blockRoles)), publishedAt: input.publishedAt ?? null })
  );
}

/**
 * Stores an article unless the same content (hash) or the same canonical URL
 * is already there. The unique indexes are the real guard: two concurrent
 * saves of one article race to the index, and the loser reports the duplicate.
 */
export async function saveArticle(input: NewArticle): Promise<SaveArticleResult> {
  const [result] = await saveArticles([input]);
  return result!;
}

/**
 * Stores many articles in one transaction (one statement per table and chunk,
 * not five queries per article), each with its index entry. Duplicates — of
 * stored articles or within the batch — are reported, not stored. If another
 * writer stores one of them meanwhile, the batch falls back to one transaction
 * per article, so one clash never sinks the rest. Results follow input order.
 */
export async function saveArticles(inputs: readonly NewArticle[]): Promise<SaveArticleResult[]> {
  if (inputs.length === 0) return [];
  const found = await findDuplicates(inputs);
  const results: Array<SaveArticleResult | undefined> = found.map((f) => (f?.status === "duplicate" ? f : undefined));
  const fresh = inputs.map((input, i) => ({ input, i })).filter(({ i }) => found[i] === undefined);
  if (fresh.length > 0) {
    // Entries are computed before the transaction opens: the write lock is held for writing only.
    const entries = fresh.map(({ input }) => indexEntryOf(input));
    try {
      const ids = await insertArticles(fresh.map(({ input }) => input), entries);
      fresh.forEach(({ i }, k) => (results[i] = { status: "created", articleId: ids[k]! }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (fresh.length === 1) {
        // Lost a race to the unique index: report what won it.
        const [raced] = await findDuplicates([fresh[0]!.input]);
        if (raced?.status !== "duplicate") throw error;
        results[fresh[0]!.i] = raced;
      } else {
        // Someone stored one of these meanwhile: save them one by one, each reporting its own duplicate.
        for (const [k, { input, i }] of fresh.entries()) results[i] = await saveArticle({ ...input, index: entries[k] });
      }
    }
  }
  return found.map((f, i) => {
    if (f?.status !== "repeat") return results[i]!;
    const first = results[f.of]!;
    return { status: "duplicate", articleId: first.articleId, reason: f.reason };
  });
}

/** A unique index refused the row: P2002 from Prisma's own queries, P2010 with the database's code from raw SQL. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const code = String((error.meta as { code?: unknown } | undefined)?.code ?? "");
  // SQLite reports 2067 (SQLITE_CONSTRAINT_UNIQUE), PostgreSQL 23505.
  return error.code === "P2010" && (code === "2067" || code === "1555" || code === "23505" || /UNIQUE constraint failed/.test(error.message));
}

function outletKey(outlet: OutletInput): string {
  return JSON.stringify([outlet.name, outlet.domain?.toLowerCase().replace(/^www\./, "") || null, outlet.kind ?? "other"]);
}

/** Prisma's own text form of a DateTime in SQLite, so rows written here read back like any other. */
function sqlDate(date: Date | null | undefined): string | null {
  return date ? date.toISOString().replace("Z", "+00:00") : null;
}

/**
 * One transaction: outlets, articles (one multi-row INSERT, no ORM round per
 * row), their index entries. Returns the new ids in input order.
 */
async function insertArticles(inputs: readonly NewArticle[], entries: readonly ArticleIndexEntry[]): Promise<string[]> {
  return (await db()).$transaction(async (tx) => {
    const outletIds = new Map<string, string>();
    for (const input of inputs) {
      const key = outletKey(input.outlet);
      if (!outletIds.has(key)) outletIds.set(key, (await findOrCreateOutlet(tx, input.outlet)).id);
    }
    const now = sqlDate(new Date());
    const ids = inputs.map(() => newId());
    const rows = inputs.map((input, k) => [
      ids[k],
      outletIds.get(outletKey(input.outlet)),
      input.storyId ?? null,
      input.title,
      input.byline ?? null,
      sqlDate(input.publishedAt),
      input.url ?? null,
      input.canonicalUrl ?? null,
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
    ]);
    for (const chunk of chunkRows(rows, 19)) {
      await tx.$executeRaw`
        INSERT INTO "Article" ("id", "outletId", "storyId", "title", "byline", "publishedAt", "url", "canonicalUrl", "lang", "text", "blockRoles",
                               "wordCount", "contentHash", "sourceKind", "rawSource", "finalUrl", "fetchedAt", "createdAt", "updatedAt")
        VALUES ${valuesList(chunk)}`;
    }
    await writeIndexEntries(tx, inputs.map((input, k) => ({ articleId: ids[k]!, contentHash: input.contentHash, entry: entries[k]! })));
    return ids;
  }, TRANSACTION_OPTIONS);
}

type Duplicate = Extract<SaveArticleResult, { status: "duplicate" }>;
/** A repeat of an earlier input of the same batch, resolved once that one is stored. */
type Repeat = { status: "repeat"; of: number; reason: Duplicate["reason"] };

/** For each input: the stored article it duplicates, an earlier input it repeats, or undefined (new). */
async function findDuplicates(inputs: readonly NewArticle[]): Promise<Array<Duplicate | Repeat | undefined>> {
  const client = await db();
  const hashes = [...new Set(inputs.map((input) => input.contentHash))];
  const urls = [...new Set(inputs.map((input) => input.canonicalUrl).filter((url): url is string => Boolean(url)))];
  const [byHash, byUrl] = await Promise.all([
    client.article.findMany({ where: { contentHash: { in: hashes } }, select: { id: true, contentHash: true } }),
    urls.length ? client.article.findMany({ where: { canonicalUrl: { in: urls } }, select: { id: true, canonicalUrl: true } }) : [],
  ]);
  const storedHash = new Map(byHash.map((row) => [row.contentHash, row.id]));
  const storedUrl = new Map(byUrl.map((row) => [row.canonicalUrl!, row.id]));
  const firstWithHash = new Map<string, number>();
  const firstWithUrl = new Map<string, number>();
  return inputs.map((input, i): Duplicate | Repeat | undefined => {
    const sameContent = storedHash.get(input.contentHash);
    if (sameContent) return { status: "duplicate", articleId: sameContent, reason: "same-content" };
    const sameUrl = input.canonicalUrl ? storedUrl.get(input.canonicalUrl) : undefined;
    if (sameUrl) return { status: "duplicate", articleId: sameUrl, reason: "same-url" };
    const earlierContent = firstWithHash.get(input.contentHash);
    if (earlierContent !== undefined) return { status: "repeat", of: earlierContent, reason: "same-content" };
    const earlierUrl = input.canonicalUrl ? firstWithUrl.get(input.canonicalUrl) : undefined;
    if (earlierUrl !== undefined) return { status: "repeat", of: earlierUrl, reason: "same-url" };
    firstWithHash.set(input.contentHash, i);
    if (input.canonicalUrl) firstWithUrl.set(input.canonicalUrl, i);
    return undefined;
  });
}

export async function setArticleStory(articleId: string, storyId: string | null) {
  const client = await db();
  await client.$transaction([
    client.article.update({ where: { id: articleId }, data: { storyId } }),
    // The story list is ordered by last change.
    ...(storyId ? [client.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } })] : []),
  ]);
}

export async function deleteArticle(articleId: string) {
  await (await db()).$transaction(async (tx) => {
    await removeIndexEntries(tx, [articleId]);
    await tx.article.delete({ where: { id: articleId } });
  }, TRANSACTION_OPTIONS);
}

/** Replaces the extracted fields after a re-extraction from the kept raw page, and the article's index entry with them. */
export async function updateArticleExtraction(
  articleId: string,
  fields: Pick<NewArticle, "title" | "text" | "blockRoles" | "wordCount" | "contentHash"> &
    Partial<Pick<NewArticle, "byline" | "publishedAt" | "lang" | "canonicalUrl">>,
) {
  const { blockRoles, ...rest } = fields;
  await (await db()).$transaction(async (tx) => {
    const updated = await tx.article.update({ where: { id: articleId }, data: { ...rest, blockRoles: JSON.stringify(blockRoles) }, select: { publishedAt: true } });
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
  await client.$transaction(async (tx) => {
    await removeIndexEntries(tx, inputs.map((i) => i.articleId));
    await writeIndexEntries(tx, inputs);
  }, TRANSACTION_OPTIONS);
  return inputs.length;
}
