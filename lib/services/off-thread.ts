/**
 * Heavy work on behalf of requests and jobs, kept off the thread that answers
 * requests: extraction of every fetched page, and the analysis of comparisons
 * and stories long enough to hold that thread noticeably (LACUNA_OFFTHREAD_CHARS).
 * Short ones stay in-process, where the prepared-document cache makes them
 * milliseconds and a thread hop would only add copying.
 */
import "server-only";
import { jobConfigFromEnv, type JobConfig } from "../jobs/job-config";
import type { AliasEntry } from "../entities/aliases";
import type { ExtractedArticle } from "../ingest/extract/types";
import type { ReportModel } from "../report/model";
import type { ComparableDocument, Comparison } from "../types/comparison";
import { runHeavy, type PoolSettings } from "../workers/heavy-pool";
import type { StoryAnalysis } from "../workers/story-analysis";

let settings: JobConfig | undefined;
function config(): JobConfig {
  return (settings ??= jobConfigFromEnv());
}

function poolSettings(): PoolSettings {
  return { threads: config().workerThreads, budgetMs: config().analysisBudgetMs };
}

/** True when these documents together are long enough to analyse in a worker thread. */
export function isLongAnalysis(documents: readonly ComparableDocument[]): boolean {
  let chars = 0;
  for (const doc of documents) for (const block of doc.blocks) chars += block.text.length;
  return chars > config().offThreadChars;
}

export function extractOffThread(html: string, url: string, signal?: AbortSignal): Promise<ExtractedArticle> {
  return runHeavy({ task: "extract", html, url }, poolSettings(), signal);
}

export function compareOffThread(a: ComparableDocument, b: ComparableDocument, aliases: readonly AliasEntry[]): Promise<Comparison> {
  return runHeavy({ task: "compare", a, b, aliases: [...aliases] }, poolSettings());
}

export function analyseStoryOffThread(documents: ComparableDocument[], labels: Array<{ id: string; label: string }>, aliases: readonly AliasEntry[]): Promise<StoryAnalysis> {
  return runHeavy({ task: "story", documents, labels, aliases: [...aliases] }, poolSettings());
}

export async function renderPdfOffThread(model: ReportModel): Promise<Buffer> {
  return Buffer.from(await runHeavy({ task: "pdf", model }, poolSettings()));
}
