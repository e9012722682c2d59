/**
 * What runs in the worker threads (heavy-pool.ts): extraction of a fetched
 * page, the analysis of a long pair or story, and rendering a PDF. Only pure
 * code is imported here — no database, no Next — so a thread starts in a
 * fraction of a second and can be stopped at any point without leaving
 * anything half-written. Each thread keeps its own cache of prepared
 * documents, so a story opened again is not read again.
 */
import type { PreparedDocumentCache } from "../compare/prepared-document-cache";
import type { SideLabels } from "../compare/source-labels";
import type { AliasEntry } from "../entities/aliases";
import type { ExtractedArticle } from "../ingest/extract/types";
import type { ReportModel } from "../report/model";
import type { ComparableDocument, Comparison } from "../types/comparison";
import type { StoryAnalysis } from "./story-analysis";

export type HeavyTask =
  | { task: "extract"; html: string; url: string }
  | { task: "compare"; a: ComparableDocument; b: ComparableDocument; aliases: AliasEntry[]; labels?: SideLabels }
  | { task: "story"; documents: ComparableDocument[]; labels: Array<{ id: string; label: string }>; aliases: AliasEntry[]; known?: (number | null)[][]; copyGroups?: number[] }
  | { task: "pdf"; model: ReportModel };

export interface HeavyResults {
  extract: ExtractedArticle;
  compare: Comparison;
  story: StoryAnalysis;
  pdf: Uint8Array;
}

/** Errors cross the thread boundary as plain data so their name, message (a user's reason) and code (e.g. no retry) survive. */
export type HeavyOutcome<T> = { ok: true; value: T } | { ok: false; name: string; message: string; code?: string };

let cache: PreparedDocumentCache | undefined;
async function preparedCache(): Promise<PreparedDocumentCache> {
  const { PreparedDocumentCache } = await import("../compare/prepared-document-cache");
  return (cache ??= new PreparedDocumentCache());
}

// Each task loads only what it needs: a thread that only extracts pages never loads the analysis or pdfkit.
async function perform(input: HeavyTask): Promise<unknown> {
  switch (input.task) {
    case "extract": {
      const { extractArticle } = await import("../ingest/extract/extract-article");
      return extractArticle(input.html, input.url);
    }
    case "compare": {
      const [{ analysePrepared }, prepared] = await Promise.all([import("../compare/analyse-documents"), preparedCache()]);
      return analysePrepared(prepared.get(input.a), prepared.get(input.b), { aliases: input.aliases, labels: input.labels });
    }
    case "story": {
      const [{ analyseStory }, prepared] = await Promise.all([import("./story-analysis"), preparedCache()]);
      return analyseStory(input.documents.map((d) => prepared.get(d)), input.labels, input.aliases, { known: input.known, copyGroups: input.copyGroups });
    }
    case "pdf": {
      const { renderPdf } = await import("../report/render-pdf");
      return new Uint8Array(await renderPdf(input.model));
    }
  }
}

export default async function heavyWork(input: HeavyTask): Promise<HeavyOutcome<unknown>> {
  try {
    return { ok: true, value: await perform(input) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return {
      ok: false,
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
      ...(typeof code === "string" ? { code } : {}),
    };
  }
}
