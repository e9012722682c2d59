/**
 * The links of URL ingest batches and their live state. Each link is worked
 * on by one queue job (lib/db/jobs.ts); the link holds what the analyst sees
 * (stage, result, reason), the job holds who works on it and for how long.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "./client";
import { newJobRow, type NewJob } from "./jobs";

/**
 * "repeated": the batch gives the link on an earlier line; it is fetched once, there, and this row says so.
 * "changed": the link's article is stored, but its page now reads otherwise (updated at the same address); the
 * stored version is kept and the row's note says what changed and how to take the new one (Fetch again).
 */
export type IngestState = "queued" | "fetching" | "extracting" | "done" | "duplicate" | "changed" | "failed" | "repeated";
export const FINAL_INGEST_STATES: readonly IngestState[] = ["done", "duplicate", "changed", "failed", "repeated"];

/** A link to fetch (with its job), or one the batch repeats (`repeats`: which line it repeats, shown on its row; no job). */
export type NewIngestLink = { url: string; job: Omit<NewJob, "payload"> } | { url: string; repeats: string };

/** The list a batch is part of, and where in it the batch's first link stands (a batch alone: its own list, from 0). */
export interface BatchInList {
  listId: string;
  firstPosition: number;
}

/**
 * Stores a batch's links and their jobs in one transaction: a crash can never
 * leave a link without the job that will finish it. The story is kept on every
 * link so a link retried later is filed where its batch was; who sent the
 * batch, so the article a link adds is logged under their name; the list the
 * batch is part of, each link's position counted along the whole list.
 */
export async function createIngestBatch(batchId: string, links: NewIngestLink[], storyId: string | null, requestedBy: string | null = null, list: BatchInList = { listId: batchId, firstPosition: 0 }) {
  const client = await db();
  const rows = links.map((link, index) => {
    const id = randomUUID();
    const base = { id, batchId, listId: list.listId, position: list.firstPosition + index, url: link.url, storyId, requestedBy };
    if ("repeats" in link) return { link: { ...base, state: "repeated", error: link.repeats, jobId: null }, job: null };
    const job = newJobRow({ ...link.job, payload: { linkId: id } });
    return { link: { ...base, jobId: job.id! }, job };
  });
  await client.$transaction([client.ingestLink.createMany({ data: rows.map((r) => r.link) }), client.job.createMany({ data: rows.flatMap((r) => (r.job ? [r.job] : [])) })]);
  return rows.map((r) => r.link);
}

/**
 * The links of these batches in the order they were given: batches by when they were queued,
 * and the batches of one list queued in the same millisecond by their place in the list.
 */
export async function listIngestLinks(batchIds: string[]) {
  return (await db()).ingestLink.findMany({ where: { batchId: { in: batchIds } }, orderBy: [{ createdAt: "asc" }, { listId: "asc" }, { position: "asc" }] });
}

export async function getIngestLink(id: string) {
  return (await db()).ingestLink.findUnique({ where: { id } });
}

/** Moves an unfinished link to its next stage; a link already finished is left as it is (a late or repeated worker). */
export async function setIngestLinkStage(id: string, state: "fetching" | "extracting", options: { attempt?: boolean } = {}) {
  await (await db()).ingestLink.updateMany({
    where: { id, state: { notIn: [...FINAL_INGEST_STATES] } },
    data: { state, ...(options.attempt ? { attempts: { increment: 1 } } : {}) },
  });
}

/** Records a link's outcome once; false when it already had one. */
export async function finishIngestLink(
  id: string,
  outcome: { state: "done" | "duplicate"; articleId: string } | { state: "changed"; articleId: string; note: string } | { state: "failed"; error: string; errorCode: string },
): Promise<boolean> {
  const data =
    outcome.state === "failed"
      ? { state: outcome.state, error: outcome.error, errorCode: outcome.errorCode, articleId: null }
      : { state: outcome.state, articleId: outcome.articleId, error: outcome.state === "changed" ? outcome.note : null, errorCode: null };
  const { count } = await (await db()).ingestLink.updateMany({ where: { id, state: { notIn: [...FINAL_INGEST_STATES] } }, data });
  return count === 1;
}

/**
 * Puts a failed link and its job back in the queue together; false when the
 * link is not (or no longer) failed, so a double click starts one run.
 */
export async function requeueFailedIngestLink(id: string): Promise<boolean> {
  const client = await db();
  return client.$transaction(async (tx) => {
    const { count } = await tx.ingestLink.updateMany({ where: { id, state: "failed" }, data: { state: "queued", error: null, errorCode: null } });
    if (count !== 1) return false;
    const link = await tx.ingestLink.findUniqueOrThrow({ where: { id }, select: { jobId: true, url: true } });
    if (link.jobId) {
      await tx.job.updateMany({ where: { id: link.jobId }, data: { state: "queued", attempts: 0, error: null, runAfter: new Date(), finishedAt: null, leaseOwner: null, leaseExpiresAt: null } });
    } else {
      // A link stored before the queue existed: give it a job now.
      const job = newJobRow({ kind: "ingest-link", payload: { linkId: id }, concurrencyKey: hostKey(link.url) });
      await tx.job.create({ data: job });
      await tx.ingestLink.update({ where: { id }, data: { jobId: job.id } });
    }
    return true;
  });
}

/** The concurrency key of a link: its host, so one site is never fetched by many workers at once. */
export function hostKey(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
