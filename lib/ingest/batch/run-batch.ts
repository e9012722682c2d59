/**
 * Run a batch of links through an ingest worker, a few at a time.
 *
 * Each link moves through its own small state machine:
 *
 *   queued → fetching → extracting → done
 *                    ↘            ↘ duplicate   (worker says "already have it", or the same URL earlier in the batch)
 *                     ↘ failed (with a reason)
 *
 * One slow or broken link never holds up the others (a per-link timeout frees
 * its slot), a failure never sinks the batch, and results come back in input
 * order whatever order they finished in. The worker does the real work — the
 * service passes one that fetches, extracts and saves — so this stays free of
 * database and network code and is tested with plain functions.
 */

export type LinkState = "queued" | "fetching" | "extracting" | "done" | "duplicate" | "failed";
export type FinalState = "done" | "duplicate" | "failed";

export interface LinkFailure {
  /** A machine code: the thrown error's `code` when it has one (FetchError's codes), else "failed". */
  code: string;
  /** A sentence for the analyst. */
  message: string;
}

export interface WorkerContext {
  /** 0-based position of the link in the input. */
  index: number;
  /** Aborted when the link times out or the batch is cancelled; pass it on to fetchPage. */
  signal: AbortSignal;
  /** Call when the page is fetched and extraction starts. */
  extracting(): void;
  /** Call when the link turns out to be an article already stored; `of` names it (an id or URL). */
  duplicate(of?: string): void;
}

export type IngestWorker<T> = (url: string, context: WorkerContext) => Promise<T>;

export interface LinkResult<T> {
  index: number;
  url: string;
  state: FinalState;
  /** The worker's result, for "done" and worker-reported "duplicate". */
  value?: T;
  /** What this link duplicates: the earlier input index's URL, or what the worker named. */
  duplicateOf?: string;
  error?: LinkFailure;
}

export interface ProgressEvent {
  index: number;
  url: string;
  state: LinkState;
  error?: LinkFailure;
  /** Links in a final state so far, and the batch size, for a progress bar. */
  finished: number;
  total: number;
}

export interface BatchOptions {
  /** How many links are worked on at once. Default 4. */
  concurrency?: number;
  onProgress?: (event: ProgressEvent) => void;
  /** Give up on one link after this long (its slot is freed; its signal is aborted). Default: no limit. */
  linkTimeoutMs?: number;
  /** Cancels the links not yet finished. */
  signal?: AbortSignal;
}

export async function runIngestBatch<T>(urls: string[], worker: IngestWorker<T>, options: BatchOptions = {}): Promise<LinkResult<T>[]> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const total = urls.length;
  const results: (LinkResult<T> | undefined)[] = new Array(total);
  let finished = 0;

  const emit = (index: number, state: LinkState, error?: LinkFailure): void => {
    const url = urls[index]!;
    const event: ProgressEvent = { index, url, state, finished, total, ...(error ? { error } : {}) };
    try {
      options.onProgress?.(event);
    } catch {
      // A broken progress listener (a closed stream, a UI that went away) must not fail the batch.
    }
  };
  const finish = (result: LinkResult<T>): void => {
    results[result.index] = result;
    finished += 1;
    emit(result.index, result.state, result.error);
  };

  // The same URL twice in one batch is worked on once; later copies point at the first.
  const firstIndex = new Map<string, number>();
  const work: number[] = [];
  urls.forEach((url, index) => {
    emit(index, "queued");
    const seen = firstIndex.get(url);
    if (seen === undefined) {
      firstIndex.set(url, index);
      work.push(index);
    }
  });
  urls.forEach((url, index) => {
    if (firstIndex.get(url) !== index) finish({ index, url, state: "duplicate", duplicateOf: url });
  });

  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < work.length) {
      const index = work[next++]!;
      finish(await runOne(urls[index]!, index, worker, options, emit));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, lane));
  return results as LinkResult<T>[];
}

async function runOne<T>(
  url: string,
  index: number,
  worker: IngestWorker<T>,
  options: BatchOptions,
  emit: (index: number, state: LinkState) => void,
): Promise<LinkResult<T>> {
  if (options.signal?.aborted) return failed(url, index, { code: "cancelled", message: "The batch was cancelled before this link was fetched." });

  const controller = new AbortController();
  let stage: LinkState = "fetching";
  let duplicateOf: string | undefined;
  let isDuplicate = false;
  const context: WorkerContext = {
    index,
    signal: controller.signal,
    extracting: () => {
      if (stage !== "fetching" || controller.signal.aborted) return;
      stage = "extracting";
      emit(index, "extracting");
    },
    duplicate: (of) => {
      isDuplicate = true;
      duplicateOf = of;
    },
  };

  const stop = new Promise<LinkFailure>((resolve) => {
    controller.signal.addEventListener("abort", () => resolve(controller.signal.reason as LinkFailure), { once: true });
  });
  const timer =
    options.linkTimeoutMs === undefined
      ? undefined
      : setTimeout(() => controller.abort(timeoutFailure(options.linkTimeoutMs!)), options.linkTimeoutMs);
  const onCancel = (): void => controller.abort({ code: "cancelled", message: "The batch was cancelled." } satisfies LinkFailure);
  options.signal?.addEventListener("abort", onCancel, { once: true });

  emit(index, "fetching");
  try {
    const outcome = await Promise.race([
      Promise.resolve()
        .then(() => worker(url, context))
        .then((value) => ({ value }), (error: unknown) => ({ error })),
      stop.then((failure) => ({ stopped: failure })),
    ]);
    if ("stopped" in outcome) return failed(url, index, outcome.stopped);
    if ("error" in outcome) return failed(url, index, describeFailure(outcome.error));
    if (isDuplicate) return { index, url, state: "duplicate", value: outcome.value, ...(duplicateOf === undefined ? {} : { duplicateOf }) };
    return { index, url, state: "done", value: outcome.value };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCancel);
    // Tell a worker still running (we gave up on it) to stop.
    if (!controller.signal.aborted) controller.abort({ code: "cancelled", message: "No longer needed." } satisfies LinkFailure);
  }
}

function failed<T>(url: string, index: number, error: LinkFailure): LinkResult<T> {
  return { index, url, state: "failed", error };
}

function timeoutFailure(ms: number): LinkFailure {
  return { code: "timeout", message: `Gave up on this link after ${+(ms / 1000).toFixed(1)} seconds.` };
}

/** Turn whatever the worker threw into a code and a sentence, keeping FetchError's code and message. */
function describeFailure(error: unknown): LinkFailure {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === "string" && code !== "" ? code : "failed", message: error.message || "The link could not be ingested." };
  }
  return { code: "failed", message: typeof error === "string" && error !== "" ? error : "The link could not be ingested." };
}
