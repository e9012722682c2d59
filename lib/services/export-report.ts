/**
 * Use case: export a comparison or a whole story as a file an editor can read
 * (Markdown, self-contained HTML, PDF, JSON, CSV), with the analyst's reviews.
 */
import "server-only";
import type { FlagReviewRecord } from "../db/reviews";
import type { Comparison } from "../types/comparison";
import {
  buildComparisonReport,
  buildStoryReport,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  reportFileName,
  type ReportModel,
  type ReviewMap,
  type StoryFlagInput,
} from "../report";
import { getArticles } from "../db/articles";
import { flagRowKey, gapsFirst } from "../report/coverage-order";
import { isComparedCell, storyLanguageNote } from "../compare/language-note";
import { compareArticles } from "./compare-articles";
import { listComparisonReviews } from "./flag-reviews";
import { reportReviewOf, storyConcernedArticles, type ConcernedArticles } from "./review-text-changes";
import { analyseComparison } from "./analyse-comparison";
import { renderPdfOffThread } from "./off-thread";
import { getStoryOverview, storyPairLabels } from "./story-overview";

export const REPORT_FORMATS = ["md", "html", "pdf", "json", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** Pairwise comparisons included in full in a story report (each article against the first): beyond this the report lists coverage only. */
const MAX_STORY_COMPARISONS = 8;

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * A CSV file opens with a UTF-8 byte-order mark: Excel reads a CSV without
 * one in the system's legacy code page ("JosÃ© IbÃ¡Ã±ez" for "José Ibáñez").
 * Other spreadsheets and Python's utf-8-sig skip it; printed to a terminal
 * or a pipe (`lacuna report` without --out) it is left off.
 */
export const CSV_BOM = "\uFEFF";

export async function renderReport(model: ReportModel, format: ReportFormat): Promise<ReportFile> {
  const body =
    format === "md" ? renderMarkdown(model) : format === "html" ? renderHtml(model) : format === "json" ? renderJson(model) : format === "csv" ? CSV_BOM + renderCsv(model) : await renderPdfOffThread(model);
  return { fileName: reportFileName(model, format), contentType: CONTENT_TYPES[format], body };
}

function toReviewMap(records: ReadonlyMap<string, FlagReviewRecord>, concerned: ConcernedArticles): ReviewMap {
  return new Map([...records].map(([key, r]) => [key, reportReviewOf(r, concerned(key))]));
}

/** `storyId`: exported from a comparison opened from that story, the sides are named by its labels, as that page names them (storyPairLabels). */
export async function exportComparisonReport(articleAId: string, articleBId: string, format: ReportFormat, options: { hideDismissed?: boolean; now?: Date; storyId?: string | null } = {}) {
  const names = options.storyId ? await storyPairLabels(options.storyId, articleAId, articleBId) : null;
  const [{ comparison, labels, reviews, textStates }, articles] = await Promise.all([compareArticles(articleAId, articleBId, names), getArticles([articleAId, articleBId])]);
  // The story line names the story both articles are filed under, and nothing when they share none.
  const stories = new Set(articles.map((a) => a.story?.title ?? null));
  const story = stories.size === 1 ? [...stories][0] ?? null : null;
  // Every review of a pair concerns both articles.
  const model = buildComparisonReport(comparison, toReviewMap(reviews, () => textStates), {
    generatedAt: (options.now ?? new Date()).toISOString(),
    hideDismissed: options.hideDismissed ?? true,
    story,
    // The names the comparison's reasons were written with.
    names: labels,
  });
  return renderReport(model, format);
}

export async function exportStoryReport(storyId: string, format: ReportFormat, options: { hideDismissed?: boolean; now?: Date } = {}) {
  const overview = await getStoryOverview(storyId);
  const [first, ...rest] = overview.documents;
  const others = first ? rest.slice(0, MAX_STORY_COMPARISONS) : [];
  // Named as the story's article table names them ("Meridian Press (1)" vs "Meridian Press (3)"), not by outlet alone:
  // the analysis writes its reasons with these names.
  const names = others.map((_, i) => ({ a: overview.articles[0]!.label, b: overview.articles[i + 1]!.label }));
  // One at a time: each long pair goes to a worker thread (analyseComparison), leaving this thread to answer requests.
  const comparisons: Comparison[] = [];
  for (const [i, doc] of others.entries()) comparisons.push(await analyseComparison(first!, doc, names[i]));
  // One review map per comparison: the same flag key (e.g. "entity:b:kishi") recurs across comparisons.
  const reviews = await Promise.all(
    comparisons.map((comparison, i) => {
      // The pair's two articles, named by their story labels as the report names them.
      const pair = [overview.textStates[0]!, overview.textStates[i + 1]!];
      return listComparisonReviews(overview.articles[0]!.id, overview.articles[i + 1]!.id, comparison).then((records) => toReviewMap(records, () => pair));
    }),
  );
  const model = buildStoryReport({
    story: { title: overview.story.title },
    summary: overview.story.summary,
    articles: overview.documents.map((d, i) => {
      const source = overview.coverage?.sources[i];
      const languages = { ...(source?.language ? { language: source.language } : {}), ...(source?.compared === false ? { compared: false as const } : {}) };
      // Named by the story's label ("Meridian Press (2)"), the outlet kept as it is (the file name counts outlets by it).
      return { ...d.info, ...languages, name: overview.articles[i]?.label ?? d.info.outlet, copyOf: overview.articles[i]?.copyOf ?? null };
    }),
    coverage: coverageRows(overview),
    languageNote: overview.coverage ? storyLanguageNote(overview.coverage.sources) : null,
    flags: storyFlags(overview),
    comparisons,
    comparisonNames: names,
    reviews,
    hideDismissed: options.hideDismissed ?? true,
    generatedAt: (options.now ?? new Date()).toISOString(),
  });
  return renderReport(model, format);
}

/** The matrix rows of a story report: gaps first, as on the story page. */
function coverageRows(overview: Awaited<ReturnType<typeof getStoryOverview>>) {
  const coverage = overview.coverage;
  if (!coverage) return undefined;
  const rank = new Map<string, number>();
  coverage.flags.forEach((f, i) => {
    const row = flagRowKey(f.key);
    if (!rank.has(row)) rank.set(row, i);
  });
  const compared = isComparedCell(coverage.sources);
  return gapsFirst(coverage.rows, (key) => rank.get(key) ?? Number.POSITIVE_INFINITY, compared)
    .slice(0, 60)
    .map((row) => ({ label: row.term ?? (row.text ?? "").slice(0, 120), counts: row.counts.map((n, i) => (compared(row, i) ? n : null)) }));
}

/**
 * Every story-level flag, in the analysis's order, with its item and the analyst's verdict: the report
 * groups them into the story page's items and leaves dismissed ones out when asked (and says how many).
 */
function storyFlags(overview: Awaited<ReturnType<typeof getStoryOverview>>): StoryFlagInput[] {
  const reviews = toReviewMap(overview.reviews, storyConcernedArticles(overview));
  return (overview.coverage?.flags ?? []).map((f) => ({ ...f, review: reviews.get(f.key) }));
}
