/**
 * A story (several outlets on one event) → the report model: the articles,
 * an optional coverage matrix (what each article mentions, how often), the
 * story-level flags and, optionally, the pairwise comparisons in full.
 */
import type { Comparison, SourceInfo } from "../types/comparison";
import { buildComparisonReport } from "./build-comparison-report";
import { importanceOf, type CoverageRow, type FlagReview, type ReportSummary, type ReviewMap, type StoryReportModel } from "./model";

export interface StoryReportInput {
  story: { title: string };
  /** The analyst's summary of the story, when one was written. */
  summary?: ReportSummary | null;
  /** `compared: false`: not in the story's language, so not compared (and not one of its independent reports). */
  articles: Array<SourceInfo & { copyOf?: string | null; compared?: false }>;
  /** Rows of a coverage matrix; `counts` has one entry per article, in `articles` order. */
  coverage?: Array<{ label: string; counts: Array<number | null> }>;
  /** What the articles' languages leave uncompared, when they are not all in English. */
  languageNote?: string | null;
  flags: Array<{ text: string; severity: number; reasons?: string[]; review?: FlagReview }>;
  /** Pairwise comparisons to include in full. */
  comparisons?: Comparison[];
  /** The analyst's reviews of each comparison's flags, by key, in `comparisons` order (flag keys repeat across comparisons). */
  reviews?: ReviewMap[];
  hideDismissed?: boolean;
  /** ISO timestamp; left out of the report when not given (the core has no clock). */
  generatedAt?: string;
  /** "summary" (default): comparisons as summaries and items; "full": with their redlines. */
  detail?: "summary" | "full";
}

export function buildStoryReport(input: StoryReportInput): StoryReportModel {
  const width = input.articles.length;
  const coverage: CoverageRow[] = (input.coverage ?? []).map((row) => {
    if (row.counts.length !== width) {
      throw new Error(`coverage row "${row.label}" has ${row.counts.length} counts for ${width} articles`);
    }
    return { label: row.label, counts: [...row.counts] };
  });
  return {
    type: "story",
    title: input.story.title || "Untitled story",
    summary: input.summary?.text.trim() ? input.summary : null,
    generatedAt: input.generatedAt ?? "",
    articles: input.articles.map((a, i) => ({ ...a, label: String(i + 1) })),
    coverage,
    languageNote: input.languageNote ?? null,
    flags: input.flags
      .map((f, i) => ({ ...f, i }))
      .sort((x, y) => y.severity - x.severity || x.i - y.i)
      .map(({ text, severity, reasons, review }) => ({ text, severity, importance: importanceOf(severity), ...(reasons?.length ? { reasons } : {}), ...(review ? { review } : {}) })),
    comparisons: (input.comparisons ?? []).map((c, i) =>
      buildComparisonReport(c, input.reviews?.[i] ?? new Map(), { generatedAt: input.generatedAt ?? "", hideDismissed: input.hideDismissed, story: input.story.title }),
    ),
    detail: input.detail ?? "summary",
  };
}
