/** Writes of articles. Every write is one transaction: nothing is ever half-stored. */
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { db } from "./client";
import { findOrCreateOutlet, type OutletInput } from "./outlets";

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
}

export type SaveArticleResult =
  | { status: "created"; articleId: string; copyOf?: { articleId: string; outlet: string } }
  | { status: "duplicate"; articleId: string; reason: "same-content" | "same-url" };

type Client = Prisma.TransactionClient;

/**
 * Stores an article unless the same content (hash) under the same outlet, or
 * the same canonical URL, is already there. The same text under another
 * outlet is a syndicated copy (a reprinted wire story): it is stored, and
 * reported as a copy of the first article with that text. The unique indexes
 * (content + outlet, canonical URL) are the real guard: two concurrent saves
 * of one article race to them, and the loser reports the duplicate.
 */
export async function saveArticle(input: NewArticle): Promise<SaveArticleResult> {
  const client = await db();
  try {
    return await client.$transaction(async (tx) => {
      const { outlet: outletInput, blockRoles, rawSource, ...fields } = input;
      const outlet = await findOrCreateOutlet(tx, outletInput);
      const duplicate = await findDuplicate(tx, input, outlet.id);
      if (duplicate) return duplicate;
      const original = await findOriginal(tx, input.contentHash);
      const created = await tx.article.create({
        data: { ...fields, outletId: outlet.id, blockRoles: JSON.stringify(blockRoles), rawSource: Buffer.from(rawSource) },
        select: { id: true },
      });
      return original
        ? { status: "created" as const, articleId: created.id, copyOf: { articleId: original.id, outlet: original.outlet.name } }
        : { status: "created" as const, articleId: created.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await client.$transaction(async (tx) => findDuplicate(tx, input, (await findOrCreateOutlet(tx, input.outlet)).id));
      if (raced) return raced;
    }
    throw error;
  }
}

async function findDuplicate(tx: Client, input: NewArticle, outletId: string): Promise<SaveArticleResult | null> {
  const sameContent = await tx.article.findUnique({ where: { contentHash_outletId: { contentHash: input.contentHash, outletId } }, select: { id: true } });
  if (sameContent) return { status: "duplicate", articleId: sameContent.id, reason: "same-content" };
  if (input.canonicalUrl) {
    const sameUrl = await tx.article.findUnique({ where: { canonicalUrl: input.canonicalUrl }, select: { id: true } });
    if (sameUrl) return { status: "duplicate", articleId: sameUrl.id, reason: "same-url" };
  }
  return null;
}

/** The first stored article with this text: the one later copies are copies of. */
function findOriginal(tx: Client, contentHash: string) {
  return tx.article.findFirst({ where: { contentHash }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, outlet: { select: { name: true } } } });
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
  await (await db()).article.delete({ where: { id: articleId } });
}

/** Replaces the extracted fields after a re-extraction from the kept raw page. */
export async function updateArticleExtraction(
  articleId: string,
  fields: Pick<NewArticle, "title" | "text" | "blockRoles" | "wordCount" | "contentHash"> &
    Partial<Pick<NewArticle, "byline" | "publishedAt" | "lang" | "canonicalUrl">>,
) {
  const { blockRoles, ...rest } = fields;
  await (await db()).article.update({ where: { id: articleId }, data: { ...rest, blockRoles: JSON.stringify(blockRoles) } });
}
