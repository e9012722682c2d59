/** The links of URL ingest batches and their live state (reads and writes of one small table). */
import "server-only";
import { db } from "./client";

export type IngestState = "queued" | "fetching" | "extracting" | "done" | "duplicate" | "failed";

/** The story is kept on every link so a link retried later is filed where its batch was. */
export async function createIngestLinks(batchId: string, urls: string[], storyId: string | null = null) {
  const client = await db();
  await client.ingestLink.createMany({ data: urls.map((url, position) => ({ batchId, position, url, storyId })) });
  return listIngestLinks(batchId);
}

export async function listIngestLinks(batchId: string) {
  return (await db()).ingestLink.findMany({ where: { batchId }, orderBy: { position: "asc" } });
}

export async function getIngestLink(id: string) {
  return (await db()).ingestLink.findUnique({ where: { id } });
}

export async function updateIngestLink(
  id: string,
  fields: { state: IngestState; error?: string | null; errorCode?: string | null; articleId?: string | null; attempt?: boolean },
) {
  const { attempt, ...rest } = fields;
  await (await db()).ingestLink.update({ where: { id }, data: { ...rest, ...(attempt ? { attempts: { increment: 1 } } : {}) } });
}

/** Puts a failed link back in the queue; false when it is not (or no longer) failed. */
export async function requeueFailedIngestLink(id: string): Promise<boolean> {
  const { count } = await (await db()).ingestLink.updateMany({ where: { id, state: "failed" }, data: { state: "queued", error: null, errorCode: null } });
  return count === 1;
}
