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
import type { SideLabels } from "../compare/source-labels";
import { AnalysisTimeout, runHeavy, type PoolSettings } from "../workers/heavy-pool";
import type { HeavyResults, HeavyTask } from "../workers/heavy-work";
import { UserError } from "./user-error";
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
  return documents.reduce((chars, doc) => chars + textLength(doc), 0) > config().offThreadChars;
}

/** Characters of a document's text (its blocks), the measure of how heavy it is to analyse or keep. */
export function textLength(doc: ComparableDocument): number {
  let chars = 0;
  for (const block of doc.blocks) chars += block.text.length;
  return chars;
}

/** Runs a task in the pool; an overrun budget becomes a UserError whose message pages and routes show as is. */
async function offThread<K extends HeavyTask["task"]>(input: Extract<HeavyTask, { task: K }>, signal?: AbortSignal): Promise<HeavyResults[K]> {
  try {
    return await runHeavy(input, poolSettings(), signal);
  } catch (error) {
    if (error instanceof AnalysisTimeout) throw new UserError("too_large", error.message);
    throw error;
  }
}

export function extractOffThread(html: string, url: string, signal?: AbortSignal): Promise<ExtractedArticle> {
  return offThread({ task: "extract", html, url }, signal);
}

export function compareOffThread(a: ComparableDocument, b: ComparableDocument, aliases: readonly AliasEntry[], labels?: SideLabels): Promise<Comparison> {
  return offThread({ task: "compare", a, b, aliases: [...aliases], ...(labels ? { labels } : {}) });
}

export function analyseStoryOffThread(
  documents: ComparableDocument[],
  labels: Array<{ id: string; label: string }>,
  aliases: readonly AliasEntry[],
  given: { known?: (number | null)[][]; copyGroups?: number[] } = {},
): Promise<StoryAnalysis> {
  return offThread({ task: "story", documents, labels, aliases: [...aliases], ...given });
}

export async function renderPdfOffThread(model: ReportModel): Promise<Buffer> {
  return Buffer.from(await offThread({ task: "pdf", model }));
}
