/**
 * A story (several outlets on one event) → the report model: the articles,
 * an optional coverage matrix (what each article mentions, how often), the
 * story's omissions as the story page lists them (its flags grouped into
 * items, in the page's order, with the page's numbers) and,
 * optionally, the pairwise comparisons.
 */
import type { Comparison, SourceInfo } from "../types/comparison";
import type { SideLabels } from "../compare/source-labels";
import { coverageItems } from "../omissions/coverage-items";
import { FIRST_VIEW_ITEMS } from "../omissions/first-view";
import { buildComparisonReport } from "./build-comparison-report";
import {
  importanceOf,
  type CoverageRow,
  type FlagReview,
  type Importance,
  type ReportSummary,
  type ReviewMap,
  type StoryFlag,
  type StoryFlagKind,
  type StoryItem,
  type StoryReportModel,
} from "./model";

/** One story flag as the analysis gives it (lib/omissions/coverage.ts), with the analyst's review. */
export interface StoryFlagInput {
  /** Its stable key: reviews attach to it. */
  key: string;
  /** The key of the item it belongs to; a flag without one is an item alone. */
  item?: string;
  kind?: StoryFlagKind;
  /** The name or passage left out. */
  term?: string;
  text: string;
  severity: number;
  /** The analysis's band, when it gives one (else read from `severity`). */
  importance?: Importance;
  reasons?: string[];
  review?: FlagReview;
}

export interface StoryReportInput {
  story: { title: string };
  /** The analyst's summary of the story, when one was written. */
  summary?: ReportSummary | null;
  /** `name`: how the report names it (the story's label, "Meridian Press (2)"; default the outlet). `compared: false`: not in the story's language, so not compared (and not one of its independent reports). */
  articles: Array<SourceInfo & { name?: string; copyOf?: string | null; compared?: false }>;
  /** Rows of a coverage matrix; `counts` has one entry per article, in `articles` order. */
  coverage?: Array<{ label: string; counts: Array<number | null> }>;
  /** What the articles' languages leave uncompared, when they are not all in English. */
  languageNote?: string | null;
  /** Every story flag in the analysis's order (item by item, as the story page reads them), dismissed ones too. */
  flags: StoryFlagInput[];
  /** Pairwise comparisons to include in full. */
  comparisons?: Comparison[];
  /**
   * How each comparison names its two articles, in `comparisons` order: the
   * story's labels ("Meridian Press (1)"), as its article table names them.
   * Without it, each pair is named on its own (lib/compare/source-labels.ts).
   */
  comparisonNames?: SideLabels[];
  /** The analyst's reviews of each comparison's flags, by key, in `comparisons` order (flag keys repeat across comparisons). */
  reviews?: ReviewMap[];
  /** Leave out the story flags and the comparisons' flags the analyst dismissed (their number is still stated). */
  hideDismissed?: boolean;
  /** ISO timestamp; left out of the report when not given (the core has no clock). */
  generatedAt?: string;
  /** "summary" (default): comparisons as summaries and items; "full": with their redlines. */
  detail?: "summary" | "full";
}

function toStoryFlag(flag: StoryFlagInput, item: string, itemNumber: number): StoryFlag {
  const { key, kind, term, text, severity, reasons, review } = flag;
  return {
    key,
    item,
    itemNumber,
    ...(kind ? { kind } : {}),
    text,
    subject: term || text,
    severity,
    importance: flag.importance ?? importanceOf(severity),
    ...(reasons?.length ? { reasons } : {}),
    ...(review ? { review } : {}),
  };
}

/**
 * The story page's list: one item per omission (coverageItems), in the
 * analysis's order and with the page's numbers; an item whose lead flag is
 * dismissed is hidden when asked, as the page's "Hide dismissed" does, and
 * leaves a gap in the numbers (the others keep theirs, as on the page).
 */
function storyItems(flags: readonly StoryFlagInput[], hideDismissed: boolean): { items: StoryItem[]; hiddenItems: number } {
  const dismissed = (flag: StoryFlagInput) => hideDismissed && flag.review?.status === "dismissed";
  const items: StoryItem[] = [];
  let hiddenItems = 0;
  for (const { number, lead, others } of coverageItems(flags)) {
    if (dismissed(lead)) {
      hiddenItems++;
      continue;
    }
    const members = [lead, ...others.filter((f) => !dismissed(f))].map((f) => toStoryFlag(f, lead.key, number));
    const head = members[0]!;
    items.push({
      id: lead.key,
      number,
      ...(head.kind ? { kind: head.kind } : {}),
      text: head.text,
      severity: head.severity,
      importance: head.importance,
      ...(head.reasons ? { reasons: head.reasons } : {}),
      flags: members,
      ...(head.review ? { review: head.review } : {}),
      // The page's first view: its first ten items shown, whatever their numbers.
      top: items.length < FIRST_VIEW_ITEMS,
    });
  }
  return { items, hiddenItems };
}

export function buildStoryReport(input: StoryReportInput): StoryReportModel {
  const width = input.articles.length;
  const coverage: CoverageRow[] = (input.coverage ?? []).map((row) => {
    if (row.counts.length !== width) {
      throw new Error(`coverage row "${row.label}" has ${row.counts.length} counts for ${width} articles`);
    }
    return { label: row.label, counts: [...row.counts] };
  });
  const { items, hiddenItems } = storyItems(input.flags, input.hideDismissed === true);
  const flags = items.flatMap((item) => item.flags);
  return {
    type: "story",
    title: input.story.title || "Untitled story",
    summary: input.summary?.text.trim() ? input.summary : null,
    generatedAt: input.generatedAt ?? "",
    articles: input.articles.map((a, i) => ({ ...a, label: String(i + 1) })),
    coverage,
    languageNote: input.languageNote ?? null,
    items,
    flags,
    hiddenDismissed: input.flags.length - flags.length,
    hiddenItems,
    comparisons: (input.comparisons ?? []).map((c, i) =>
      buildComparisonReport(c, input.reviews?.[i] ?? new Map(), {
        generatedAt: input.generatedAt ?? "",
        hideDismissed: input.hideDismissed,
        story: input.story.title,
        names: input.comparisonNames?.[i],
      }),
    ),
    detail: input.detail ?? "summary",
  };
}
