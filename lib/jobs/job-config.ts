/**
 * The queue's settings, read once from the environment and validated, so a
 * typo in a deployment fails at start with a message instead of running with
 * no cap. Each cap counts what every process sharing the database runs.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  /** Links fetched at once, across the server and any CLI: the total of open outgoing fetches. */
  LACUNA_FETCH_CONCURRENCY: int(8, 1, 256),
  /** Links of one site (host) fetched at once: politeness towards each publisher. */
  LACUNA_FETCH_PER_HOST: int(2, 1, 64),
  /** Reports rendered in the background at once (CPU-bound). */
  LACUNA_EXPORT_CONCURRENCY: int(1, 1, 16),
  /** How long a claim lasts without renewal: a dead worker's jobs are free again after this. */
  LACUNA_JOB_LEASE_MS: int(30_000, 2_000, 3_600_000),
  /** How often an idle worker looks for jobs queued by another process. */
  LACUNA_JOB_POLL_MS: int(1_000, 50, 60_000),
  /** On shutdown, how long running jobs may finish before they are handed back to the queue. */
  LACUNA_SHUTDOWN_GRACE_MS: int(10_000, 0, 600_000),
  /** Worker threads for heavy analysis and extraction; default: one core left for requests. */
  LACUNA_WORKER_THREADS: int(Math.max(1, availableParallelism() - 1), 1, 64),
  /** Longest one analysis may run in a worker thread before it is stopped with a message. */
  LACUNA_ANALYSIS_BUDGET_MS: int(120_000, 1_000, 3_600_000),
  /** Comparisons and stories with more text than this (characters, all articles together) are analysed in a worker thread. */
  LACUNA_OFFTHREAD_CHARS: int(150_000, 0, 1_000_000_000),
});

export interface JobConfig {
  fetchConcurrency: number;
  fetchPerHost: number;
  exportConcurrency: number;
  leaseMs: number;
  pollMs: number;
  shutdownGraceMs: number;
  workerThreads: number;
  analysisBudgetMs: number;
  offThreadChars: number;
}

export function jobConfigFromEnv(env: Record<string, string | undefined> = process.env): JobConfig {
  const present = Object.fromEntries(Object.keys(schema.shape).flatMap((key) => (env[key]?.trim() ? [[key, env[key]!.trim()]] : [])));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Setting ${String(issue.path[0])}=${present[String(issue.path[0])]} is not usable: ${issue.message}.`);
  }
  const v = parsed.data;
  return {
    fetchConcurrency: v.LACUNA_FETCH_CONCURRENCY,
    fetchPerHost: v.LACUNA_FETCH_PER_HOST,
    exportConcurrency: v.LACUNA_EXPORT_CONCURRENCY,
    leaseMs: v.LACUNA_JOB_LEASE_MS,
    pollMs: v.LACUNA_JOB_POLL_MS,
    shutdownGraceMs: v.LACUNA_SHUTDOWN_GRACE_MS,
    workerThreads: v.LACUNA_WORKER_THREADS,
    analysisBudgetMs: v.LACUNA_ANALYSIS_BUDGET_MS,
    offThreadChars: v.LACUNA_OFFTHREAD_CHARS,
  };
}
