/**
 * What runs in the worker threads (heavy-pool.ts): extraction of a fetched
 * page, the analysis of a long pair or story, and rendering a PDF. Only pure
 * code is imported here — no database, no Next — so a thread starts in a
 * fraction of a second and can be stopped at any point without leaving
 * anything half-written. Each thread keeps its own cache of prepared
 * documents, so a story opened again is not read again.
 */
import { analysePrepared } from "../compare/analyse-documents";
import { PreparedDocumentCache } from "../compare/prepared-document-cache";
import type { AliasEntry } from "../entities/aliases";
import { extractArticle } from "../ingest/extract/extract-article";
import type { ExtractedArticle } from "../ingest/extract/types";
import { renderPdf } from "../report/render-pdf";
import type { ReportModel } from "../report/model";
import type { ComparableDocument, Comparison } from "../types/comparison";
import { analyseStory, type StoryAnalysis } from "./story-analysis";

export type HeavyTask =
  | { task: "extract"; html: string; url: string }
  | { task: "compare"; a: ComparableDocument; b: ComparableDocument; aliases: AliasEntry[] }
  | { task: "story"; documents: ComparableDocument[]; labels: Array<{ id: string; label: string }>; aliases: AliasEntry[] }
  | { task: "pdf"; model: ReportModel };

export interface HeavyResults {
  extract: ExtractedArticle;
  compare: Comparison;
  story: StoryAnalysis;
  pdf: Uint8Array;
}

/** Errors cross the thread boundary as plain data so their name and message (a user's reason) survive. */
export type HeavyOutcome<T> = { ok: true; value: T } | { ok: false; name: string; message: string };

const cache = new PreparedDocumentCache();

async function perform(input: HeavyTask): Promise<unknown> {
  switch (input.task) {
    case "extract":
      return extractArticle(input.html, input.url);
    case "compare":
      return analysePrepared(cache.get(input.a), cache.get(input.b), { aliases: input.aliases });
    case "story":
      return analyseStory(input.documents.map((d) => cache.get(d)), input.labels, input.aliases);
    case "pdf":
      return new Uint8Array(await renderPdf(input.model));
  }
}

export default async function heavyWork(input: HeavyTask): Promise<HeavyOutcome<unknown>> {
  try {
    return { ok: true, value: await perform(input) };
  } catch (error) {
    return { ok: false, name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) };
  }
}
