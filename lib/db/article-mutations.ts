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
  | { status: "created"; articleId: string }
  | { status: "duplicate"; articleId: string; reason: "same-content" | "same-url" };

/**
 * Stores an article unless the same content (hash) or the same canonical URL
 * is already there. The unique indexes are the real guard: two concurrent
 * saves of one article race to the index, and the loser reports the duplicate.
 */
export async function saveArticle(input: NewArticle): Promise<SaveArticleResult> {
  const client = await db();
  const duplicate = await findDuplicate(input);
  if (duplicate) return duplicate;
  try {
    const created = await client.$transaction(async (tx) => {
      const { outlet: outletInput, blockRoles, rawSource, ...fields } = input;
      const outlet = await findOrCreateOutlet(tx, outletInput);
      return tx.article.create({
        data: { ...fields, outletId: outlet.id, blockRoles: JSON.stringify(blockRoles), rawSource: Buffer.from(rawSource) },
        select: { id: true },
      });
    });
    return { status: "created", articleId: created.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findDuplicate(input);
      if (raced) return raced;
    }
    throw error;
  }
}

async function findDuplicate(input: NewArticle): Promise<SaveArticleResult | null> {
  const client = await db();
  const sameContent = await client.article.findUnique({ where: { contentHash: input.contentHash }, select: { id: true } });
  if (sameContent) return { status: "duplicate", articleId: sameContent.id, reason: "same-content" };
  if (input.canonicalUrl) {
    const sameUrl = await client.article.findUnique({ where: { canonicalUrl: input.canonicalUrl }, select: { id: true } });
    if (sameUrl) return { status: "duplicate", articleId: sameUrl.id, reason: "same-url" };
  }
  return null;
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
