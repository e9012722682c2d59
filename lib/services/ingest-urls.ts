/**
 * Use case: an analyst pastes links. Each link becomes a stored row whose
 * state the page polls (queued → fetching → extracting → done | duplicate |
 * failed + reason). Links run a few at a time; one slow or broken link never
 * blocks or sinks the others, and a failed link can be retried later.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { createIngestLinks, getIngestLink, listIngestLinks, requeueFailedIngestLink, updateIngestLink, type IngestState } from "../db/ingest-links";
import { parseUrlList } from "../ingest/batch/parse-url-list";
import { runIngestBatch, type ProgressEvent, type WorkerContext } from "../ingest/batch/run-batch";
import { extractArticle } from "../ingest/extract/extract-article";
import { fetchPage } from "../ingest/fetch/fetch-page";
import { fetchOptionsFromEnv } from "../ingest/fetch/fetch-options-from-env";
import { storeExtractedArticle } from "./store-extracted-article";
import { requireStoryIfGiven } from "./story-filing";
import { UserError } from "./user-error";

/** Links fetched at once: enough to hide slow servers, few enough to stay polite and light on 2 cores. */
const CONCURRENCY = 4;
/** Most links in one paste. */
export const MAX_LINKS_PER_BATCH = 50;

export interface IngestedLink {
  articleId: string;
  duplicate: boolean;
}

/** Fetch → extract → store one URL; reports its stages through the batch context. */
export async function ingestUrl(url: string, context: Pick<WorkerContext, "signal" | "extracting" | "duplicate">, storyId?: string | null): Promise<IngestedLink> {
  const page = await fetchPage(url, { ...fetchOptionsFromEnv(process.env), signal: context.signal });
  context.extracting();
  const extracted = extractArticle(page.html, page.finalUrl);
  const saved = await storeExtractedArticle(extracted, { requestedUrl: url, finalUrl: page.finalUrl, bytes: page.bytes, fetchedAt: page.fetchedAt }, { storyId });
  if (saved.status === "duplicate") context.duplicate(saved.articleId);
  return { articleId: saved.articleId, duplicate: saved.status === "duplicate" };
}

export async function startIngestBatch(pasted: string, options: { storyId?: string | null; wait?: boolean; onProgress?: (event: ProgressEvent) => void } = {}) {
  await requireStoryIfGiven(options.storyId);
  const { urls, rejected } = parseUrlList(pasted);
  if (urls.length === 0) {
    throw new UserError("invalid_input", rejected.length ? `No link Lacuna can fetch: ${rejected[0]?.input} — ${rejected[0]?.reason}` : "Paste at least one http:// or https:// link.");
  }
  if (urls.length > MAX_LINKS_PER_BATCH) {
    throw new UserError("invalid_input", `That is ${urls.length} links; paste at most ${MAX_LINKS_PER_BATCH} at a time.`);
  }
  const batchId = randomUUID();
  const links = await createIngestLinks(batchId, urls, options.storyId ?? null);
  const run = processLinks(links.map((l) => ({ id: l.id, url: l.url })), options.storyId ?? null, options.onProgress);
  if (options.wait) await run;
  else run.catch((error: unknown) => console.error("ingest batch failed", batchId, error));
  return { batchId, rejected };
}

async function processLinks(links: Array<{ id: string; url: string }>, storyId: string | null, onProgress?: (event: ProgressEvent) => void) {
  // Progress writes are chained so a link's rows are updated in order, never racing each other.
  let writes = Promise.resolve();
  const record = (index: number, state: IngestState, fields: { error?: string | null; errorCode?: string | null; articleId?: string | null } = {}) => {
    const link = links[index];
    if (!link) return;
    writes = writes.then(() => updateIngestLink(link.id, { state, ...fields, attempt: state === "fetching" }).catch((e: unknown) => console.error("ingest progress write failed", e)));
  };
  const articleIds = new Map<number, string>();
  await runIngestBatch(
    links.map((l) => l.url),
    async (url, context) => {
      const result = await ingestUrl(url, context, storyId);
      articleIds.set(context.index, result.articleId);
      return result;
    },
    {
      concurrency: CONCURRENCY,
      linkTimeoutMs: 45_000,
      onProgress: (event) => {
        onProgress?.(event);
        if (event.state === "failed") record(event.index, "failed", { error: event.error?.message ?? "Failed.", errorCode: event.error?.code ?? "failed" });
        else if (event.state === "done" || event.state === "duplicate") record(event.index, event.state, { error: null, errorCode: null, articleId: articleIds.get(event.index) ?? null });
        else if (event.state !== "queued") record(event.index, event.state);
      },
    },
  );
  await writes;
}

export async function getIngestBatch(batchId: string) {
  const links = await listIngestLinks(batchId);
  if (links.length === 0) throw new UserError("not_found", "No such import batch.");
  return links.map((l) => ({ id: l.id, url: l.url, state: l.state as IngestState, error: l.error, errorCode: l.errorCode, articleId: l.articleId, attempts: l.attempts }));
}

/** Runs one failed link again, filed under its batch's story; returns at once (the page keeps polling) unless `wait`. */
export async function retryIngestLink(linkId: string, options: { wait?: boolean } = {}) {
  const link = await getIngestLink(linkId);
  if (!link) throw new UserError("not_found", "No such link.");
  // Claim the link atomically: a double click must not start two runs of it.
  if (!(await requeueFailedIngestLink(link.id))) throw new UserError("invalid_input", "Only a failed link can be retried; this one is already running or done.");
  const run = processLinks([{ id: link.id, url: link.url }], link.storyId);
  if (options.wait) await run;
  else run.catch((error: unknown) => console.error("ingest retry failed", linkId, error));
  return { batchId: link.batchId };
}
