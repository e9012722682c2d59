/**
 * The report model: everything a rendered report shows, already chosen and
 * ordered, so the Markdown, HTML, CSV, JSON and PDF renderers only lay it out
 * and never decide anything themselves (they cannot disagree).
 */
import type { AlignmentKind, Comparison, DiffChunk, OmissionKind, PassageRef, Side, SourceInfo } from "../types/comparison";
import type { ReviewedBeforeTextChange } from "./reviewed-before-change";

export type ReviewStatus = "confirmed" | "dismissed" | "needs-check";

export interface FlagReview {
  status: ReviewStatus;
  note?: string;
  /** The account that last set it. */
  by?: string;
  /** When it was last set (ISO 8601). */
  at?: string;
  /**
   * Set when an article the finding concerns had its text replaced after the review was last saved
   * (lib/report/reviewed-before-change.ts): the verdict was given on the earlier text.
   */
  reviewedBeforeTextChange?: ReviewedBeforeTextChange;
}

/** Reviews by omission `key` (the flag's stable key). */
export type ReviewMap = ReadonlyMap<string, FlagReview>;

export type Importance = "high" | "medium" | "low";

export interface ReportSource extends SourceInfo {
  /** "A" or "B" in a comparison; 1, 2, … in a story. */
  label: string;
  /**
   * How the report names it beside the other articles: its outlet, told apart
   * from another article of the same outlet ("Brackley Gazette (6 Dec)", in a
   * story "Meridian Press (2)"; lib/compare/source-labels.ts). Absent: the outlet.
   */
  name?: string;
  /** In a story: the label of the article this one is a syndicated copy of. */
  copyOf?: string | null;
  /** In a story: false when the article is not in the story's language, so not compared (lib/omissions/coverage.ts). */
  compared?: false;
}

export interface ReportFlag {
  key: string;
  kind: OmissionKind;
  importance: Importance;
  severity: number;
  missingFrom: Side;
  /** What is missing: the entity, quote or number, or the passage text. */
  subject: string;
  /** The explanation ("“China” appears 5× in A, never in B"). */
  note?: string;
  countA: number;
  countB: number;
  /** For changed quotes / numbers. */
  diff?: DiffChunk[];
  review?: FlagReview;
  /** The number of the item it is shown under, as every format numbers it; null for a flag no item names. */
  itemNumber: number | null;
}

/**
 * One omission as the reports show it: an item of the comparison with its
 * flags. Items are numbered once (1, 2, …, B's gaps first, then A's), as the
 * compare page numbers them (lib/omissions/item-numbers.ts), and every format
 * uses those numbers; an item a report hides leaves a gap.
 */
export interface ReportItem {
  id: string;
  number: number;
  missingFrom: Side;
  kind: OmissionKind;
  title: string;
  importance: Importance;
  /** Why it ranks where it does, with outlet names instead of "A" and "B". */
  reasons: string[];
  /** Its flags (lead first), dismissed ones left out when the report hides them. */
  flags: ReportFlag[];
  /** The review of the item, i.e. of its lead flag. */
  review?: FlagReview;
  /** Among the first items of its side (the first view); the rest follow under "More". */
  top: boolean;
}

export interface ReportPair {
  kind: AlignmentKind;
  score: number;
  moved: boolean;
  aText: string;
  bText: string;
  diff: DiffChunk[];
}

export interface ComparisonSummary {
  /** The shared figure; null when the two articles are in different languages, so not compared (no "0% shared"). */
  similarity: number | null;
  passagesA: number;
  passagesB: number;
  /** identical + near pairs. */
  shared: number;
  /** paraphrase + partial pairs. */
  changed: number;
  moved: number;
  onlyA: number;
  onlyB: number;
  flags: number;
  /** What the articles' languages leave uncompared (lib/compare/language-note.ts); null when both are in English. */
  languages: string | null;
}

export interface ComparisonReportModel {
  type: "comparison";
  title: string;
  /** The story both articles are filed under, when they share one. */
  story: string | null;
  generatedAt: string;
  sources: [ReportSource, ReportSource];
  summary: ComparisonSummary;
  /** Every flag in the order of the items (the order the analyst sees); dismissed ones left out when asked. */
  flags: ReportFlag[];
  /** The omission items, numbered as on the compare page: B's gaps then A's, each side by rank. */
  items: ReportItem[];
  /** How many dismissed flags were left out (0 when not asked to hide them). */
  hiddenDismissed: number;
  /** How many dismissed items were left out. */
  hiddenItems: number;
  pairs: ReportPair[];
  onlyA: PassageRef[];
  onlyB: PassageRef[];
  /**
   * The comparison in the documented format (dismissed omissions removed when hidden), for JSON export,
   * each omission with the number of the item it is shown under and each item with its number.
   */
  comparison: NumberedComparison;
  /** Reviews of the flags shown, by key. */
  reviews: Record<string, FlagReview>;
}

/**
 * The documented comparison format with the report's item numbers added, so a
 * JSON export can be read beside the Markdown, HTML, PDF and CSV of the same
 * report ("item 3"). `item` keeps its meaning (the item's id); the numbers are
 * new fields (docs/comparison-format.md).
 */
export interface NumberedComparison extends Comparison {
  omissions: Array<Comparison["omissions"][number] & { itemNumber: number | null }>;
  items: Array<Comparison["items"][number] & { number: number }>;
}

export interface CoverageRow {
  /** What is counted: an entity, a quote, a topic. */
  label: string;
  /** One count per article, in the order of `articles`; null where the article is not compared (its language: `languageNote`). */
  counts: Array<number | null>;
}

export interface StoryFlag {
  /** Its stable key (reviews attach to it). */
  key: string;
  /** The id of the item it belongs to (its lead flag's key), as in the analysis. */
  item: string;
  /** The number of that item, as every format and the story page number it. */
  itemNumber: number;
  /** "entity" (a name), "passage", "conflict" (a figure the sources disagree on) or "figure" (one some leave out), when the analysis says. */
  kind?: StoryFlagKind;
  /** The sentence that states it ("“China” mentioned by 3 of 4 sources; absent from …"). */
  text: string;
  /** What is left out: the name or the passage (the text when the analysis gives neither). */
  subject: string;
  severity: number;
  importance: Importance;
  /** Why it ranks where it does, when the analysis says. */
  reasons?: string[];
  /** The analyst's verdict. */
  review?: FlagReview;
}

/** "figure": a figure most sources give and some leave out (lib/omissions/coverage-figure-gaps.ts). */
export type StoryFlagKind = "entity" | "passage" | "conflict" | "figure";

/**
 * One omission across the story as the story page lists it: its lead flag and
 * the flags grouped with it (a passage and the name inside it, left out by
 * the same sources), numbered 1, 2, … in the page's order.
 */
export interface StoryItem {
  /** The lead flag's key: the item's review is kept there, as on the story page. */
  id: string;
  number: number;
  kind?: StoryFlagKind;
  /** The lead flag's sentence. */
  text: string;
  severity: number;
  importance: Importance;
  reasons?: string[];
  /** Its flags, lead first; dismissed ones left out when the report hides them. */
  flags: StoryFlag[];
  /** The review of the item, i.e. of its lead flag. */
  review?: FlagReview;
  /** Among the first items (the story page's first view); the rest follow under "More". */
  top: boolean;
}

/** The analyst's own summary of a story, as last saved. */
export interface ReportSummary {
  text: string;
  /** Who saved it (their user name then), when known. */
  author: string | null;
  /** ISO time of the save. */
  savedAt: string;
}

export interface StoryReportModel {
  type: "story";
  title: string;
  /** The analyst's summary, first in the report after the title; null when none was written. */
  summary: ReportSummary | null;
  /** ISO timestamp, or "" when not given. */
  generatedAt: string;
  articles: ReportSource[];
  coverage: CoverageRow[];
  /** What the articles' languages leave uncompared (lib/compare/language-note.ts); null when all are in English. */
  languageNote: string | null;
  /** The omissions across the story, numbered, in the story page's order. */
  items: StoryItem[];
  /** Every story flag shown, item by item (the items' flags in order). */
  flags: StoryFlag[];
  /** How many dismissed story flags were left out (those of hidden items too; 0 when not asked to hide them). */
  hiddenDismissed: number;
  /** How many dismissed story items were left out. */
  hiddenItems: number;
  comparisons: ComparisonReportModel[];
  /** "summary": each comparison's summary and items only (the full redline is in its own report); "full": everything. */
  detail: "summary" | "full";
}

export type ReportModel = ComparisonReportModel | StoryReportModel;

/** Severity bands shown to the analyst (the numbers stay in CSV and JSON): the same bands as the omission items'. */
export { importanceOf } from "../omissions/item-salience";
