/**
 * Use case: an analyst pastes links. Each link becomes a stored row whose
 * state the page (or the terminal) follows — queued → fetching → extracting →
 * done | duplicate | failed with a reason — and a job in the durable queue
 * (docs/jobs.md) that a worker runs: the server's, `lacuna worker`, or the
 * CLI's own while `lacuna ingest` waits. A link whose worker dies is taken up
 * again, so a batch always finishes; one slow or broken link never blocks or
 * sinks the others; a failure that may pass can be retried, one refused by
 * policy says why and offers no retry.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import {
  FINAL_INGEST_STATES,
  createIngestBatch,
  finishIngestLink,
  getIngestLink,
  hostKey,
  listIngestLinks,
  requeueFailedIngestLink,
  setIngestLinkStage,
  type BatchInList,
  type IngestState,
  type NewIngestLink,
} from "../db/ingest-links";
import { getArticleStories } from "../db/articles";
import { finishLinkToArticle } from "../db/ingest-link-outcomes";
import { addedFromLinkText, recordActivity } from "./activity";
import { getJobStates } from "../db/jobs";
import { describeFailure, isRetryable, timeoutFailure } from "../ingest/batch/link-failure";
import { parseUrlList, type RepeatedLink } from "../ingest/batch/parse-url-list";
import { fetchOptionsFromEnv } from "../ingest/fetch/fetch-options-from-env";
import { fetchPage } from "../ingest/fetch/fetch-page";
import type { JobConfig } from "../jobs/job-config";
import { JobHandedBack, type JobKind } from "../jobs/job-worker";
import { jobsQueued } from "../jobs/jobs-queued";
import { extractOffThread } from "./off-thread";
import { storeExtractedArticle } from "./store-extracted-article";
import { storedPageChangeNote } from "./stored-page-change";
import { requireStoryIfGiven } from "./story-filing";
import { UserError } from "./user-error";

/** Most links in one paste, and in one batch (queueIngestList splits a longer list into batches of this size). */
export const MAX_LINKS_PER_BATCH = 50;
export const INGEST_LINK_JOB = "ingest-link";
/** One link may take this long, fetch to stored; then it fails with a reason and frees its slot. */
const LINK_TIMEOUT_MS = 45_000;

export interface IngestLinkView {
  id: string;
  batchId: string;
  url: string;
  state: IngestState;
  error: string | null;
  errorCode: string | null;
  articleId: string | null;
  attempts: number;
  /** A failed link that another attempt could fix (not one refused by policy). */
  retryable: boolean;
  /** The story its article is in (added, or already stored), if any. */
  story: { id: string; title: string } | null;
}

/** Starts a batch from pasted text (at most MAX_LINKS_PER_BATCH links); returns at once, the queue does the work. */
export async function startIngestBatch(pasted: string, options: { storyId?: string | null; requestedBy?: string | null } = {}) {
  const { urls, repeated, rejected } = parseUrlList(pasted);
  if (urls.length === 0) {
    throw new UserError("invalid_input", rejected.length ? `No link Lacuna can fetch: ${rejected[0]?.input} — ${rejected[0]?.reason}` : "Paste at least one http:// or https:// link.");
  }
  if (urls.length > MAX_LINKS_PER_BATCH) {
    throw new UserError("invalid_input", `That is ${urls.length} links; paste at most ${MAX_LINKS_PER_BATCH} at a time.`);
  }
  const batchId = await queueIngestUrls(urls, options.storyId ?? null, { requestedBy: options.requestedBy ?? null, repeated });
  return { batchId, rejected, queued: urls.length, repeated: repeated.length };
}

/** What a repeated link's row says: the line it repeats, and that nothing is fetched twice. */
export function repeatedLinkNote(firstLine: number): string {
  return `Duplicate of line ${firstLine}: already in this batch, fetched once.`;
}

/**
 * Stores the links of one batch with their jobs (one transaction) and wakes
 * this process's worker. Links the paste repeated (`repeated`) get a row of
 * their own in their place, saying which line they repeat, and no job.
 * `list`: the longer list this batch is part of (queueIngestList); a batch
 * queued alone is its own list.
 */
export async function queueIngestUrls(
  urls: readonly string[],
  storyId: string | null,
  options: { requestedBy?: string | null; repeated?: readonly RepeatedLink[]; list?: BatchInList } = {},
): Promise<string> {
  await requireStoryIfGiven(storyId);
  const batchId = randomUUID();
  const repeated = options.repeated ?? [];
  const links: NewIngestLink[] = [];
  for (let i = 0; i <= urls.length; i++) {
    for (const r of repeated) if (r.after === i) links.push({ url: r.url, repeats: repeatedLinkNote(r.firstLine) });
    const url = urls[i];
    if (url !== undefined) links.push({ url, job: { kind: INGEST_LINK_JOB, concurrencyKey: hostKey(url), groupId: batchId } });
  }
  await createIngestBatch(batchId, links, storyId, options.requestedBy ?? null, options.list);
  jobsQueued();
  return batchId;
}

/**
 * Queues any number of links (`lacuna ingest`) in batches of
 * MAX_LINKS_PER_BATCH, returning the batch ids in list order. The batches
 * share one list id and count positions along the whole list, so the list's
 * order decides across batches too: of two lines that lead to one article,
 * the one given first is "done" and keeps its address, even when a later
 * batch's fetch stored the article first (ingest-link-outcomes.ts).
 */
export async function queueIngestList(urls: readonly string[], storyId: string | null, options: { requestedBy?: string | null } = {}): Promise<string[]> {
  const listId = randomUUID();
  const batchIds: string[] = [];
  for (let start = 0; start < urls.length; start += MAX_LINKS_PER_BATCH) {
    batchIds.push(await queueIngestUrls(urls.slice(start, start + MAX_LINKS_PER_BATCH), storyId, { requestedBy: options.requestedBy ?? null, list: { listId, firstPosition: start } }));
  }
  return batchIds;
}

/** The links of one or more batches as the analyst sees them. */
export async function getIngestLinks(batchIds: string[]): Promise<IngestLinkView[]> {
  const links = await listIngestLinks(batchIds);
  const jobs = await getJobStates(links.filter((l) => !FINAL_INGEST_STATES.includes(l.state as IngestState) && l.jobId).map((l) => l.jobId!));
  // A repeated link opens the article its first line brought in, once there is one.
  const fetched = new Map(links.filter((l) => l.state !== "repeated" && l.articleId).map((l) => [`${l.batchId} ${l.url}`, l.articleId]));
  const articleOf = (l: (typeof links)[number]) => (l.state === "repeated" ? (fetched.get(`${l.batchId} ${l.url}`) ?? null) : l.articleId);
  const stories = await getArticleStories(links.flatMap((l) => articleOf(l) ?? []));
  return links.map((l) => {
    const articleId = articleOf(l);
    let state = l.state as IngestState;
    // A link whose worker stopped mid-way shows as waiting again until a worker takes it up.
    if (!FINAL_INGEST_STATES.includes(state) && l.jobId && jobs.get(l.jobId)?.state === "queued") state = "queued";
    return {
      id: l.id,
      batchId: l.batchId,
      url: l.url,
      state,
      error: l.error,
      errorCode: l.errorCode,
      articleId,
      attempts: l.attempts,
      retryable: state === "failed" && isRetryable(l.errorCode),
      story: (articleId && stories.get(articleId)) || null,
    };
  });
}

export async function getIngestBatch(batchId: string): Promise<IngestLinkView[]> {
  const links = await getIngestLinks([batchId]);
  if (links.length === 0) throw new UserError("not_found", "No such import batch.");
  return links;
}

export function isFinished(link: Pick<IngestLinkView, "state">): boolean {
  return FINAL_INGEST_STATES.includes(link.state);
}

/** Runs one failed link again (filed under its batch's story); the page keeps polling its batch. */
export async function retryIngestLink(linkId: string) {
  const link = await getIngestLink(linkId);
  if (!link) throw new UserError("not_found", "No such link.");
  if (link.state === "failed" && !isRetryable(link.errorCode)) {
    throw new UserError("invalid_input", `This link was refused and would be refused again: ${link.error ?? "see its reason"}`);
  }
  // Claimed atomically: a double click must not start two runs of it.
  if (!(await requeueFailedIngestLink(link.id))) throw new UserError("invalid_input", "Only a failed link can be retried; this one is already running or done.");
  jobsQueued();
  return { batchId: link.batchId };
}

/** Waits until every link of the batches is finished, reporting progress; a worker (any process's) does the work. */
export async function waitForIngestBatches(
  batchIds: string[],
  options: { pollMs?: number; onProgress?: (links: IngestLinkView[]) => void; signal?: AbortSignal } = {},
): Promise<IngestLinkView[]> {
  for (;;) {
    const links = await getIngestLinks(batchIds);
    options.onProgress?.(links);
    if (links.every(isFinished)) return links;
    if (options.signal?.aborted) throw options.signal.reason;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}

/** Fetch → extract (in a worker thread) → store one URL. */
async function ingestUrl(url: string, storyId: string | null, signal: AbortSignal, extracting: () => Promise<void>) {
  const page = await fetchPage(url, { ...fetchOptionsFromEnv(process.env), signal });
  await extracting();
  const extracted = await extractOffThread(page.html, page.finalUrl, signal);
  const saved = await storeExtractedArticle(extracted, { requestedUrl: url, finalUrl: page.finalUrl, bytes: page.bytes, fetchedAt: page.fetchedAt }, { storyId });
  // Stored under this address, but the page may read otherwise now (updated in place): never dropped without a word.
  const changed = saved.status === "duplicate" && saved.reason === "same-url" ? await storedPageChangeNote(saved.articleId, extracted) : null;
  return { saved, changed };
}

function linkIdOf(payload: unknown): string {
  const linkId = (payload as { linkId?: unknown })?.linkId;
  if (typeof linkId !== "string") throw new Error("An ingest job without a link id.");
  return linkId;
}

/** The queue's handler for one link. */
export function ingestLinkJobKind(config: Pick<JobConfig, "fetchConcurrency" | "fetchPerHost">): JobKind {
  return {
    name: INGEST_LINK_JOB,
    cap: { total: config.fetchConcurrency, perKey: config.fetchPerHost },
    timeoutMs: LINK_TIMEOUT_MS + 15_000,
    async run(payload, context) {
      const link = await getIngestLink(linkIdOf(payload));
      if (!link || FINAL_INGEST_STATES.includes(link.state as IngestState)) return;
      await setIngestLinkStage(link.id, "fetching", { attempt: true });
      const deadline = AbortSignal.timeout(LINK_TIMEOUT_MS);
      const signal = AbortSignal.any([context.signal, deadline]);
      try {
        const { saved, changed } = await ingestUrl(link.url, link.storyId, signal, () => setIngestLinkStage(link.id, "extracting"));
        const added = saved.status !== "duplicate";
        const finished = changed
          ? await finishIngestLink(link.id, { state: "changed", articleId: saved.articleId, note: changed })
          : // "done" on the batch's first line that led to this article, whichever line's fetch stored it first.
            await finishLinkToArticle(link.id, { articleId: saved.articleId, added });
        // Each article a batch adds is an entry of its own, under the name of who sent the link (none for links sent before names were kept).
        if (finished && added && link.requestedBy) {
          await recordActivity({ username: link.requestedBy }, "article.added", await addedFromLinkText(saved.articleId, link.storyId), saved.articleId);
        }
      } catch (error) {
        // Shutting down or lost the lease: the link stays as it is for the next worker.
        if (context.signal.reason instanceof JobHandedBack) throw context.signal.reason;
        const failure = deadline.aborted ? timeoutFailure(LINK_TIMEOUT_MS) : describeFailure(error);
        await finishIngestLink(link.id, { state: "failed", error: failure.message, errorCode: failure.code });
      }
    },
    async giveUp(payload, reason) {
      await finishIngestLink(linkIdOf(payload), { state: "failed", error: reason, errorCode: "interrupted" });
    },
  };
}
